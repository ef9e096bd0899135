/// HTML already rendered, as UTF-8 bytes, for a template context: `FastTemplate` copies it
/// into the page as is; for swift-mustache `PageRenderer.withoutEmptyText` turns it into a string.
struct HTMLBytes: Sendable, CustomStringConvertible {
    var bytes: [UInt8]

    var description: String { String(decoding: bytes, as: UTF8.self) }
}
