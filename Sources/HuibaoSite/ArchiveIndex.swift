import HuibaoModel

/// The archive's index, `00-目录.html` and `00-目录.csv`: per section, each counted unit with
/// its evidence files linked (files, never folders) and the kinds it lacks in red.
struct ArchiveIndex {
    var project: Project
    var evaluation: Evaluation
    var asOf: Day
    var sections: [PlacedSection]
    var staffFiles: [String]
    var byIndicator: Bool

    /// An href to a file of the archive from its top: each segment percent-encoded.
    static func href(_ path: String) -> String {
        path.split(separator: "/").map { SitePath.percentEncode(String($0)) }.joined(separator: "/")
    }

    static func link(_ path: String, _ text: String) -> String {
        "<a href=\"\(href(path))\">\(HTMLEscaping.escape(text))</a>"
    }

    static func kindName(_ kind: ArchiveUnit.Kind) -> String {
        switch kind {
        case .activity(let hidden): return hidden ? "内部记录" : "活动记录"
        case .article: return "宣传稿件"
        case .ledgerRow: return "台账记录"
        }
    }

    func html() -> String {
        let e: (String) -> String = { HTMLEscaping.escape($0) }
        let title = "\(project.name) \(evaluation.name)档案"
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))目录</title>
            <style>
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;line-height:1.6;color:#1a1a1a}
            table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
            th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}
            .missing{color:#b00020;font-weight:bold}
            .note{color:#555}
            h2{margin-top:1.5em;border-bottom:2px solid #ddd}
            </style>
            </head>
            <body>
            <h1>\(e(title))目录</h1>
            <p>统计截至 \(e(asOf.chineseText))。\(e(evaluation.name))日期：\(e(evaluation.date.chineseText))。</p>
            <p class="missing">本档案含个人信息（签到表、人员名册等），仅供评估查阅，不得公开或转发。</p>
            <ul>
            <li>\(Self.link(ArchiveLayout.report, "自评报告"))</li>
            <li>\(Self.link(ArchiveLayout.indexCSV, "本目录（表格）"))</li>

            """
        for file in staffFiles {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            out += "<li>\(e(ArchiveLayout.staffAndBudget))：\(Self.link(file, name))</li>\n"
        }
        out += "</ul>\n"
        for placed in sections {
            let section = placed.section
            out += "<h2>\(e(section.id)) \(e(section.name))</h2>\n"
            out += "<p class=\"note\">文件夹：\(e(placed.folder))/</p>\n"
            if !placed.extras.isEmpty {
                let links = placed.extras.map { "\(e($0.kind))：" + Self.link($0.path, Self.fileName($0.path)) }
                out += "<p>本项材料：\(links.joined(separator: "；"))</p>\n"
            }
            guard !placed.units.isEmpty else {
                out += "<p>截至 \(e(asOf.chineseText)) 没有计入的记录。</p>\n"
                continue
            }
            out += "<table>\n<thead><tr><th>日期</th><th>记录</th><th>类型</th><th>佐证材料</th></tr></thead>\n<tbody>\n"
            for unit in placed.units {
                var cells = unit.links.map { "\(e($0.kind))：" + Self.link($0.path, Self.fileName($0.path)) }
                if !unit.unit.missing.isEmpty {
                    cells.append("<span class=\"missing\">缺：\(e(unit.unit.missing.joined(separator: "、")))</span>")
                }
                if cells.isEmpty { cells.append("—") }
                out += "<tr><td>\(unit.unit.date.isoText)</td><td>\(e(unit.title))</td>"
                out += "<td>\(Self.kindName(unit.unit.kind))</td><td>\(cells.joined(separator: "<br>"))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<p class=\"note\">本目录由 huibao 根据项目资料生成；SHA256SUMS 列出每个文件的校验值（sha256sum -c SHA256SUMS）。</p>\n"
        out += "</body>\n</html>\n"
        return out
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The index as a table: 指标 (or 评分项), 记录, 日期, 材料类型, 文件, 状态 — one row per
    /// file, one per missing kind (缺), one for a unit with neither.
    func csvRows() -> [[String]] {
        var rows = [[byIndicator ? "指标" : "评分项", "记录", "日期", "材料类型", "文件", "状态"]]
        for placed in sections {
            let item = placed.section.id + " " + placed.section.name
            for extra in placed.extras { rows.append([item, "（本项材料）", "", extra.kind, extra.path, "有"]) }
            for unit in placed.units {
                let date = unit.unit.date.isoText
                for link in unit.links { rows.append([item, unit.title, date, link.kind, link.path, "有"]) }
                for kind in unit.unit.missing { rows.append([item, unit.title, date, kind, "", "缺"]) }
                if unit.links.isEmpty && unit.unit.missing.isEmpty {
                    rows.append([item, unit.title, date, "", "", "无材料要求"])
                }
            }
        }
        return rows
    }
}
