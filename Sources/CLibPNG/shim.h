#ifndef FIGSCRIBE_CLIBPNG_SHIM_H
#define FIGSCRIBE_CLIBPNG_SHIM_H
#include <png.h>
#endif
