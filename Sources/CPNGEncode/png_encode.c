#include "png_encode.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The growing output buffer and the error message, shared with libpng's callbacks. */
typedef struct {
    fs_png_encoded *out;
    size_t capacity;
    int out_of_memory;
} writer_state;

static void on_error(png_structp png, png_const_charp message) {
    writer_state *state = (writer_state *)png_get_error_ptr(png);
    snprintf(state->out->message, sizeof state->out->message, "%s", message);
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

static void on_write(png_structp png, png_bytep data, size_t length) {
    writer_state *state = (writer_state *)png_get_io_ptr(png);
    fs_png_encoded *out = state->out;
    if (out->size + length > state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 65536;
        while (capacity < out->size + length) capacity *= 2;
        uint8_t *grown = realloc(out->bytes, capacity);
        if (!grown) {
            state->out_of_memory = 1;
            png_error(png, "out of memory");
        }
        out->bytes = grown;
        state->capacity = capacity;
    }
    memcpy(out->bytes + out->size, data, length);
    out->size += length;
}

static void on_flush(png_structp png) { (void)png; }

fs_png_encode_status fs_png_encode_rgba(const uint8_t *pixels, uint32_t width, uint32_t height,
                                        fs_png_encoded *out) {
    memset(out, 0, sizeof *out);
    writer_state state = {out, 0, 0};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
    if (!png) return FS_PNG_ENCODE_NO_MEMORY;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        return FS_PNG_ENCODE_NO_MEMORY;
    }
    png_bytep *volatile rows = NULL;
    if (setjmp(png_jmpbuf(png))) {
        free(rows);
        png_destroy_write_struct(&png, &info);
        free(out->bytes);
        out->bytes = NULL;
        out->size = 0;
        return state.out_of_memory ? FS_PNG_ENCODE_NO_MEMORY : FS_PNG_ENCODE_LIBPNG_ERROR;
    }
    png_set_write_fn(png, &state, on_write, on_flush);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    rows = malloc(sizeof(png_bytep) * (height ? height : 1));
    if (!rows) {
        state.out_of_memory = 1;
        png_error(png, "out of memory");
    }
    for (uint32_t y = 0; y < height; y++) rows[y] = (png_bytep)(pixels + (size_t)y * width * 4);
    png_write_info(png, info);
    png_write_image(png, rows);
    png_write_end(png, info);
    free(rows);
    png_destroy_write_struct(&png, &info);
    return FS_PNG_ENCODE_OK;
}

void fs_png_encoded_free(fs_png_encoded *encoded) {
    free(encoded->bytes);
    encoded->bytes = NULL;
    encoded->size = 0;
}
