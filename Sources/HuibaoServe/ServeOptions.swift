import Foundation
import HuibaoModel

/// What `huibao serve` was asked to do.
public struct ServeOptions: Sendable {
    public var source: URL
    public var asOf: Day
    public var drafts: Bool
    public var port: Int
    public var bind: String
    /// Poll modification times instead of using inotify.
    public var poll: Bool

    public init(
        source: URL, asOf: Day, drafts: Bool = false, port: Int = 1313, bind: String = "127.0.0.1", poll: Bool = false
    ) {
        self.source = source.standardizedFileURL
        self.asOf = asOf
        self.drafts = drafts
        self.port = port
        self.bind = bind
        self.poll = poll
    }
}
