import HuibaoModel

/// Names that become one segment of a page's path (category names, evaluation ids, ledger
/// names): a name that cannot be a segment, or whose page would land on another's, is an
/// error at the name (attack review findings 1 and 13).
struct PathNameCheck {
    /// What the names are, for messages (`服务类别名称`, `评估编号`, `台账名称`).
    let what: String
    /// The output file of each name's page, as `Routes` makes it.
    let route: (String) -> SitePath
    /// Names refused whatever they are (`index` for reports: the reports index page).
    var reserved: [String: String] = [:]
    private var seen: [String: (name: String, position: SourcePosition)] = [:]

    init(what: String, route: @escaping (String) -> SitePath, reserved: [String: String] = [:]) {
        self.what = what
        self.route = route
        self.reserved = reserved
    }

    /// True when `name` can be used; else reports why at `position` and returns false.
    mutating func check(_ name: String, at position: SourcePosition, into reader: inout FieldReader) -> Bool {
        if let problem = Slug.segmentProblem(name) {
            reader.error(
                "name.path", "\(what)“\(name)”不能用作网址：\(problem.message)；请改一个名字", at: position)
            return false
        }
        if let why = reserved[name] {
            reader.error("name.reserved", "\(what)不能是“\(name)”：\(why)；请改一个名字", at: position)
            return false
        }
        let file = route(name).outputFile
        if let earlier = seen[file], earlier.name != name {
            reader.error(
                "name.same-path",
                "\(what)“\(name)”和第 \(earlier.position.line) 行的“\(earlier.name)”会生成同一个网址 \(route(name).url)（网址中去掉了 # ? % \\ \" 和控制字符，空格变成“-”）；请改其中一个",
                at: position)
            return false
        }
        if seen[file] == nil { seen[file] = (name, position) }
        return true
    }
}
