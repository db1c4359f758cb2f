#define _GNU_SOURCE
#include "tesseract_stand_ins.h"

#include <dlfcn.h>
#include <stddef.h>

static _Thread_local int skip_universal_ambigs = 0;

void figscribe_skip_universal_ambigs(int skip) {
    skip_universal_ambigs = skip;
}

#if defined(__ELF__)
/// `tesseract::UnicharAmbigs::LoadUniversal(const UNICHARSET &, UNICHARSET *)`: an
/// executable's definition comes before the library's, so Tesseract's call lands here
/// (the executable must export it: see Package.swift).
#define LOAD_UNIVERSAL "_ZN9tesseract13UnicharAmbigs13LoadUniversalERKNS_10UNICHARSETEPS1_"

typedef void (*load_universal_fn)(void *ambigs, const void *encoder_set, void *unicharset);

void load_universal(void *ambigs, const void *encoder_set, void *unicharset) __asm__(LOAD_UNIVERSAL);

void load_universal(void *ambigs, const void *encoder_set, void *unicharset) {
    if (skip_universal_ambigs) {
        return;
    }
    load_universal_fn tesseracts = (load_universal_fn)dlsym(RTLD_NEXT, LOAD_UNIVERSAL);
    if (tesseracts != NULL) {
        tesseracts(ambigs, encoder_set, unicharset);
    }
}
#endif
