import Foundation

/// Reads the first worksheet of an .xlsx from its bytes: a pure function, no file system.
///
/// The package is opened in memory (``WorkbookArchive``), the workbook part found through
/// `_rels/.rels`, the first sheet through the workbook's relationships (targets resolved
/// inside the zip only), and each part parsed with SAX (``WorkbookXML``).
public enum WorkbookReader {
    /// The caps that keep a hostile workbook from exhausting memory or time.
    public struct Limits: Sendable {
        public var bytesPerPart = 128 << 20
        public var totalBytes = 192 << 20
        public var rows = 100_000

        public init() {}
    }

    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(WorkbookError) -> WorkbookSheet {
        var archive = try WorkbookArchive(
            bytes: bytes,
            limits: WorkbookArchive.Limits(bytesPerPart: limits.bytesPerPart, totalBytes: limits.totalBytes))

        // The workbook part: named by the package's relationships, else where Excel puts it.
        var workbookPath = "xl/workbook.xml"
        if let rootRels = try archive.part("_rels/.rels") {
            let handler = RelationshipsHandler()
            try WorkbookXML.parse(rootRels, part: "_rels/.rels", handler: handler)
            if let office = handler.relationships.first(where: {
                $0.type.hasSuffix("/officeDocument") && !$0.isExternal
            }),
                let path = resolve(office.target, from: "")
            {
                workbookPath = path
            }
        }
        guard let workbookData = try archive.part(workbookPath) else {
            throw WorkbookError(WorkbookArchive.damagedMessage)
        }
        let workbook = WorkbookPartHandler()
        try WorkbookXML.parse(workbookData, part: workbookPath, handler: workbook)

        let folder = workbookPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
            separator: "/")
        let relsPath =
            (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last ?? "") + ".rels"
        guard let relsData = try archive.part(relsPath) else { throw WorkbookError(WorkbookArchive.damagedMessage) }
        let rels = RelationshipsHandler()
        try WorkbookXML.parse(relsData, part: relsPath, handler: rels)
        func target(_ matches: (RelationshipsHandler.Relationship) -> Bool) throws(WorkbookError) -> String? {
            guard let relationship = rels.relationships.first(where: matches) else { return nil }
            guard !relationship.isExternal, let path = resolve(relationship.target, from: folder) else {
                throw WorkbookError(
                    "工作簿指向压缩包以外的文件（\(relationship.target)），为安全起见不读；请在 Excel 中打开它，另存为 .xlsx 后再试")
            }
            return path
        }

        guard let sheetId = workbook.firstSheetId, let sheetPath = try target({ $0.id == sheetId }),
            let sheetData = try archive.part(sheetPath)
        else {
            throw WorkbookError("工作簿里没有工作表；请在 Excel 中打开它，确认台账在第一张工作表上，另存为 .xlsx 后再试")
        }
        var strings: [String] = []
        if let path = try target({ $0.type.hasSuffix("/sharedStrings") }), let data = try archive.part(path) {
            let handler = SharedStringsHandler()
            try WorkbookXML.parse(data, part: path, handler: handler)
            strings = handler.strings
        }
        var styles: StylesHandler?
        if let path = try target({ $0.type.hasSuffix("/styles") }), let data = try archive.part(path) {
            let handler = StylesHandler()
            try WorkbookXML.parse(data, part: path, handler: handler)
            styles = handler
        }

        var sheetLimits = WorkbookSheetHandler.Limits()
        sheetLimits.rows = limits.rows
        let sheet = WorkbookSheetHandler(
            sharedStrings: strings, styles: styles, date1904: workbook.date1904, limits: sheetLimits)
        try WorkbookXML.parse(sheetData, part: sheetPath, handler: sheet)
        return WorkbookSheet(rows: filled(sheet.rows, merges: sheet.merges), problems: sheet.problems)
    }

    /// A relationship target as a path inside the zip: relative to `folder`, or from the
    /// package root when it starts with `/`; nil when `..` would leave the package.
    static func resolve(_ target: String, from folder: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring] = decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default:
                if segment.contains("\\") || segment.contains(":") { return nil }
                segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// Every cell of a merged range takes its top-left cell's value, in the rows that hold
    /// values (so a merge never makes rows of its own).
    static func filled(_ rows: [WorkbookRow], merges: [WorkbookSheetHandler.Merge]) -> [WorkbookRow] {
        guard !merges.isEmpty else { return rows }
        var rows = rows
        let indexByNumber = Dictionary(rows.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        let maxColumn = rows.map { $0.cells.last?.column ?? 0 }.max() ?? 0
        var budget = 2_000_000
        for merge in merges {
            guard let topIndex = indexByNumber[merge.top], let value = rows[topIndex][column: merge.left]?.value else {
                continue
            }
            let right = min(merge.right, maxColumn)
            guard right >= merge.left else { continue }
            let lower = rows.partitionPoint { $0.number < merge.top }
            var index = lower
            while index < rows.count, rows[index].number <= merge.bottom {
                for column in merge.left...right where !(rows[index].number == merge.top && column == merge.left) {
                    budget -= 1
                    if budget < 0 { return rows }
                    if let at = rows[index].cells.firstIndex(where: { $0.column == column }) {
                        rows[index].cells[at].value = value
                    } else {
                        rows[index].cells.append(WorkbookCell(column: column, value: value))
                    }
                }
                rows[index].cells.sort { $0.column < $1.column }
                index += 1
            }
        }
        return rows
    }
}

extension Array {
    /// The first index whose element fails `belongsBefore` (the elements are partitioned).
    fileprivate func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
