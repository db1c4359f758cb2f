#ifndef FIGSCRIBE_CTESSERACT_SHIM_H
#define FIGSCRIBE_CTESSERACT_SHIM_H

// Tesseract's C API. Everything Swift needs from it imports directly (functions and
// plain enums), so no macros are re-exported here.
#include <tesseract/capi.h>

#endif
