import Foundation
import HuibaoModel

/// Today's date in the `TZ` time zone, Asia/Shanghai when `TZ` is unset (the default as-of date).
public enum Today {
    public static func day(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date())
        -> Day
    {
        var zone = TimeZone(identifier: "Asia/Shanghai")!
        if let name = environment["TZ"], !name.isEmpty {
            let trimmed = name.hasPrefix(":") ? String(name.dropFirst()) : name
            if let named = TimeZone(identifier: trimmed) {
                zone = named
            } else if let abbreviated = TimeZone(abbreviation: trimmed) {
                zone = abbreviated
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
