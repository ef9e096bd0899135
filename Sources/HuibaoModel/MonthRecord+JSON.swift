extension MonthRecord {
    /// The first key of a record: what it is and that it is not to be edited.
    public static let noteKey = "_说明"

    /// The record's bytes: keys sorted, numbers exact, the same record → the same bytes.
    public func serializedBytes() -> [UInt8] {
        func sortedObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
            .object(pairs.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) })
        }
        let figures = indicators.map { figure -> (String, JSONValue) in
            (
                figure.id,
                sortedObject([
                    ("name", .string(figure.name)), ("increment", .number(figure.increment.text)),
                    ("cumulative", .number(figure.cumulative.text)),
                    ("expected", figure.expected.map { .number(String($0)) } ?? .null),
                    ("status", .string(figure.status.chineseName)),
                ])
            )
        }
        let rowValues = rows.map { row -> JSONValue in
            sortedObject([
                ("file", .string(row.file)), ("line", .number(String(row.line))), ("sha256", .string(row.sha256)),
            ])
        }
        return sortedObject([
            (
                Self.noteKey,
                .string("由 huibao month \(month.isoText) --submit 生成的报送记录，请勿修改；数据有变时用 --resubmit 重新报送")
            ),
            ("month", .string(month.isoText)), ("as_of", .string(asOf.isoText)),
            ("indicators", sortedObject(figures)),
            ("files", sortedObject(files.map { ($0.key, .string($0.value)) })),
            ("ledger_rows", .array(rowValues)),
        ]).serializedBytes()
    }
}
