import Foundation

/// Works through `count` items on several threads and hands the results back in input order.
///
/// Each thread makes its own worker once, when it takes its first item (e.g. a
/// `HeatmapReader`, which is not thread-safe), and uses it for every item it takes; items
/// are taken one at a time, so a slow item does not hold back the others. All threads have
/// ended when `run` returns.
public enum OrderedParallelMap {
    /// Runs `work` for items `0..<count` and calls `deliver` for each, in order, on the
    /// calling thread, as soon as it and all earlier items are done.
    /// - Parameters:
    ///   - count: the number of items.
    ///   - jobs: the number of threads (at most `count`); 1 runs everything on the calling thread.
    ///   - makeWorker: makes one worker per thread that gets an item.
    ///   - work: processes item `index` with the thread's worker.
    ///   - deliver: receives each result in input order.
    public static func run<Worker, Result: Sendable>(
        count: Int, jobs: Int,
        makeWorker: @escaping @Sendable () -> Worker,
        work: @escaping @Sendable (Worker, Int) -> Result,
        deliver: (Int, Result) -> Void
    ) {
        guard count > 0 else { return }
        let threads = max(1, min(jobs, count))
        if threads == 1 {
            let worker = makeWorker()
            for i in 0..<count { deliver(i, work(worker, i)) }
            return
        }
        let board = ResultBoard<Result>(count: count)
        let finished = DispatchGroup()
        for _ in 0..<threads {
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                guard var i = board.take() else { return }
                let worker = makeWorker()
                while true {
                    board.put(i, work(worker, i))
                    guard let next = board.take() else { break }
                    i = next
                }
            }
            thread.stackSize = 16 << 20  // Tesseract recurses deeper than the default 512 KB allows
            thread.start()
        }
        for i in 0..<count { deliver(i, board.wait(for: i)) }
        finished.wait()
    }
}

/// The items handed out and the results waiting to be delivered, behind one lock.
private final class ResultBoard<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Result?]
    private var nextItem = 0

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The next item nobody has taken, if any.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard nextItem < results.count else { return nil }
        nextItem += 1
        return nextItem - 1
    }

    func put(_ index: Int, _ result: Result) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until item `index` is done, then hands its result over (and forgets it).
    func wait(for index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let r = results[index] {
                results[index] = nil
                return r
            }
            condition.wait()
        }
    }
}
