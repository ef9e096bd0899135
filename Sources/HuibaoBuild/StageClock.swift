import Foundation

/// Runs the named stages of a command, timing each; `--verbose` prints `[i/N] name … ms`.
public struct StageClock {
    public private(set) var stages: [(name: String, milliseconds: Double)] = []
    let total: Int
    let log: ((String) -> Void)?

    public init(total: Int, log: ((String) -> Void)? = nil) {
        self.total = total
        self.log = log
    }

    /// Runs `work` as the stage `name` and records how long it took.
    public mutating func run<T>(_ name: String, _ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        stages.append((name, milliseconds))
        log?("[\(stages.count)/\(total)] \(name) \(String(format: "%.1f", milliseconds)) ms")
        return result
    }
}
