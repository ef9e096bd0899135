import HuibaoModel

/// What goes into the evaluation archive (documents.md "The archive"), as files relative to
/// its one top folder: the index (HTML and CSV), the report, one folder per section with its
/// units' evidence named date-title-kind and the ledger rows that counted, 人员与经费/. Pure:
/// evidence files are `.copy` bodies; `SHA256SUMS` is added by the writer, which reads them.
public struct ArchiveLayout: Sendable {
    /// `<项目名称>-<评估名称>-档案`, cleaned.
    public var top: String
    /// Every folder below the top, empty ones included (paths relative to the top).
    public var folders: [String]
    /// Every file but `SHA256SUMS` (paths relative to the top).
    public var files: [OutputFile]
    /// The files in each section's folder, by section id (paths relative to the top), for
    /// the report's links.
    public var sectionFiles: [String: [String]] = [:]

    /// The layout with the report's bytes put in (rendered once the files are known).
    public func withReport(_ bytes: [UInt8]) -> ArchiveLayout {
        var layout = self
        layout.files = files.map { $0.path == Self.report ? OutputFile(path: Self.report, body: .bytes(bytes)) : $0 }
        return layout
    }

    public static let indexHTML = "00-目录.html"
    public static let indexCSV = "00-目录.csv"
    public static let report = "01-自评报告.html"
    public static let staffAndBudget = "人员与经费"
    public static let checksums = "SHA256SUMS"

    /// The top folder's name for `project` and `evaluation`.
    public static func top(_ project: Project, _ evaluation: Evaluation) -> String {
        ArchiveName.clean(project.name + "-" + evaluation.name + "-档案")
    }

    /// The layout of `sections` at `asOf`, with the report's HTML.
    /// - Parameter byIndicator: true without a scoring scheme (the index then says 指标).
    public init(
        content: SiteContent, evaluation: Evaluation, asOf: Day, sections: [ArchiveSection], report: [UInt8],
        byIndicator: Bool = true
    ) {
        let project = content.project
        let keep = project.publicPhones
        func masked(_ text: String) -> String { PersonalData.mask(text, keeping: keep) }
        top = Self.top(project, evaluation)
        var folders: [String] = []
        var files: [OutputFile] = []
        var placed: [PlacedSection] = []
        // Top-level names: the fixed ones, then each section's folder (two sections whose
        // names clean to the same folder get （2）, （3）, …).
        var topNames: Set<String> = [Self.indexHTML, Self.indexCSV, Self.report, Self.staffAndBudget, Self.checksums]
        for section in sections {
            var folder = section.folder
            if topNames.contains(folder) {
                var index = 2
                while topNames.contains(ArchiveName.clean(section.folder, suffix: "（\(index)）")) { index += 1 }
                folder = ArchiveName.clean(section.folder, suffix: "（\(index)）")
            }
            topNames.insert(folder)
            folders.append(folder)
            var names = Set<String>()
            func unique(_ name: String) -> String {
                guard names.contains(name) else {
                    names.insert(name)
                    return name
                }
                // The number goes into the kept suffix, so cutting a long name never drops it.
                let (stem, suffix) = Self.split(name)
                var index = 2
                while names.contains(ArchiveName.clean(stem, suffix: "（\(index)）" + suffix)) { index += 1 }
                let renamed = ArchiveName.clean(stem, suffix: "（\(index)）" + suffix)
                names.insert(renamed)
                return renamed
            }
            // The ledger rows that counted, one CSV per ledger, in ledger order.
            var ledgerFiles: [String: String] = [:]
            var rowsByLedger: [String: [Int]] = [:]
            var ledgerOrder: [String] = []
            for unit in section.units {
                guard case .ledgerRow(let ledger, let line) = unit.kind else { continue }
                if rowsByLedger[ledger] == nil { ledgerOrder.append(ledger) }
                rowsByLedger[ledger, default: []].append(line)
            }
            for ledger in ledgerOrder {
                guard let table = content.ledgers[ledger] else { continue }
                let title = project.ledgerTitles[ledger] ?? ledger
                let name = unique(ArchiveName.clean("台账-" + masked(title), suffix: ".csv"))
                ledgerFiles[ledger] = folder + "/" + name
                let lines = Set(rowsByLedger[ledger] ?? [])
                let rows = table.rows.filter { lines.contains($0.line) }.map { $0.cells.map(masked) }
                files.append(OutputFile(path: folder + "/" + name, body: .bytes(Self.csv([table.header] + rows))))
            }
            // The item's own files: its materials (named by kind), the roster or expense rows.
            var extras: [(kind: String, path: String)] = []
            var kindCounts: [String: Int] = [:]
            for material in section.materials { kindCounts[material.kind, default: 0] += 1 }
            var kindNumbers: [String: Int] = [:]
            for material in section.materials {
                var stem = material.kind
                if (kindCounts[material.kind] ?? 0) > 1 {
                    kindNumbers[material.kind, default: 0] += 1
                    stem += "-\(kindNumbers[material.kind]!)"
                }
                let name = unique(ArchiveName.clean(stem, suffix: Self.extensionOf(material.contentPath)))
                files.append(OutputFile(path: folder + "/" + name, body: .copy(contentPath: material.contentPath)))
                extras.append((material.kind, folder + "/" + name))
            }
            for (holds, file, kind) in [
                (section.holdsRoster, Self.rosterFile(content, asOf: asOf), "人员台账"),
                (section.holdsExpenses, Self.expensesFile(content, asOf: asOf), "经费台账"),
            ] where holds {
                guard let file else { continue }
                let name = unique(file.name)
                files.append(OutputFile(path: folder + "/" + name, body: .bytes(file.bytes)))
                extras.append((kind, folder + "/" + name))
            }
            var placedUnits: [PlacedUnit] = []
            for unit in section.units {
                var links: [(kind: String, path: String)] = []
                var seen: [String: Int] = [:]
                for material in unit.materials { seen[material.kind, default: 0] += 1 }
                var numbered: [String: Int] = [:]
                for material in unit.materials {
                    var stem = unit.date.isoText + "-" + masked(unit.title) + "-" + material.kind
                    if (seen[material.kind] ?? 0) > 1 {
                        numbered[material.kind, default: 0] += 1
                        stem += "-\(numbered[material.kind]!)"
                    }
                    let name = unique(ArchiveName.clean(stem, suffix: Self.extensionOf(material.contentPath)))
                    files.append(OutputFile(path: folder + "/" + name, body: .copy(contentPath: material.contentPath)))
                    links.append((material.kind, folder + "/" + name))
                }
                if case .ledgerRow(let ledger, _) = unit.kind, let file = ledgerFiles[ledger] {
                    links.append(("台账", file))
                }
                placedUnits.append(PlacedUnit(unit: unit, title: masked(unit.title), links: links))
            }
            placed.append(PlacedSection(section: section, folder: folder, units: placedUnits, extras: extras))
            sectionFiles[section.id] = files.map(\.path).filter { $0.hasPrefix(folder + "/") }
        }
        // 人员与经费: the roster and the expense rows up to the as-of date (evaluator audience:
        // names shown, numbers masked).
        var staffFiles: [String] = []
        let roster = Self.rosterFile(content, asOf: asOf)
        let expenses = Self.expensesFile(content, asOf: asOf)
        if let roster {
            files.append(OutputFile(path: Self.staffAndBudget + "/" + roster.name, body: .bytes(roster.bytes)))
            staffFiles.append(Self.staffAndBudget + "/" + roster.name)
        }
        if var expenses {
            if expenses.name == roster?.name { expenses.name = ArchiveName.clean("经费支出", suffix: ".csv") }
            files.append(OutputFile(path: Self.staffAndBudget + "/" + expenses.name, body: .bytes(expenses.bytes)))
            staffFiles.append(Self.staffAndBudget + "/" + expenses.name)
        }
        if !staffFiles.isEmpty || content.roster != nil || content.expenses != nil { folders.append(Self.staffAndBudget) }
        let index = ArchiveIndex(
            project: project, evaluation: evaluation, asOf: asOf, sections: placed, staffFiles: staffFiles,
            byIndicator: byIndicator)
        files.append(OutputFile(path: Self.indexHTML, text: masked(index.html())))
        files.append(OutputFile(path: Self.indexCSV, body: .bytes(Self.csv(index.csvRows().map { $0.map(masked) }))))
        files.append(OutputFile(path: Self.report, body: .bytes(report)))
        self.folders = folders
        self.files = files
    }

    /// The roster as the evaluators see it (rows joined by `asOf`), named by its ledger title.
    static func rosterFile(_ content: SiteContent, asOf: Day) -> (name: String, bytes: [UInt8])? {
        guard let roster = content.roster, let ledger = content.project.staffing.ledger else { return nil }
        let keep = content.project.publicPhones
        let members = roster.filter { $0.joined <= asOf }
        // 社工证 only when the roster has that column filled in somewhere.
        let certificates = roster.contains { !$0.certificate.isEmpty }
        let rows = members.map { member in
            ([
                member.name, member.joined.isoText, member.left?.isoText ?? "", member.contractSigned?.isoText ?? "",
                member.filed?.isoText ?? "",
            ] + (certificates ? [member.certificate] : [])).map { PersonalData.mask($0, keeping: keep) }
        }
        return (
            ArchiveName.clean(content.project.ledgerTitle(ledger), suffix: ".csv"),
            csv([["姓名", "入职日期", "离职日期", "劳动合同签订日期", "备案日期"] + (certificates ? ["社工证"] : [])] + rows)
        )
    }

    /// The expense rows dated on or before `asOf`, named by the ledger's title.
    static func expensesFile(_ content: SiteContent, asOf: Day) -> (name: String, bytes: [UInt8])? {
        guard let expenses = content.expenses, let ledger = content.project.budget.ledger else { return nil }
        let keep = content.project.publicPhones
        let rows = expenses.filter { $0.date <= asOf }.map { expense in
            [expense.date.isoText, expense.item, expense.amount.description, expense.note].map {
                PersonalData.mask($0, keeping: keep)
            }
        }
        return (
            ArchiveName.clean(content.project.ledgerTitle(ledger), suffix: ".csv"),
            csv([["日期", "科目", "金额", "摘要"]] + rows)
        )
    }

    /// A CSV as huibao writes them: UTF-8 with a BOM, CRLF, every cell text, defused.
    static func csv(_ rows: [[String]]) -> [UInt8] {
        let text = rows.map { $0.map { CSVCell.text($0).field }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// `.jpg` of `assets/签到表.JPG`'s last segment (as written; empty without one).
    static func extensionOf(_ contentPath: String) -> String {
        let last = contentPath.split(separator: "/").last.map(String.init) ?? contentPath
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        let ext = last[dot...]
        return ext.count <= 12 ? String(ext) : ""
    }

    /// A name split before its extension.
    static func split(_ name: String) -> (stem: String, suffix: String) {
        let suffix = extensionOf(name)
        return (String(name.dropLast(suffix.count)), suffix)
    }
}

/// A section with its folder and the archive paths of its units' files.
struct PlacedSection {
    var section: ArchiveSection
    var folder: String
    var units: [PlacedUnit]
    /// The section's own files (materials, roster, expenses), by kind.
    var extras: [(kind: String, path: String)] = []
}

/// A unit with its title as shown and its files' paths in the archive, by kind.
struct PlacedUnit {
    var unit: ArchiveUnit
    var title: String
    var links: [(kind: String, path: String)]
}
