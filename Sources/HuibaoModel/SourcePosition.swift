/// A place in one of the user's files: the path relative to the source folder
/// (e.g. `Content/activities/2025-06/宣讲.md`), a 1-based line and a 1-based column
/// counted in Unicode scalars (a BOM not counted).
public struct SourcePosition: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
