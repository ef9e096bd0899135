/// The status of an indicator at an as-of date, as the site shows it.
public enum IndicatorStatus: String, Sendable, Equatable {
    case complete = "已完成"
    case onTrack = "正常"
    case behind = "滞后"
    case seriouslyBehind = "严重滞后"
    case started = "已开展"
    case notStarted = "未开展"

    /// The Chinese word shown on the site and in `progress.json`.
    public var chineseName: String { rawValue }

    /// A stable ASCII name for CSS classes.
    public var cssName: String {
        switch self {
        case .complete: return "complete"
        case .onTrack: return "on-track"
        case .behind: return "behind"
        case .seriouslyBehind: return "seriously-behind"
        case .started: return "started"
        case .notStarted: return "not-started"
        }
    }
}
