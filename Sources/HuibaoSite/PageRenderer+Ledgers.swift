import HuibaoModel

extension PageRenderer {
    func ledgerPage(_ ledger: Ledger) -> OutputFile {
        let path = Routes.ledger(ledger.name)
        let users = content.indicators.filter {
            if case .ledger(let query) = $0.source { return query.ledger == ledger.name }
            return false
        }
        let rows = ledger.rows.map { row -> [String: Any] in
            [
                "anchor": Routes.ledgerRowAnchor(line: row.line), "line": row.line,
                "cells": ledger.header.indices.map { row[$0] },
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
}
