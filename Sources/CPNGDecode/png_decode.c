#include "png_decode.h"

#include <png.h>
#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The largest ancillary chunk (text, ICC profile…) read into memory. */
#define CHUNK_MALLOC_MAX ((size_t)16 << 20)

typedef struct {
    const uint8_t *data;
    size_t size;
    size_t offset;
} memory_reader;

typedef struct {
    jmp_buf jump;
    char message[256];
} error_state;

static void on_error(png_structp png, png_const_charp message) {
    error_state *state = (error_state *)png_get_error_ptr(png);
    strncpy(state->message, message ? message : "unknown error", sizeof(state->message) - 1);
    state->message[sizeof(state->message) - 1] = 0;
    longjmp(state->jump, 1);
}

static void on_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

static void read_from_memory(png_structp png, png_bytep target, png_size_t length) {
    memory_reader *reader = (memory_reader *)png_get_io_ptr(png);
    if (reader->size - reader->offset < length) {
        png_error(png, "Read Error");
    }
    memcpy(target, reader->data + reader->offset, length);
    reader->offset += length;
}

/* Whether every ancillary chunk before IEND fits in the file. libpng allocates an
 * ancillary chunk's claimed length before reading it, so a tiny file claiming a 2 GB
 * text chunk (found by fuzzing) would cost 2 GB and seconds. Critical chunks are read in
 * pieces; a truncated one is left for libpng to report. */
static int ancillary_chunks_fit(const uint8_t *data, size_t size, char *message, size_t capacity) {
    size_t offset = 8;
    while (size - offset >= 8) {
        const uint8_t *p = data + offset;
        uint64_t length = ((uint64_t)p[0] << 24) | ((uint64_t)p[1] << 16) | ((uint64_t)p[2] << 8) | p[3];
        const uint8_t *type = p + 4;
        if (memcmp(type, "IEND", 4) == 0) return 1;
        uint64_t left = size - offset - 8;
        if ((type[0] & 0x20) && length + 4 > left) {
            char name[5];
            for (int i = 0; i < 4; i++) name[i] = isalpha(type[i]) ? (char)type[i] : '?';
            name[4] = 0;
            snprintf(message, capacity, "chunk %s claims %llu bytes, more than the file holds", name,
                     (unsigned long long)length);
            return 0;
        }
        if (length + 4 > left) return 1;
        offset += 12 + (size_t)length;
    }
    return 1;
}

fs_png_status fs_png_decode(const uint8_t *data, size_t size, uint64_t max_pixels,
                            fs_png_image *out) {
    memset(out, 0, sizeof(*out));
    if (size < 8 || png_sig_cmp((png_const_bytep)data, 0, 8) != 0) {
        strcpy(out->message, "not a PNG signature");
        return FS_PNG_NOT_PNG;
    }

    if (!ancillary_chunks_fit(data, size, out->message, sizeof(out->message))) {
        return FS_PNG_LIBPNG_ERROR;
    }

    error_state state;
    memset(&state, 0, sizeof(state));
    memory_reader reader = {data, size, 0};

    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
    if (!png) {
        strcpy(out->message, "out of memory");
        return FS_PNG_NO_MEMORY;
    }
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, NULL, NULL);
        strcpy(out->message, "out of memory");
        return FS_PNG_NO_MEMORY;
    }

    /* Both are touched after a longjmp, so they must not live in registers. */
    uint8_t *volatile pixels = NULL;
    png_bytep *volatile rows = NULL;

    if (setjmp(state.jump)) {
        free(rows);
        free(pixels);
        png_destroy_read_struct(&png, &info, NULL);
        memcpy(out->message, state.message, sizeof(out->message));
        return FS_PNG_LIBPNG_ERROR;
    }

    png_set_read_fn(png, &reader, read_from_memory);
    png_set_chunk_malloc_max(png, CHUNK_MALLOC_MAX);
    png_set_chunk_cache_max(png, 1000);
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    /* Mutated inputs rarely keep their CRCs: let the fuzzer past them to the pixels. */
    png_set_crc_action(png, PNG_CRC_QUIET_USE, PNG_CRC_QUIET_USE);
#endif
    png_read_info(png, info);

    png_uint_32 width = png_get_image_width(png, info);
    png_uint_32 height = png_get_image_height(png, info);
    if ((uint64_t)width * (uint64_t)height > max_pixels) {
        png_destroy_read_struct(&png, &info, NULL);
        out->width = width;
        out->height = height;
        strcpy(out->message, "image exceeds the pixel limit");
        return FS_PNG_TOO_LARGE;
    }

    int color_type = png_get_color_type(png, info);
    png_set_expand(png); /* palette -> RGB, gray < 8 bit -> 8 bit, tRNS -> alpha */
    png_set_scale_16(png);
    if (color_type == PNG_COLOR_TYPE_GRAY || color_type == PNG_COLOR_TYPE_GRAY_ALPHA) {
        png_set_gray_to_rgb(png);
    }
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);

    size_t row_bytes = png_get_rowbytes(png, info);
    if (row_bytes != (size_t)width * 4) {
        png_error(png, "unexpected row layout after expansion");
    }
    pixels = (uint8_t *)malloc(row_bytes * (size_t)height);
    rows = (png_bytep *)malloc(sizeof(png_bytep) * (size_t)height);
    if (!pixels || !rows) {
        png_error(png, "out of memory");
    }
    for (png_uint_32 y = 0; y < height; y++) {
        rows[y] = pixels + (size_t)y * row_bytes;
    }
    png_read_image(png, rows);
    png_read_end(png, NULL);

    free(rows);
    png_destroy_read_struct(&png, &info, NULL);
    out->pixels = pixels;
    out->width = width;
    out->height = height;
    return FS_PNG_OK;
}

void fs_png_free(fs_png_image *image) {
    free(image->pixels);
    image->pixels = NULL;
}
