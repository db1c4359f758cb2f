#define _GNU_SOURCE
#include "tesseract_layout.h"
#include "tesseract_stand_ins.h"

#include <string.h>

#if FIGSCRIBE_TESSERACT_LAYOUT
_Atomic int figscribe_tesseract_layout_state = -1;

/// Threads racing here only ask twice and get the same answer.
bool figscribe_ask_tesseract_layout(void) {
    const char *(*version)(void) = (const char *(*)(void))dlsym(RTLD_DEFAULT, "TessVersion");
    const char *v = version != NULL ? version() : NULL;
    bool known = v != NULL && strncmp(v, "5.", 2) == 0;
    atomic_store_explicit(&figscribe_tesseract_layout_state, known, memory_order_relaxed);
    return known;
}

_Thread_local int figscribe_library_network_requested = 0;

void figscribe_library_network(int library) {
    figscribe_library_network_requested = library;
}
#else
void figscribe_library_network(int library) {
    (void)library;
}
#endif
