#ifndef FIGSCRIBE_PNG_ENCODE_H
#define FIGSCRIBE_PNG_ENCODE_H

#include <stddef.h>
#include <stdint.h>

/// Status of an encode call.
typedef enum {
    FS_PNG_ENCODE_OK = 0,
    FS_PNG_ENCODE_LIBPNG_ERROR = 1, /* libpng reported an error; see message */
    FS_PNG_ENCODE_NO_MEMORY = 2
} fs_png_encode_status;

/// An encoded PNG held in memory. Free with fs_png_encoded_free.
typedef struct {
    uint8_t *bytes;
    size_t size;
    char message[256];
} fs_png_encoded;

/// Encodes an 8-bit RGBA raster (row-major, top row first) as a PNG in memory.
/// libpng's longjmp error path never leaves this function.
fs_png_encode_status fs_png_encode_rgba(const uint8_t *pixels, uint32_t width, uint32_t height,
                                        fs_png_encoded *out);

/// Releases the bytes of a PNG returned by fs_png_encode_rgba.
void fs_png_encoded_free(fs_png_encoded *encoded);

#endif
