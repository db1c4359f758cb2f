import Foundation
import Testing
@testable import FigScribe

@Suite("OrderedParallelMap")
struct OrderedParallelMapTests {
    /// Counts how many workers were made, across threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test(arguments: [1, 2, 4])
    func deliversEveryResultInInputOrder(jobs: Int) {
        var generator = SplitMix64(seed: 11)
        let delays = (0..<40).map { _ in Int(generator.next() % 3000) }  // microseconds, so items finish out of order
        let workers = Counter()
        var delivered: [Int] = []
        OrderedParallelMap.run(
            count: delays.count, jobs: jobs,
            makeWorker: { workers.increment(); return 1 },
            work: { _, i in usleep(UInt32(delays[i])); return i * i },
            deliver: { i, r in
                #expect(r == i * i)
                delivered.append(i)
            })
        #expect(delivered == Array(0..<40))
        #expect((1...jobs).contains(workers.count), "one worker per thread that got an item, made once")
    }

    @Test func noItemsMakesNoWorker() {
        let workers = Counter()
        OrderedParallelMap.run(count: 0, jobs: 2, makeWorker: { workers.increment() }, work: { _, i in i }, deliver: { _, _ in })
        #expect(workers.count == 0)
    }

    @Test func neverMoreThreadsThanItems() {
        let workers = Counter()
        OrderedParallelMap.run(count: 2, jobs: 8, makeWorker: { workers.increment() }, work: { _, i in i }, deliver: { _, _ in })
        #expect((1...2).contains(workers.count))
    }
}
