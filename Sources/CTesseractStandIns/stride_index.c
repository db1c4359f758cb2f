#define _GNU_SOURCE
#include "tesseract_layout.h"

#if FIGSCRIBE_TESSERACT_LAYOUT
/// Tesseract's LSTM network steps through its inputs with `tesseract::StrideMap::Index`, whose
/// small member functions (`stridemap.cpp`) call one another through the dynamic linker, as
/// any exported function of a shared library may be replaced: adding an offset to an index
/// takes five calls, and these steps alone were an eighth of a figure's instructions. The
/// definitions here do the same arithmetic on the same fields in one call each (the
/// executable exports them, see Package.swift). With a Tesseract whose major version is not
/// 5, every call goes to the library's own function.

#define IS_VALID "_ZNK9tesseract9StrideMap5Index7IsValidEv"
#define IS_LAST "_ZNK9tesseract9StrideMap5Index6IsLastENS_14FlexDimensionsE"
#define MAX_INDEX_OF_DIM "_ZNK9tesseract9StrideMap5Index13MaxIndexOfDimENS_14FlexDimensionsE"
#define ADD_OFFSET "_ZN9tesseract9StrideMap5Index9AddOffsetEiNS_14FlexDimensionsE"
#define INCREMENT "_ZN9tesseract9StrideMap5Index9IncrementEv"
#define SET_T_FROM_INDICES "_ZN9tesseract9StrideMap5Index15SetTFromIndicesEv"

typedef bool (*index_test_fn)(const struct stride_index *);
typedef int (*dimension_fn)(const struct stride_index *, int);
typedef bool (*dimension_test_fn)(const struct stride_index *, int);
typedef void (*index_update_fn)(struct stride_index *);
typedef bool (*add_offset_fn)(struct stride_index *, int, int);
typedef bool (*index_step_fn)(struct stride_index *);

static inline bool is_valid(const struct stride_index *index) {
    for (int d = 0; d < dimensions; ++d) {
        if (index->indices[d] < 0) {
            return false;
        }
    }
    for (int d = 0; d < dimensions; ++d) {
        if (index->indices[d] > figscribe_max_index_of_dim(index, d)) {
            return false;
        }
    }
    return true;
}

static inline void set_t_from_indices(struct stride_index *index) {
    int t = 0;
    for (int d = 0; d < dimensions; ++d) {
        t += index->map->t_increments[d] * index->indices[d];
    }
    index->t = t;
}

bool stride_index_is_valid(const struct stride_index *index) __asm__(IS_VALID);
bool stride_index_is_valid(const struct stride_index *index) {
    if (!figscribe_network_stand_ins_active()) {
        static _Atomic(void *) library;
        return ((index_test_fn)figscribe_library_function(&library, IS_VALID))(index);
    }
    return is_valid(index);
}

int stride_index_max_index_of_dim(const struct stride_index *index, int dim) __asm__(MAX_INDEX_OF_DIM);
int stride_index_max_index_of_dim(const struct stride_index *index, int dim) {
    if (!figscribe_network_stand_ins_active()) {
        static _Atomic(void *) library;
        return ((dimension_fn)figscribe_library_function(&library, MAX_INDEX_OF_DIM))(index, dim);
    }
    return figscribe_max_index_of_dim(index, dim);
}

bool stride_index_is_last(const struct stride_index *index, int dim) __asm__(IS_LAST);
bool stride_index_is_last(const struct stride_index *index, int dim) {
    if (!figscribe_network_stand_ins_active()) {
        static _Atomic(void *) library;
        return ((dimension_test_fn)figscribe_library_function(&library, IS_LAST))(index, dim);
    }
    return figscribe_max_index_of_dim(index, dim) == index->indices[dim];
}

void stride_index_set_t_from_indices(struct stride_index *index) __asm__(SET_T_FROM_INDICES);
void stride_index_set_t_from_indices(struct stride_index *index) {
    if (!figscribe_network_stand_ins_active()) {
        static _Atomic(void *) library;
        ((index_update_fn)figscribe_library_function(&library, SET_T_FROM_INDICES))(index);
        return;
    }
    set_t_from_indices(index);
}

bool stride_index_add_offset(struct stride_index *index, int offset, int dim) __asm__(ADD_OFFSET);
bool stride_index_add_offset(struct stride_index *index, int offset, int dim) {
    if (!figscribe_network_stand_ins_active()) {
        static _Atomic(void *) library;
        return ((add_offset_fn)figscribe_library_function(&library, ADD_OFFSET))(index, offset, dim);
    }
    index->indices[dim] += offset;
    set_t_from_indices(index);
    return is_valid(index);
}

bool stride_index_increment(struct stride_index *index) __asm__(INCREMENT);
bool stride_index_increment(struct stride_index *index) {
    if (!figscribe_network_stand_ins_active()) {
        static _Atomic(void *) library;
        return ((index_step_fn)figscribe_library_function(&library, INCREMENT))(index);
    }
    for (int d = dimensions - 1; d >= 0; --d) {
        if (figscribe_max_index_of_dim(index, d) != index->indices[d]) {
            index->t += index->map->t_increments[d];
            ++index->indices[d];
            return true;
        }
        index->t -= index->map->t_increments[d] * index->indices[d];
        index->indices[d] = 0;
    }
    return false;
}
#endif
