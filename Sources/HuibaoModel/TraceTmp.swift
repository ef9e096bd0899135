import Foundation
import Synchronization
public enum TraceTmp {
    static let last = Mutex<Int64>(Int64(DispatchTime.now().uptimeNanoseconds))
    static let on = ProcessInfo.processInfo.environment["HUIBAO_TRACE"] != nil
    public static func mark(_ name: String) {
        guard on else { return }
        let now = Int64(DispatchTime.now().uptimeNanoseconds)
        let before = last.withLock { v in let b = v; v = now; return b }
        FileHandle.standardError.write("  · \(name) \((now - before) / 1_000_000) ms\n".data(using: .utf8)!)
    }
}
