#define _GNU_SOURCE
#include "tesseract_layout.h"
#include "tesseract_stand_ins.h"

#include <string.h>

#if FIGSCRIBE_TESSERACT_LAYOUT
/// `tesseract::Convolve::Forward`, the LSTM network's first layer: it stacks each pixel of the
/// line image with its neighbours (a 3×3 window), asking `StrideMap::Index` for every
/// neighbour and copying it with a call of its own (a sixth of a figure's instructions). This
/// definition walks the same window in plain loops and copies the same bytes; a neighbour
/// outside the image gets the library's random fill, in the same order, so every reading is
/// the same. Only 8-bit (quantised) networks are handled; anything else, or fields that do not
/// add up, goes to the library's own function.

#define FORWARD "_ZN9tesseract8Convolve7ForwardEbRKNS_9NetworkIOEPKNS_15TransposedArrayEPNS_14NetworkScratchEPS1_"
#define RESIZE_TO_MAP "_ZN9tesseract9NetworkIO11ResizeToMapEbRKNS_9StrideMapEi"
#define RANDOMIZE "_ZN9tesseract9NetworkIO9RandomizeEiiiPNS_5TRandE"

typedef void (*forward_fn)(const struct convolve *, bool, const struct network_io *, const void *, void *,
                           struct network_io *);
typedef void (*resize_to_map_fn)(struct network_io *, bool, const struct stride_map *, int);
typedef void (*randomize_fn)(struct network_io *, int, int, int, void *);

void convolve_forward(const struct convolve *layer, bool debug, const struct network_io *input,
                      const void *input_transpose, void *scratch, struct network_io *output) __asm__(FORWARD);

/// Forward passes the stand-in made on this thread.
static _Thread_local long runs = 0;

long figscribe_convolve_stand_in_runs(void) {
    return runs;
}

/// Whether the layer's and input's fields read as those of a convolution over 8-bit values.
static bool reads_as_convolution(const struct convolve *layer, const struct network_io *input) {
    const struct network *n = &layer->network;
    int x_span = 2 * layer->half_x + 1, y_span = 2 * layer->half_y + 1;
    return n->type == network_type_convolve && layer->half_x >= 0 && layer->half_x <= 8 && layer->half_y >= 0
        && layer->half_y <= 8 && n->ni > 0 && n->no == n->ni * x_span * y_span && input->int_mode
        && input->ints.dim2 >= n->ni && input->stride_map.shape[batch_dim] > 0
        && input->stride_map.shape[height_dim] > 0 && input->stride_map.shape[width_dim] > 0;
}

void convolve_forward(const struct convolve *layer, bool debug, const struct network_io *input,
                      const void *input_transpose, void *scratch, struct network_io *output) {
    static _Atomic(void *) library, resizing, randomizing;
    resize_to_map_fn resize_to_map = (resize_to_map_fn)figscribe_library_function(&resizing, RESIZE_TO_MAP);
    randomize_fn randomize = (randomize_fn)figscribe_library_function(&randomizing, RANDOMIZE);
    if (!figscribe_network_stand_ins_active() || debug || resize_to_map == NULL || randomize == NULL
        || !reads_as_convolution(layer, input)) {
        ((forward_fn)figscribe_library_function(&library, FORWARD))(layer, debug, input, input_transpose, scratch, output);
        return;
    }
    ++runs;
    const int ni = layer->network.ni, half_x = layer->half_x, half_y = layer->half_y;
    const int y_span = 2 * half_y + 1;
    resize_to_map(output, input->int_mode, &input->stride_map, layer->network.no);
    const struct stride_map *map = &output->stride_map;
    const int out_stride = output->ints.dim2, in_stride = input->ints.dim2;
    // The same walk as `StrideMap::Index::Increment`: width fastest, then height, then batch.
    struct stride_index at = {map, 0, {0, 0, 0}};
    for (int b = 0; b <= map->shape[batch_dim] - 1; ++b) {
        at.indices[batch_dim] = b;
        const int last_y = figscribe_max_index_of_dim(&at, height_dim);
        const int last_x = figscribe_max_index_of_dim(&at, width_dim);
        for (int y = 0; y <= last_y; ++y) {
            for (int x = 0; x <= last_x; ++x) {
                const int t = b * map->t_increments[batch_dim] + y * map->t_increments[height_dim]
                    + x * map->t_increments[width_dim];
                int8_t *out = output->ints.array + (ptrdiff_t)t * out_stride;
                int out_ix = 0;
                for (int dx = -half_x; dx <= half_x; ++dx, out_ix += y_span * ni) {
                    const int sx = x + dx;
                    if (sx < 0 || sx > last_x) {
                        randomize(output, t, out_ix, y_span * ni, layer->network.randomizer);
                        continue;
                    }
                    int out_iy = out_ix;
                    for (int dy = -half_y; dy <= half_y; ++dy, out_iy += ni) {
                        const int sy = y + dy;
                        if (sy < 0 || sy > last_y) {
                            randomize(output, t, out_iy, ni, layer->network.randomizer);
                            continue;
                        }
                        const int src_t = b * map->t_increments[batch_dim] + sy * map->t_increments[height_dim]
                            + sx * map->t_increments[width_dim];
                        const int8_t *in = input->ints.array + (ptrdiff_t)src_t * in_stride;
                        if (ni == 1) {
                            out[out_iy] = *in; // a gray line image: one value a pixel
                        } else {
                            memcpy(out + out_iy, in, (size_t)ni);
                        }
                    }
                }
            }
        }
    }
}
#else
long figscribe_convolve_stand_in_runs(void) {
    return 0;
}
#endif
