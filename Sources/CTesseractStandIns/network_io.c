#define _GNU_SOURCE
#include "tesseract_layout.h"

#include <math.h>

#if FIGSCRIBE_TESSERACT_LAYOUT
/// `tesseract::NetworkIO::WriteTimeStepPart`, which stores each of an LSTM layer's outputs as an
/// 8-bit value: the library's loop converts them one at a time with a branch each (a twentieth
/// of a figure's instructions); this one does the same arithmetic in a loop the compiler can
/// vectorise. Only 8-bit (quantised) storage is handled; anything else goes to the library.

#define WRITE_TIME_STEP_PART "_ZN9tesseract9NetworkIO17WriteTimeStepPartEiiiPKf"

typedef void (*write_time_step_part_fn)(struct network_io *, int, int, int, const float *);

void network_io_write_time_step_part(struct network_io *io, int t, int offset, int num_features,
                                     const float *input) __asm__(WRITE_TIME_STEP_PART);

void network_io_write_time_step_part(struct network_io *io, int t, int offset, int num_features,
                                     const float *input) {
    if (!figscribe_network_stand_ins_active() || !io->int_mode) {
        static _Atomic(void *) library;
        ((write_time_step_part_fn)figscribe_library_function(&library, WRITE_TIME_STEP_PART))(
            io, t, offset, num_features, input);
        return;
    }
    int8_t *line = io->ints.array + (ptrdiff_t)t * io->ints.dim2 + offset;
    for (int i = 0; i < num_features; ++i) {
        // Tesseract's `ClipToRange<int>(IntCastRounded(input[i] * INT8_MAX), -INT8_MAX, INT8_MAX)`.
        // Rounding half away from zero is rounding the magnitude half up.
        float x = input[i] * INT8_MAX;
        int magnitude = (int)(fabsf(x) + 0.5f);
        int rounded = x < 0.0f ? -magnitude : magnitude;
        line[i] = (int8_t)(rounded < -INT8_MAX ? -INT8_MAX : rounded > INT8_MAX ? INT8_MAX : rounded);
    }
}
#endif
