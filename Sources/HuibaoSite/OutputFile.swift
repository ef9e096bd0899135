/// One file of the generated site: bytes to write, or a file of `Content/` to copy.
public struct OutputFile: Sendable, Equatable {
    /// What the file holds.
    public enum Body: Sendable, Equatable {
        case bytes([UInt8])
        /// A path relative to `Content/` whose file is copied as is.
        case copy(contentPath: String)
    }

    /// The path relative to the output folder (`activities/2025-06/宣讲/index.html`).
    public var path: String
    public var body: Body

    public init(path: String, body: Body) {
        self.path = path
        self.body = body
    }

    public init(path: String, text: String) {
        self.init(path: path, body: .bytes(Array(text.utf8)))
    }
}
