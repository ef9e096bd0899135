/// The staff roster as a lookup of people by name: what a write-up's `staff` entry names
/// (content-format.md "Staff names") and when each person was in post. A person with several
/// rows (re-hired) is one person, in post on the union of their rows.
public struct StaffRoster: Sendable {
    /// What one `staff` entry names.
    public enum Match: Sendable, Equatable {
        /// A roster name, spaces removed (`王　芳` is 王芳): that person.
        case person(String)
        /// Several roster names in one entry (`陈晨、赵敏`, `陈晨 赵敏`): those people; a warning.
        case joined([String])
        /// No roster name; the nearest one when one is close (edit distance 1, or one name
        /// containing the other). Attributed to nobody: a suggestion is never the answer.
        case unknown(suggestion: String?)
    }

    /// The rows, in ledger order.
    public let members: [StaffMember]
    /// Each person's name once, in the order of their first row.
    public let names: [String]
    /// Rows by name with spaces removed (the key entries are looked up with).
    private let rowsByKey: [String: [StaffMember]]
    private let nameByKey: [String: String]

    public init(_ members: [StaffMember]) {
        self.members = members
        var names: [String] = []
        var rows: [String: [StaffMember]] = [:]
        var nameByKey: [String: String] = [:]
        for member in members {
            let key = Self.withoutSpaces(member.name)
            if nameByKey[key] == nil {
                nameByKey[key] = member.name
                names.append(member.name)
            }
            rows[key, default: []].append(member)
        }
        self.names = names
        rowsByKey = rows
        self.nameByKey = nameByKey
    }

    /// The separators one entry may join names with (then spaces).
    static let separators: Set<Character> = ["、", "，", ",", "；", ";", "／", "/"]

    /// What `entry` names, in the spec's order: a roster name once its spaces are removed; else
    /// roster names only once split at `、，,；;／/` then at spaces; else unknown.
    public func match(_ entry: String) -> Match {
        if let name = person(entry) { return .person(name) }
        var parts: [String] = []
        for piece in entry.split(whereSeparator: { Self.separators.contains($0) }) {
            if let name = person(String(piece)) {
                parts.append(name)
                continue
            }
            for word in piece.split(whereSeparator: \.isWhitespace) {
                guard let name = person(String(word)) else { return .unknown(suggestion: suggestion(for: entry)) }
                parts.append(name)
            }
        }
        guard !parts.isEmpty else { return .unknown(suggestion: suggestion(for: entry)) }
        var distinct: [String] = []
        for name in parts where !distinct.contains(name) { distinct.append(name) }
        return .joined(distinct)
    }

    /// The roster name `text` is once its spaces are removed.
    public func person(_ text: String) -> String? { nameByKey[Self.withoutSpaces(text)] }

    /// The people a list of `staff` entries names, each once, in the order written; unknown
    /// entries name nobody.
    public func people(_ entries: [String]) -> [String] {
        var result: [String] = []
        for entry in entries {
            switch match(entry) {
            case .person(let name):
                if !result.contains(name) { result.append(name) }
            case .joined(let names):
                for name in names where !result.contains(name) { result.append(name) }
            case .unknown:
                continue
            }
        }
        return result
    }

    /// The rows of the person called `name` (a roster name), in ledger order.
    public func rows(of name: String) -> [StaffMember] { rowsByKey[Self.withoutSpaces(name)] ?? [] }

    /// Whether the person is in post on `day` under any of their rows.
    public func isInPost(_ name: String, on day: Day) -> Bool { rows(of: name).contains { $0.isOnTeam(day) } }

    /// Whether the person is in post on at least one day from `from` through `through`.
    public func isInPost(_ name: String, from: Day, through: Day) -> Bool {
        guard from <= through else { return false }
        return rows(of: name).contains { row in
            row.joined <= through && (row.left.map { from < $0 } ?? true)
        }
    }

    /// The nearest roster name to an unknown entry: one edit away, else one containing it or
    /// contained in it (the closest in length, then the first in the roster).
    /// None for an entry of several parts (`陈晨、赵某`): no one name is nearest to it.
    func suggestion(for entry: String) -> String? {
        let written = Self.withoutSpaces(entry)
        guard !written.isEmpty, !written.contains(where: { Self.separators.contains($0) }) else { return nil }
        if let close = names.first(where: { EditDistance.between(written, Self.withoutSpaces($0)) <= 1 }) {
            return close
        }
        var best: (name: String, difference: Int)?
        for name in names {
            let key = Self.withoutSpaces(name)
            guard key.contains(written) || written.contains(key) else { continue }
            let difference = abs(key.count - written.count)
            if best == nil || difference < best!.difference { best = (name, difference) }
        }
        return best?.name
    }

    static func withoutSpaces(_ text: String) -> String {
        text.contains(where: \.isWhitespace) ? String(text.filter { !$0.isWhitespace }) : text
    }
}
