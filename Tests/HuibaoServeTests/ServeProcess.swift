import Foundation
import HuibaoTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The built `huibao serve` running on a free loopback port, stopped by `stop()`.
final class ServeProcess {
    let process = Process()
    let port: Int
    let output: URL

    init(source: URL, extra: [String] = [], port: Int = HTTPGet.freePort(), bind: String = "127.0.0.1") throws {
        self.port = port
        output = try Fixtures.temporaryFolder().appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.executableURL = Fixtures.binary
        process.arguments =
            ["serve", "--source", source.path, "--port", String(port), "--bind", bind] + extra
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// What the server printed so far.
    var log: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Waits up to `seconds` for `condition` on the reply at `path`; returns the last reply.
    @discardableResult
    func waitFor(_ path: String, seconds: Double = 20, _ condition: (HTTPGet.Reply) -> Bool = { _ in true }) -> HTTPGet
        .Reply?
    {
        let deadline = Date().addingTimeInterval(seconds)
        var last: HTTPGet.Reply?
        while Date() < deadline {
            if let reply = HTTPGet.fetch(port: port, path: path) {
                last = reply
                if condition(reply) { return reply }
            }
            if !process.isRunning { break }
            usleep(50_000)
        }
        return last
    }

    /// SIGINT, as Ctrl-C; the exit status.
    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
