/// A mobile or ID number in a name that becomes part of a path: a write-up's address (from
/// its file name or `slug`), an image's file name, a ledger's or a category's name. A path
/// cannot be masked in place (links and files would no longer meet), so such a number is an
/// error for a public build or a report and a warning everywhere else.
public struct PersonalDataInName: Sendable, Equatable {
    /// The match, found in `name`.
    public var match: PersonalDataMatch
    /// The name as it becomes part of a path (`assets/张三13800138000.svg`).
    public var name: String
    /// What the name is, in Chinese, with the name itself: `图片文件名“assets/张三13800138000.svg”`.
    public var what: String
    /// Where to fix it: the write-up or file that holds the name.
    public var position: SourcePosition
    /// How to fix it, in Chinese.
    public var fix: String
}

extension PersonalData {
    /// Every number in a name that becomes part of a path of a public build or a report:
    /// the addresses and images of the write-ups (not drafts, not internal) and articles
    /// (submitted) they show, the category names and indicator ids, the ledgers they have
    /// pages for (`privateLedgers` have none). The team's site shows the same names (and
    /// those of internal write-ups and drafts, which never go further) as written.
    public static func inNames(_ content: SiteContent, prefix: String = "Content/") -> [PersonalDataInName] {
        var result: [PersonalDataInName] = []
        var seen: Set<String> = []  // "file\u{0}name": one finding per name and file
        func add(_ name: String, what: String, at position: SourcePosition, fix: String) {
            guard mayContainMatch(name), seen.insert(position.file + "\u{0}" + name).inserted else { return }
            // A slug's spaces became dashes (`138 - 0013` → `138---0013`): read dashes as spaces,
            // one ASCII byte for another, so the match's range is the same in `name`.
            let spaced = String(decoding: name.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            for var match in matches(in: spaced) {
                let start = spaced.utf8.distance(from: spaced.startIndex, to: match.range.lowerBound)
                let end = spaced.utf8.distance(from: spaced.startIndex, to: match.range.upperBound)
                let lower = name.utf8.index(name.startIndex, offsetBy: start)
                let upper = name.utf8.index(name.startIndex, offsetBy: end)
                match.range = lower..<upper
                match.text = String(name[lower..<upper])
                result.append(PersonalDataInName(match: match, name: name, what: what, position: position, fix: fix))
            }
        }
        let renameWriteUp = "请改文件名（或在“网址”中另写一个不含号码的网址）"
        let renameImage = "请把文件改名（去掉号码），并改正引用它的地方"
        for activity in content.activities where !activity.isDraft && !activity.isInternal {
            let position = SourcePosition(file: activity.file)
            add("activities/" + activity.slug, what: "活动记录的网址“activities/\(activity.slug)/”", at: position, fix: renameWriteUp)
            for path in activity.body.media {
                add(path, what: "图片文件名“\(path)”", at: position, fix: renameImage)
            }
        }
        for article in content.articles where article.status.isSubmitted {
            let position = SourcePosition(file: article.file)
            add("articles/" + article.slug, what: "稿件的网址“articles/\(article.slug)/”", at: position, fix: renameWriteUp)
            for path in article.body.media {
                add(path, what: "图片文件名“\(path)”", at: position, fix: renameImage)
            }
        }
        for note in content.monthNotesInOrder {
            for path in note.media {
                add(path, what: "图片文件名“\(path)”", at: SourcePosition(file: note.file), fix: renameImage)
            }
        }
        let indicatorsFile = SourcePosition(file: prefix + "indicators.yml")
        for category in content.categories {
            add(category.name, what: "服务类别名称“\(category.name)”", at: indicatorsFile, fix: "请改服务类别名称（去掉号码）")
            for indicator in category.indicators {
                add(indicator.id, what: "指标编号“\(indicator.id)”", at: indicatorsFile, fix: "请改指标编号（去掉号码）")
            }
        }
        let hidden = content.privateLedgers
        for (name, ledger) in content.ledgers.sorted(by: { $0.key < $1.key }) where !hidden.contains(name) {
            add(name, what: "台账文件名“\(ledger.file)”", at: SourcePosition(file: ledger.file), fix: renameImage)
        }
        return result
    }

    /// The diagnostic for a number in a name: a warning as `check` and the team's site see
    /// it, or the error that stops a public build (`refused`: 公开版) or a report (评估报告).
    public static func diagnostic(_ finding: PersonalDataInName, refused: String? = nil) -> Diagnostic {
        let number = "\(describe(finding.match.kind))“\(finding.match.text)”"
        if let refused {
            return .error(
                "personal-data.name",
                "\(finding.what)中有\(number)：文件名和网址无法遮盖，所以不生成\(refused)；\(finding.fix)",
                at: finding.position)
        }
        return .warning(
            "personal-data.name",
            "\(finding.what)中有\(number)：团队网站照原样显示；文件名和网址无法遮盖，生成公开版和评估报告时会报错；\(finding.fix)",
            at: finding.position)
    }
}
