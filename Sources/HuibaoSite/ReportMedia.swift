import Synchronization

/// The images reports embed (by path in `Content/`), read at most once, when the first report
/// asks: the build hands them over read, the preview reads them only if a report is requested.
public final class ReportMedia: Sendable {
    private let state: Mutex<[String: [UInt8]]?>
    private let load: @Sendable () -> [String: [UInt8]]

    /// Images already read.
    public init(_ media: [String: [UInt8]]) {
        state = Mutex(media)
        load = { media }
    }

    /// Images read by `load` when first asked for.
    public init(loading load: @escaping @Sendable () -> [String: [UInt8]]) {
        state = Mutex(nil)
        self.load = load
    }

    /// The images (read now if they were not yet; a second caller waits for the first).
    public var media: [String: [UInt8]] {
        state.withLock { media in
            if let media { return media }
            let loaded = load()
            media = loaded
            return loaded
        }
    }
}
