#ifndef FIGSCRIBE_UNIVERSAL_AMBIGS_H
#define FIGSCRIBE_UNIVERSAL_AMBIGS_H

/// Whether Tesseract engines the calling thread initialises skip the universal ambiguity
/// table (nonzero: skip). Set it only around the init of an LSTM-only engine.
///
/// Tesseract builds that table at every init (~416 M instructions for `eng`, a third of a
/// cold describe), whatever the engine mode and variables, but only its legacy engine reads
/// it. Where the platform lets an executable's symbol stand in for a shared library's
/// (ELF), the stand-in here skips it while this is set and calls Tesseract's own otherwise;
/// elsewhere the table is built as usual.
void figscribe_skip_universal_ambigs(int skip);

#endif
