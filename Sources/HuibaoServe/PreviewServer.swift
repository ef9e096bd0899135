import Foundation
import HuibaoContent
import HuibaoModel

#if canImport(Glibc)
    import Glibc
#endif

/// `huibao serve`: builds the site into memory, serves it (FlyingFox, `PreviewHandler`), rebuilds on
/// every change of Content/ or Templates/ and tells open pages to reload.
public enum PreviewServer {
    /// Why the preview could not start (the CLI exits with 2).
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Runs until SIGINT or SIGTERM, which end the process.
    /// - Parameters:
    ///   - say: prints a line for the user (standard output).
    ///   - warn: prints diagnostics (standard error).
    public static func run(
        _ options: ServeOptions, say: @escaping @Sendable (String) -> Void, warn: @escaping @Sendable (String) -> Void
    ) async throws(Failure) {
        var project = ProjectFiles(source: options.source)
        do {
            try project.reloadAll()
        } catch {
            throw Failure(message: error.userMessage)
        }
        if let problem = PortCheck.problem(host: options.bind, port: options.port) { throw Failure(message: problem) }

        let start = DispatchTime.now().uptimeNanoseconds
        var caches = BuildCaches()
        let (site, diagnostics) = PreviewSite.build(&project, options: options, caches: &caches)
        report(diagnostics, site: site, milliseconds: milliseconds(since: start), changed: nil, say: say, warn: warn)
        let store = SiteStore(site: site, contentFolder: project.contentFolder)
        let watcher = FileWatcher.start(source: options.source, poll: options.poll)
        say(watcher.description)

        let rebuilds = Task { [project, caches] in
            var project = project
            var caches = caches
            for await all in watcher.changes {
                // An editor's temporary files come and go around a save: the save itself is
                // the change that matters, and their names would only confuse the log.
                let changes = all.filter { !EditorTempFiles.isTemporary($0) }
                if changes.isEmpty { continue }
                let start = DispatchTime.now().uptimeNanoseconds
                let site: PreviewSite
                let diagnostics: [Diagnostic]
                do {
                    let reread = try project.apply(changes)
                    (site, diagnostics) = PreviewSite.build(
                        &project, changed: reread, options: options, caches: &caches)
                } catch {
                    let message = error.userMessage
                    (site, diagnostics) = (
                        .broken(html: ErrorPage.html(diagnostics: [], problem: message), diagnostics: []), []
                    )
                    warn("错误: \(message)")
                }
                await store.replace(with: site)
                if ProcessInfo.processInfo.environment["HUIBAO_SERVE_TIMING"] != nil {
                    warn("[serve] served after \(String(format: "%.1f", milliseconds(since: start))) ms")
                }
                report(
                    diagnostics, site: site, milliseconds: milliseconds(since: start), changed: changes, say: say,
                    warn: warn)
            }
        }
        let signals = ShutdownSignals.install {
            say("\n已停止预览。")
            rebuilds.cancel()
        }

        let hosts = HostCheck(
            bind: options.bind, machineAddresses: NetworkAddresses.local(), machineName: NetworkAddresses.hostName())
        let token = HostCheck.isLoopbackOnly(bind: options.bind) ? nil : AccessToken.random(port: options.port)
        let handler = PreviewHandler(requestGuard: RequestGuard(hosts: hosts, token: token), store: store)
        // A browser that goes away mid-answer must not end the preview.
        signal(SIGPIPE, SIG_IGN)
        do {
            let server = try PreviewListener.server(bind: options.bind, port: options.port, handler: handler)
            let announce = Task {
                try await server.waitUntilListening(timeout: 60)
                for line in StartupMessage.lines(options: options, token: token, lanAddresses: NetworkAddresses.local()) {
                    say(line)
                }
            }
            defer { announce.cancel() }
            try await server.run()
            withExtendedLifetime(signals) {}
        } catch {
            throw Failure(message: PreviewListener.message(for: error, port: options.port))
        }
    }

    static func report(
        _ diagnostics: [Diagnostic], site: PreviewSite, milliseconds: Double, changed: Set<String>?,
        say: (String) -> Void, warn: (String) -> Void
    ) {
        let time = String(format: "%.0f", milliseconds)
        let what = changed.map { "（\($0.sorted().prefix(3).map(TerminalText.escaped).joined(separator: "、"))\($0.count > 3 ? " 等" : "")）" } ?? ""
        for diagnostic in diagnostics { warn(diagnostic.formatted) }
        switch site {
        case .pages:
            say("\(changed == nil ? "已生成网站" : "已重新生成")\(what)，\(time) ms")
        case .broken(_, let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }.count
            say("内容有 \(errors) 个错误\(what)：浏览器中显示错误页，改正并保存后网站自动恢复。")
        }
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func displayHost(_ bind: String) -> String {
        switch bind {
        case "0.0.0.0": return "localhost"
        case "::": return "[::1]"
        default: return bind.contains(":") ? "[\(bind)]" : bind
        }
    }
}

extension Error {
    /// The user's message of an error from the loaders, or its description.
    var userMessage: String {
        if let failure = self as? PreviewServer.Failure { return failure.message }
        if let failure = self as? ContentLoader.Failure { return failure.message }
        return String(describing: self)
    }
}
