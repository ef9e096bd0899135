import HuibaoModel

extension Format {
    /// The staffing status with its reason: “人员配备不达标：缺员 13 天（…），超过允许的 7 天（现有 10/10 人）”.
    /// The headcount alone reads as a contradiction when the team is full again today.
    static func staffingStatus(_ staffing: StaffingFigures, replacementDays: Int) -> String {
        let now = "\(staffing.headcount)/\(staffing.minimum) 人"
        let reason = staffingReason(staffing, replacementDays: replacementDays)
        return reason.isEmpty
            ? "人员配备\(staffing.status.rawValue)（\(now)）"
            : "人员配备\(staffing.status.rawValue)：\(reason)（现有 \(now)）"
    }

    /// Why staffing is not 达标: the longest run below the minimum against the days allowed;
    /// empty when it is 达标.
    static func staffingReason(_ staffing: StaffingFigures, replacementDays: Int) -> String {
        guard staffing.status != .met, let longest = staffing.shortfalls.max(by: { $0.days < $1.days }) else {
            return ""
        }
        let run = "缺员 \(longest.days) 天（\(longest.from.isoText) 至 \(longest.to.isoText)）"
        return staffing.status == .notMet
            ? "\(run)，超过允许的 \(replacementDays) 天" : "\(run)，未超过允许的 \(replacementDays) 天"
    }
}
