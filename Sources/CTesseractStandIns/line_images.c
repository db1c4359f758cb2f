#define _GNU_SOURCE
#include "tesseract_stand_ins.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>

static _Thread_local int uncompressed_line_images = 0;

void figscribe_uncompressed_line_images(int uncompressed) {
    uncompressed_line_images = uncompressed;
}

#if defined(__ELF__)
/// leptonica's `IFF_PNG`.
enum { leptonica_png = 3 };

typedef int (*write_mem_fn)(uint8_t **data, size_t *size, void *pix, int format);
typedef int (*write_mem_spix_fn)(uint8_t **data, size_t *size, void *pix);

/// leptonica's `l_ok pixWriteMem(l_uint8 **pdata, size_t *psize, PIX *pix, l_int32 format)`:
/// an executable's definition comes before the library's, so Tesseract's call lands here.
int pixWriteMem(uint8_t **data, size_t *size, void *pix, int format) {
    if (uncompressed_line_images && format == leptonica_png) {
        write_mem_spix_fn spix = (write_mem_spix_fn)dlsym(RTLD_NEXT, "pixWriteMemSpix");
        if (spix != NULL) {
            return spix(data, size, pix);
        }
    }
    write_mem_fn leptonicas = (write_mem_fn)dlsym(RTLD_NEXT, "pixWriteMem");
    return leptonicas != NULL ? leptonicas(data, size, pix, format) : 1;
}
#endif
