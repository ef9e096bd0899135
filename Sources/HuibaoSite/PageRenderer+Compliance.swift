import HuibaoModel

extension PageRenderer {
    /// Whether the site has a compliance page: project.yml names a roster or an expense ledger.
    var hasCompliance: Bool { figures.staffing != nil || figures.budget != nil }

    /// 履约情况: headcount against the staffing floor and spending against the budget rule.
    func compliancePage() -> OutputFile {
        let path = Routes.compliance
        var context: [String: Any] = [:]
        if let staffing = figures.staffing {
            var changes: [[String: Any]] = []
            var previous: Int?
            for (day, count) in staffing.daily where count != previous {
                changes.append(["date": day.isoText, "headcount": count, "short": count < staffing.minimum])
                previous = count
            }
            context["staffing"] =
                [
                    "minimum": staffing.minimum, "headcount": staffing.headcount, "status": staffing.status.rawValue,
                    "statusClass": staffing.status == .met
                        ? "complete" : staffing.status == .withinReplacement ? "behind" : "seriously-behind",
                    "replacementDays": content.project.staffing.replacementDays,
                    "chart": Charts.headcount(staffing), "changes": changes,
                    "shortfalls": staffing.shortfalls.map {
                        ["from": $0.from.isoText, "to": $0.to.isoText, "days": $0.days, "headcount": $0.headcount]
                    },
                    "hasShortfalls": !staffing.shortfalls.isEmpty,
                ] as [String: Any]
            if isTeam, let roster = content.roster {
                context["roster"] = roster.map { member -> [String: Any] in
                    var notes: [String] = []
                    if member.isReplacementNotFiled(periodStart: content.project.period.start) {
                        notes.append("未提前报甲方备案")
                    }
                    if member.isContractLate { notes.append("劳动合同未在入职时签订") }
                    return [
                        "name": member.name, "joined": member.joined.isoText, "left": member.left?.isoText ?? "",
                        "signed": member.contractSigned?.isoText ?? "", "filed": member.filed?.isoText ?? "",
                        "certificate": member.certificate, "notes": notes.joined(separator: "；"),
                    ]
                }
                context["hasRoster"] = true
                context["hasCertificates"] = roster.contains { !$0.certificate.isEmpty }
            }
        }
        if let budget = figures.budget {
            let items = Array(Set(budget.entries.map(\.item))).sorted()
            let months = Array(Set(budget.entries.map(\.date.month))).sorted()
            context["budget"] =
                [
                    "min": budget.staffShareMin.twoDecimalText, "total": Format.money(budget.totalSpent),
                    "totalText": budget.totalSpent.capitalized, "staff": Format.money(budget.staffSpent),
                    "staffText": budget.staffSpent.capitalized, "share": budget.staffShareText ?? "—",
                    "floor": Format.money(budget.floor), "floorText": budget.floor.capitalized,
                    "status": budget.status.rawValue,
                    "statusClass": budget.status == .met ? "complete" : "seriously-behind",
                    "months": months.map(\.chineseText),
                    "items": items.map { item -> [String: Any] in
                        let entries = budget.entries.filter { $0.item == item }
                        return [
                            "item": item, "staff": content.project.budget.staffItems.contains(item),
                            "cells": months.map { month in
                                Format.money(Money.sum(entries.filter { $0.date.month == month }.map(\.amount)))
                            },
                            "total": Format.money(Money.sum(entries.map(\.amount))),
                        ]
                    },
                ] as [String: Any]
        }
        return page(path, title: "履约情况", template: "compliance", section: "compliance", context)
    }
}
