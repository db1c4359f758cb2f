#ifndef FIGSCRIBE_TESSERACT_STAND_INS_H
#define FIGSCRIBE_TESSERACT_STAND_INS_H

/// Stand-ins for functions Tesseract calls through the dynamic linker. Where the platform
/// lets an executable's symbol stand in for a shared library's (ELF; the executable must
/// export them, see Package.swift), Tesseract's calls land here. The two below do the cheap
/// thing only while the calling thread asks for it and call the library's own function
/// otherwise. The others (`stride_index.c`, `convolve.c`, `network_io.c`) have no switch: they
/// compute what the library's LSTM functions compute, with fewer instructions, and give way to
/// the library's own where its fields may be laid out differently (`tesseract_layout.h`).
/// Elsewhere none is called and nothing changes.

/// Whether Tesseract engines the calling thread initialises skip the universal ambiguity
/// table (nonzero: skip). Set it only around the init of an LSTM-only engine.
///
/// Tesseract builds that table at every init (~416 M instructions for `eng`, a third of a
/// cold describe), whatever the engine mode and variables, but only its legacy engine reads
/// it.
void figscribe_skip_universal_ambigs(int skip);

/// Whether the line images Tesseract hands its LSTM network on the calling thread travel
/// uncompressed (nonzero) instead of as PNG. Set it only around a recognition.
///
/// Tesseract keeps each line image it recognises as an encoded image (`ImageData`) and
/// decodes it again at once: in memory, as PNG, through leptonica's `pixWriteMem`. The
/// deflate and inflate cost ~4 % of a figure's instructions. Leptonica's own serialised
/// form (`spix`) is a plain copy that its reader recognises, and gives back the same pixels.
void figscribe_uncompressed_line_images(int uncompressed);

/// Whether the LSTM stand-ins give way to the library's own functions on the calling thread
/// (nonzero: the library's). Off by default; for checking that both read alike.
void figscribe_library_network(int library);

/// How many times the calling thread's recognitions ran the network's first layer through
/// its stand-in (`convolve.c`): 0 where the stand-ins are not reached.
long figscribe_convolve_stand_in_runs(void);

#endif
