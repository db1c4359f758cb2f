#if canImport(Glibc)
import Glibc
#endif

/// How the process's memory allocator is set up before any work.
///
/// glibc gives every allocation above its mmap threshold (128 KB at first, raised as large
/// blocks are freed) pages of its own and hands them back to the kernel when freed, so each
/// image buffer, line crop and Tesseract page image is faulted in afresh. Keeping such
/// blocks in the heap, and freed memory there for reuse, cut a cold describe of the seed
/// figure from ~13,200 page faults to ~9,000 and its time by about a tenth
/// (`Benchmarks/README.md`). Where there is no `mallopt` (other C libraries), nothing changes.
enum AllocatorTuning {
    /// Blocks up to this size come from the heap, and up to this much freed memory stays there.
    static let heapBlockLimit: Int32 = 256 << 20

    /// glibc's `mallopt` parameters (`malloc.h`, which Swift's Glibc module leaves out).
    private static let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3

    /// Applies the settings; call once, before any threads start.
    static func apply() {
        #if canImport(Glibc)
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(mmapThreshold, heapBlockLimit)
        _ = mallopt(trimThreshold, heapBlockLimit)
        #endif
    }
}
