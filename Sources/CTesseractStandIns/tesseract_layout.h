#ifndef FIGSCRIBE_TESSERACT_LAYOUT_H
#define FIGSCRIBE_TESSERACT_LAYOUT_H

/// The fields of the Tesseract 5 classes whose member functions the stand-ins in this folder
/// replace, laid out as the C++ compiler lays out the declarations in Tesseract's
/// `stridemap.h`, `networkio.h`, `matrix.h`, `network.h` and `convolve.h` (unchanged in
/// these fields from 5.0.0 to 5.5) on a 64-bit ELF platform with libstdc++. The
/// offsets asserted below are those the library's own code uses (read from its machine code).

#include <dlfcn.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__ELF__) && defined(__LP64__)
#define FIGSCRIBE_TESSERACT_LAYOUT 1

/// `tesseract::FlexDimensions`.
enum { batch_dim, height_dim, width_dim, dimensions };

/// libstdc++'s `std::vector<int>`.
struct int_vector {
    int *start, *finish, *end_of_storage;
};

/// `tesseract::StrideMap`.
struct stride_map {
    int shape[dimensions];
    int t_increments[dimensions];
    struct int_vector heights;
    struct int_vector widths;
};

/// `tesseract::StrideMap::Index`.
struct stride_index {
    const struct stride_map *map;
    int t;
    int indices[dimensions];
};

/// `tesseract::GENERIC_2D_ARRAY<int8_t>` (`GENERIC_2D_ARRAY<float>` has the same size).
struct int8_array {
    const void *vtable;
    int8_t *array;
    int8_t empty;
    int dim1, dim2;
    int size_allocated;
};

/// `tesseract::NetworkIO`.
struct network_io {
    struct int8_array floats; // `f_`, a `GENERIC_2D_ARRAY<float>`: never read here.
    struct int8_array ints;   // `i_`
    bool int_mode;
    struct stride_map stride_map;
};

/// `tesseract::Network`.
struct network {
    const void *vtable;
    int type;
    int training;
    bool needs_to_backprop;
    int32_t network_flags;
    int32_t ni, no, num_weights;
    char name[32]; // a libstdc++ `std::string`
    void *forward_window, *backward_window;
    void *randomizer;
};

/// `tesseract::Convolve`.
struct convolve {
    struct network network;
    int32_t half_x, half_y;
};

/// `tesseract::NT_CONVOLVE`.
enum { network_type_convolve = 2 };

_Static_assert(offsetof(struct network, ni) == 0x18, "Network::ni_");
_Static_assert(offsetof(struct network, no) == 0x1c, "Network::no_");
_Static_assert(offsetof(struct network, randomizer) == 0x58, "Network::randomizer_");
_Static_assert(offsetof(struct convolve, half_y) == 0x64, "Convolve::half_y_");
_Static_assert(offsetof(struct network_io, ints) == 0x20, "NetworkIO::i_");
_Static_assert(offsetof(struct network_io, int_mode) == 0x40, "NetworkIO::int_mode_");
_Static_assert(offsetof(struct network_io, stride_map) == 0x48, "NetworkIO::stride_map_");

/// 1 when the Tesseract linked in has a major version whose fields are laid out as above, 0
/// when not, -1 before the first `figscribe_tesseract_layout_known`.
extern _Atomic int figscribe_tesseract_layout_state;

/// Asks the library for its version and sets `figscribe_tesseract_layout_state`.
bool figscribe_ask_tesseract_layout(void);

/// Whether the Tesseract linked in has a major version whose fields are laid out as above.
static inline bool figscribe_tesseract_layout_known(void) {
    int state = atomic_load_explicit(&figscribe_tesseract_layout_state, memory_order_relaxed);
    return state >= 0 ? state : figscribe_ask_tesseract_layout();
}

/// Set by `figscribe_library_network`.
extern _Thread_local int figscribe_library_network_requested;

/// Whether the LSTM stand-ins compute on the calling thread: the layout is known and the
/// library's functions were not asked for.
static inline bool figscribe_network_stand_ins_active(void) {
    return !figscribe_library_network_requested && figscribe_tesseract_layout_known();
}

/// The library's own definition of the function `name` (the one after the executable's),
/// looked up once into `cache` (threads racing here look it up twice and find the same).
static inline void *figscribe_library_function(_Atomic(void *) *cache, const char *name) {
    void *function = atomic_load_explicit(cache, memory_order_relaxed);
    if (function == NULL) {
        function = dlsym(RTLD_NEXT, name);
        atomic_store_explicit(cache, function, memory_order_relaxed);
    }
    return function;
}

/// The greatest index of dimension `dim` at `index` (`StrideMap::Index::MaxIndexOfDim`).
static inline int figscribe_max_index_of_dim(const struct stride_index *index, int dim) {
    const struct stride_map *map = index->map;
    int max_index = map->shape[dim] - 1;
    if (dim == batch_dim) {
        return max_index;
    }
    const struct int_vector *sizes = dim == height_dim ? &map->heights : &map->widths;
    size_t batch = (size_t)index->indices[batch_dim];
    if (batch >= (size_t)(sizes->finish - sizes->start) || sizes->start[batch] > max_index) {
        return max_index;
    }
    return sizes->start[batch] - 1;
}
#endif

#endif
