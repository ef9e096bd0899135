import HuibaoModel

/// A workbook (.xlsx) of typed sheets, written as the minimal SpreadsheetML parts Excel, WPS
/// and LibreOffice open without repair: workbook, sheets, styles, shared strings and the
/// document properties, no theme. The same sheets, title and day give the same bytes.
public struct XlsxWorkbook: Sendable, Equatable {
    public var title: String
    public var sheets: [XlsxSheet]

    public init(title: String, sheets: [XlsxSheet]) {
        self.title = title
        self.sheets = sheets
    }

    /// The workbook with `transform` applied to every text (title, headers, text cells):
    /// the masking of personal data outside the team.
    public func mappingTexts(_ transform: (String) -> String) -> XlsxWorkbook {
        XlsxWorkbook(title: transform(title), sheets: sheets.map { $0.mappingTexts(transform) })
    }

    /// The file's bytes, its creation date (and every zip entry's) `day`.
    public func bytes(day: Day) throws(OfficePackage.Failure) -> [UInt8] {
        try package(day: day).zipped(day: day)
    }

    enum ContentType {
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        static let sharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        static let core = "application/vnd.openxmlformats-package.core-properties+xml"
        static let app = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The package's parts.
    public func package(day: Day) -> OfficePackage {
        var package = OfficePackage()
        package.relationships.add(type: Relationships.Kind.officeDocument, target: "xl/workbook.xml")
        package.relationships.add(type: Relationships.Kind.coreProperties, target: "docProps/core.xml")
        package.relationships.add(type: Relationships.Kind.extendedProperties, target: "docProps/app.xml")
        let names = XlsxSheetName.valid(sheets.map(\.name))
        var strings = XlsxSharedStrings()
        var workbookRelationships = Relationships()
        for (index, sheet) in sheets.enumerated() {
            let path = "worksheets/sheet\(index + 1).xml"
            workbookRelationships.add(type: Relationships.Kind.worksheet, target: path)
            package.add(
                "xl/" + path, contentType: ContentType.worksheet, bytes: Self.sheetXML(sheet, strings: &strings))
        }
        workbookRelationships.add(type: Relationships.Kind.styles, target: "styles.xml")
        workbookRelationships.add(type: Relationships.Kind.sharedStrings, target: "sharedStrings.xml")
        package.add("xl/workbook.xml", contentType: ContentType.workbook, bytes: Self.workbookXML(names))
        package.add(
            "xl/_rels/workbook.xml.rels", contentType: "application/vnd.openxmlformats-package.relationships+xml",
            bytes: workbookRelationships.xml)
        package.add("xl/styles.xml", contentType: ContentType.styles, bytes: XlsxStyles.xml)
        package.add("xl/sharedStrings.xml", contentType: ContentType.sharedStrings, bytes: strings.xml)
        package.add(
            "docProps/core.xml", contentType: ContentType.core, bytes: XlsxProperties.core(title: title, day: day))
        package.add("docProps/app.xml", contentType: ContentType.app, bytes: XlsxProperties.app(sheetNames: names))
        return package
    }

    static func workbookXML(_ names: [String]) -> [UInt8] {
        var writer = XMLWriter()
        writer.open("workbook", [("xmlns", main), ("xmlns:r", officeRelationships)])
        writer.raw("<bookViews><workbookView activeTab=\"0\"/></bookViews>")
        writer.open("sheets")
        for (index, name) in names.enumerated() {
            writer.empty("sheet", [("name", name), ("sheetId", String(index + 1)), ("r:id", "rId\(index + 1)")])
        }
        writer.close("sheets")
        // The header row printed at the top of every page.
        if !names.isEmpty {
            writer.open("definedNames")
            for (index, name) in names.enumerated() {
                writer.element(
                    "definedName", [("name", "_xlnm.Print_Titles"), ("localSheetId", String(index))],
                    text: "'" + name.replacingOccurrences(of: "'", with: "''") + "'!$1:$1")
            }
            writer.close("definedNames")
        }
        writer.close("workbook")
        return writer.bytes
    }

    /// A worksheet: dimension, the frozen header pane, column widths, the rows.
    static func sheetXML(_ sheet: XlsxSheet, strings: inout XlsxSharedStrings) -> [UInt8] {
        var writer = XMLWriter()
        writer.open("worksheet", [("xmlns", main), ("xmlns:r", officeRelationships)])
        // Printed on A4 landscape, all columns fitted to the page's width.
        writer.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        let columns = max(sheet.columnCount, 1)
        let lastRow = sheet.rows.count + 1
        writer.empty("dimension", [("ref", "A1:" + XlsxReference.cell(column: columns - 1, row: lastRow))])
        writer.open("sheetViews")
        writer.open("sheetView", [("workbookViewId", "0")])
        writer.empty(
            "pane", [("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen")])
        writer.empty("selection", [("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2")])
        writer.close("sheetView")
        writer.close("sheetViews")
        writer.empty("sheetFormatPr", [("defaultRowHeight", "15")])
        let widths = XlsxColumnWidth.widths(sheet)
        if !widths.isEmpty {
            writer.open("cols")
            for (index, width) in widths.enumerated() {
                writer.empty(
                    "col",
                    [
                        ("min", String(index + 1)), ("max", String(index + 1)), ("width", String(width)),
                        ("customWidth", "1"),
                    ])
            }
            writer.close("cols")
        }
        writer.open("sheetData")
        writeRow(
            XlsxSheet.Row(sheet.header.map(XlsxCell.text), bold: true), number: 1, wrapped: [], into: &writer,
            strings: &strings)
        for (index, row) in sheet.rows.enumerated() {
            writeRow(
                row, number: index + 2, wrapped: sheet.wrapped,
                height: XlsxColumnWidth.height(row, wrapped: sheet.wrapped, widths: widths), into: &writer,
                strings: &strings)
        }
        writer.close("sheetData")
        writer.empty(
            "pageMargins",
            [
                ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.7"), ("header", "0.3"),
                ("footer", "0.3"),
            ])
        writer.empty(
            "pageSetup", [("paperSize", "9"), ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0")])
        writer.open("headerFooter")
        writer.element("oddFooter", text: "&C第 &P 页 共 &N 页")
        writer.close("headerFooter")
        writer.close("worksheet")
        return writer.bytes
    }

    static func writeRow(
        _ row: XlsxSheet.Row, number: Int, wrapped: Set<Int>, height: Int? = nil, into writer: inout XMLWriter,
        strings: inout XlsxSharedStrings
    ) {
        var rowAttributes = [("r", String(number))]
        if let height { rowAttributes += [("ht", String(height)), ("customHeight", "1")] }
        writer.open("row", rowAttributes)
        for (column, cell) in row.cells.enumerated() {
            let reference = XlsxReference.cell(column: column, row: number)
            let style = XlsxStyles.index(cell.format, bold: row.bold, wrap: wrapped.contains(column))
            var attributes = [("r", reference)]
            if style != 0 { attributes.append(("s", String(style))) }
            switch cell {
            case .empty, .text(""):
                continue
            case .text(let text):
                writer.open("c", attributes + [("t", "s")])
                writer.element("v", text: String(strings.index(text)))
            case .number(let text):
                if let value = XlsxNumber.value(text) {
                    writer.open("c", attributes)
                    writer.element("v", text: value)
                } else {
                    writer.open("c", attributes + [("t", "s")])
                    writer.element("v", text: String(strings.index(text)))
                }
            case .money(let money):
                writer.open("c", attributes)
                writer.element("v", text: money.decimalString)
            case .score(let score):
                writer.open("c", attributes)
                writer.element("v", text: score.text)
            case .percent(let percent):
                writer.open("c", attributes)
                writer.element("v", text: XlsxNumber.fraction(percent))
            case .date(let day):
                if let serial = XlsxNumber.serial(day) {
                    writer.open("c", attributes)
                    writer.element("v", text: String(serial))
                } else {
                    writer.open("c", attributes + [("t", "s")])
                    writer.element("v", text: String(strings.index(day.isoText)))
                }
            case .boolean(let value):
                writer.open("c", attributes + [("t", "b")])
                writer.element("v", text: value ? "1" : "0")
            }
            writer.close("c")
        }
        writer.close("row")
    }
}

/// A1-style references: column 0 is `A`, 26 is `AA`.
enum XlsxReference {
    static func column(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    static func cell(column: Int, row: Int) -> String { Self.column(column) + String(row) }
}

/// The shared-strings table: each distinct text once, indexed in the order first used (what
/// Excel itself writes, so every reader handles it; repeated names and statuses are stored once).
struct XlsxSharedStrings {
    private var indexes: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    /// The most characters (UTF-16 units) a cell holds: Excel asks to repair a file with more.
    static let cellLimit = 32_767

    mutating func index(_ text: String) -> Int {
        let text = Self.fitted(text)
        uses += 1
        if let index = indexes[text] { return index }
        indexes[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// `text` cut to `cellLimit` UTF-16 units (on a character boundary), ending in "…" when cut.
    static func fitted(_ text: String) -> String {
        guard text.utf16.count > cellLimit else { return text }
        var result = ""
        var units = 0
        for character in text {
            let size = character.utf16.count
            if units + size > cellLimit - 1 { break }
            result.append(character)
            units += size
        }
        return result + "…"
    }

    var xml: [UInt8] {
        var writer = XMLWriter()
        writer.open(
            "sst", [("xmlns", XlsxWorkbook.main), ("count", String(uses)), ("uniqueCount", String(texts.count))])
        for text in texts {
            writer.open("si")
            let padded = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
            writer.element("t", padded ? [("xml:space", "preserve")] : [], text: text)
            writer.close("si")
        }
        writer.close("sst")
        return writer.bytes
    }
}
