import HuibaoModel

extension PageRenderer {
    /// Whether the site has the staff page: the team's site of a project that names a roster.
    var hasStaffPage: Bool { isTeam && staffRoster != nil }

    /// 人员活动 (`/staff/`, team only): every roster member, those who left included, with their
    /// dates in post and the write-ups naming them in each month up to the as-of date; a month
    /// in post with none is highlighted.
    func staffPage() -> OutputFile {
        let path = Routes.staff
        let records = staffRoster.map {
            StaffRecord.records(roster: $0, activities: activities, months: months, asOf: options.asOf)
        } ?? []
        let people = records.map { record -> [String: Any] in
            let terms = record.rows.map { row in
                "\(row.joined.isoText) 入职" + (row.left.map { "，\($0.isoText) 离职" } ?? "")
            }
            return [
                "name": record.name, "terms": terms.joined(separator: "；"),
                "cells": record.months.map { cell -> [String: Any] in
                    ["text": cell.inPost ? String(cell.writeUps) : "—", "missing": cell.isMissing]
                },
                "total": record.months.reduce(0) { $0 + $1.writeUps },
            ]
        }
        let context: [String: Any] = [
            "months": months.map { month -> [String: Any] in
                ["label": month.isoText, "href": Routes.month(month).link(from: path)]
            },
            "people": people, "hasPeople": !people.isEmpty,
        ]
        return page(path, title: "人员活动", template: "staff", section: "staff", context)
    }
}
