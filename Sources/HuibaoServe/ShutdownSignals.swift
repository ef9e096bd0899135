import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ends the preview on Ctrl-C (SIGINT) or SIGTERM: runs `onStop`, then exits with 0. The
/// site lives in memory and nothing is written, so there is nothing to flush.
enum ShutdownSignals {
    /// Keep the returned sources alive while the server runs.
    static func install(onStop: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                onStop()
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
        return sources
    }
}
