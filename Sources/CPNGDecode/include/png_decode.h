#ifndef FIGSCRIBE_PNG_DECODE_H
#define FIGSCRIBE_PNG_DECODE_H

#include <stddef.h>
#include <stdint.h>

/// Status of a decode call.
typedef enum {
    FS_PNG_OK = 0,
    FS_PNG_NOT_PNG = 1,       /* the signature is not PNG's */
    FS_PNG_LIBPNG_ERROR = 2,  /* libpng reported an error; see message */
    FS_PNG_TOO_LARGE = 3,     /* width * height exceeds the limit */
    FS_PNG_NO_MEMORY = 4
} fs_png_status;

/// A decoded image: 8-bit RGBA, row-major, top row first. Free with fs_png_free.
typedef struct {
    uint8_t *pixels;
    uint32_t width;
    uint32_t height;
    char message[256];
} fs_png_image;

/// Decodes a whole PNG held in memory into 8-bit RGBA.
///
/// Samples are returned as stored (gAMA/iCCP/bKGD are not applied); 16-bit samples are
/// rounded to 8 bits; palette, low bit depths, tRNS and interlacing are expanded.
/// The header's width * height is checked against max_pixels before any pixel memory is
/// allocated. libpng's longjmp error path never leaves this function.
fs_png_status fs_png_decode(const uint8_t *data, size_t size, uint64_t max_pixels,
                            fs_png_image *out);

/// Releases the pixels of an image returned by fs_png_decode.
void fs_png_free(fs_png_image *image);

#endif
