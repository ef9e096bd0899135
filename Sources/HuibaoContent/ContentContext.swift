import HuibaoModel

/// What documents are read against: the project's settings, the indicator attachment and
/// the files present under `Content/`.
struct ContentContext {
    var project: Project?
    var categoryNames: [String]
    var indicatorsByID: [String: Indicator]
    var indicatorsByName: [String: Indicator]
    /// Indicator names in the order of indicators.yml, for the list in a hint.
    var indicatorNames: [String]
    var body: BodyRenderer

    init(project: Project?, categories: [IndicatorCategory], contentFiles: ContentPaths, linksOutside: Set<String> = [])
    {
        self.project = project
        categoryNames = categories.map(\.name)
        let indicators = categories.flatMap(\.indicators)
        indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByName = Dictionary(indicators.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorNames = indicators.map(\.name)
        body = BodyRenderer(
            unsafeHTML: project?.unsafeHTML ?? false, contentFiles: contentFiles, linksOutside: linksOutside)
    }

    /// The indicator a write-up names by id or by name.
    func indicator(named key: String) -> Indicator? { indicatorsByID[key] ?? indicatorsByName[key] }

    /// The hint for an unknown indicator: the closest id or name, one that contains what was
    /// written, or the list of names (`NameSuggestion`).
    func indicatorHint(for key: String) -> String {
        NameSuggestion.hint(
            for: key, in: Array(indicatorsByID.keys).sorted() + Array(indicatorsByName.keys).sorted(),
            listing: indicatorNames)
    }

    /// Warns when a dated item lies outside the service period (it never counts).
    func checkPeriod(_ day: Day, what: String, at position: SourcePosition, into reader: inout FieldReader) {
        guard let period = project?.period, !period.contains(day) else { return }
        reader.warning(
            "date.outside-period",
            "\(what)日期 \(day.isoText) 不在服务期限（\(period.start.isoText) 至 \(period.end.isoText)）内，不计入进度",
            at: position)
    }
}
