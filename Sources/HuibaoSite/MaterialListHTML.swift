/// A write-up page's evidence list (佐证材料) written by Swift where the default
/// `material-list.mustache` would render it (`PageRenderer.nativeMaterialList`, byte for byte
/// the template's output): the template's sections and lookups per file were a write-up page's
/// dearest part at the bench (two files on each of 10,000 pages). Used only when `activity` and
/// `material-list` are both the defaults (`TemplateSet`).
enum MaterialListHTML {
    /// The context key the default `material-list` reads the bytes from.
    static let contextKey = "materialListHTML"

    /// A literal's bytes appended as one copy (a `String`'s `utf8` view is appended byte by byte).
    @inline(__always)
    static func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
