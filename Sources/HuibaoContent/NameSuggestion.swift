import HuibaoModel

/// The hint after "X 不在 indicators.yml 中": a near miss (`关爱服物` → 关爱服务), a name that
/// contains what was written or is contained in it (`维权` → 维权服务, `法律咨询` →
/// 职工法律咨询进企业), or else the valid names themselves, so the writer never has to guess.
enum NameSuggestion {
    /// `；是不是“X”？`, `；是不是“X”或“Y”？` or `；可以用：A、B、C`; empty when there are no names.
    /// - Parameters:
    ///   - written: what the user wrote.
    ///   - candidates: every accepted spelling (ids and names), for near misses and containment.
    ///   - listed: the names to list when nothing is close (defaults to `candidates`).
    static func hint(for written: String, in candidates: [String], listing listed: [String]? = nil) -> String {
        if let close = EditDistance.closest(to: written, in: candidates) { return "；是不是“\(close)”？" }
        let trimmed = written.trimming(.whitespacesAndNewlines)
        if !trimmed.isEmpty {
            var containing: [String] = []
            for candidate in candidates where candidate != trimmed && !containing.contains(candidate) {
                if candidate.contains(trimmed) || (candidate.count >= 2 && trimmed.contains(candidate)) {
                    containing.append(candidate)
                }
            }
            if !containing.isEmpty, containing.count <= 3 {
                return "；是不是" + containing.map { "“\($0)”" }.joined(separator: "或") + "？"
            }
        }
        let names = listed ?? candidates
        return names.isEmpty ? "" : "；可以用：" + names.joined(separator: "、")
    }
}
