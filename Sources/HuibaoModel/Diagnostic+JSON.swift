extension Array where Element == Diagnostic {
    /// The `check --format json` document: every diagnostic with a stable `code`, and counts.
    public var jsonReport: String {
        let errors = filter { $0.severity == .error }.count
        return JSONValue.object([
            (
                "diagnostics",
                .array(
                    map { diagnostic in
                        .object([
                            ("file", .string(diagnostic.position.file)),
                            ("line", .number(String(diagnostic.position.line))),
                            ("column", .number(String(diagnostic.position.column))),
                            ("severity", .string(diagnostic.severity.rawValue)),
                            ("code", .string(diagnostic.code)),
                            ("message", .string(diagnostic.message)),
                        ])
                    })
            ),
            ("errors", .number(String(errors))),
            ("warnings", .number(String(count - errors))),
        ]).serialized()
    }
}
