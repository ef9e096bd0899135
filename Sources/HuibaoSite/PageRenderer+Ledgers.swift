import HuibaoModel

extension PageRenderer {
    func ledgerPage(_ ledger: Ledger) -> OutputFile {
        let path = Routes.ledger(ledger.name)
        let users = content.indicators.filter {
            if case .ledger(let query) = $0.source { return query.ledger == ledger.name }
            return false
        }
        // Evidence columns (佐证列) of the indicators reading this ledger: their files linked on
        // the team's site, counted only elsewhere (file names are not published).
        let evidenceColumns = Set(
            users.flatMap { indicator -> [String] in
                if case .ledger(let query) = indicator.source { return query.materialColumns }
                return []
            }
            .compactMap(ledger.columnIndex))
        let filesByLine = evidenceColumns.isEmpty ? [:] : Self.materialFiles(of: ledger.name, in: content)
        let rows = ledger.rows.map { row -> [String: Any] in
            [
                "anchor": Routes.ledgerRowAnchor(line: row.line), "line": row.line,
                "cells": ledger.header.indices.map { column -> [String: Any] in
                    guard evidenceColumns.contains(column) else { return ["text": row[column]] }
                    return materialCell(
                        row[column], files: filesByLine[row.line]?.filter { $0.kind == ledger.header[column] }, from: path)
                },
            ]
        }
        let title = Format.ledgerTitle(ledger.name, in: content.project)
        return page(
            path, title: title, template: "ledger", section: "indicators",
            [
                // The source file's name only for the team (the public site shows no file names).
                "name": ledger.name, "title": title, "file": isTeam ? ledger.file : "", "header": ledger.header,
                "rows": rows, "rowCount": rows.count,
                "hasIndicators": !users.isEmpty,
                "indicators": users.map { ["name": $0.name, "href": Routes.indicator($0.id).link(from: path)] },
            ])
    }

    /// The evidence files each row of a ledger names, by line, as the indicators' queries read
    /// them (each file once per row).
    static func materialFiles(of ledger: String, in content: SiteContent) -> [Int: [MaterialFile]] {
        var byLine: [Int: [MaterialFile]] = [:]
        for entries in content.ledgerEntries.values {
            for entry in entries where entry.ledger == ledger && !entry.materials.isEmpty {
                for file in entry.materials where !(byLine[entry.line]?.contains(file) ?? false) {
                    byLine[entry.line, default: []].append(file)
                }
            }
        }
        return byLine
    }

    /// An evidence cell of a ledger page: on the team's site each file linked to its copy under
    /// `materials/` (a missing one named, marked 文件缺失); elsewhere only how many files there
    /// are (`1 份`), never their names. `files` is nil for a row no indicator reads.
    func materialCell(_ text: String, files: [MaterialFile]?, from path: SitePath) -> [String: Any] {
        let named = text.split(whereSeparator: { "；;、,，".contains($0) }).count { $0.contains { !$0.isWhitespace } }
        guard isTeam else {
            let count = files.map { $0.count(where: \.exists) } ?? named
            return ["text": count == 0 ? "" : "\(count) 份"]
        }
        guard let files, !files.isEmpty else { return ["text": text] }
        return [
            "text": text,
            "files": files.map { file -> [String: Any] in
                let name = String(file.path.split(separator: "/").last ?? "")
                return [
                    "name": name, "href": file.exists ? Routes.materialLink(file.path, from: path) : "",
                    "absent": !file.exists,
                ]
            },
        ]
    }
}
