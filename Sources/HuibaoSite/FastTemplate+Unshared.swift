import HuibaoModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FastTemplate {
    /// The same template in storage of its own: every token list, text and name copied. Two
    /// cores rendering one template retain and release its tokens at every step, each time
    /// taking the memory holding the counts from the other core; with a copy each, they don't
    /// (`FastTemplate.ThreadCopies`).
    func unshared() -> FastTemplate {
        FastTemplate(tokens: Self.unshared(tokens))
    }

    private static func unshared(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            switch token {
            case .text(let text): .text(unshared(text))
            case .variable(let name, let escaped): .variable(unshared(name), escaped: escaped)
            case .section(let name, let inner): .section(unshared(name), unshared(inner))
            case .invertedSection(let name, let inner): .invertedSection(unshared(name), unshared(inner))
            case .partial(let name, let indentation): .partial(unshared(name), indentation: indentation.map(unshared))
            }
        }
    }

    private static func unshared(_ name: Name) -> Name {
        var copy = name
        copy.parts = name.parts.map(unshared)
        return copy
    }

    /// A string in new storage (a short one is stored inline anyway).
    private static func unshared(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    /// Each rendering thread's own copy of a set of templates (made the first time the thread
    /// asks; at most `limit` copies, the shared set after that, as for a preview server that
    /// has run on many threads).
    final class ThreadCopies: Sendable {
        private let shared: [String: FastTemplate]
        private let copies = Mutex<[UInt: [String: FastTemplate]]>([:])
        private static let limit = 2 * Parallel.coreCount + 2

        init(_ shared: [String: FastTemplate]) { self.shared = shared }

        /// The calling thread's copy.
        func templates() -> [String: FastTemplate] {
            let thread = unsafeBitCast(pthread_self(), to: UInt.self)
            if let own = copies.withLock({ $0[thread] }) { return own }
            let full = copies.withLock { $0.count >= Self.limit }
            guard !full else { return shared }
            let own = shared.mapValues { $0.unshared() }
            copies.withLock { $0[thread] = own }
            return own
        }
    }
}
