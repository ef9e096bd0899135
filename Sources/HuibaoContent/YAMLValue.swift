import HuibaoModel
import Yams

/// A YAML value with the position of every node in the user's file, converted from Yams'
/// `Node` right after parsing (Yams' nodes are not Sendable and carry positions relative
/// to the string they were given).
public indirect enum YAMLValue: Sendable, Equatable {
    case scalar(YAMLScalar)
    case sequence([YAMLValue], SourcePosition)
    case mapping([YAMLPair], SourcePosition)

    public var position: SourcePosition {
        switch self {
        case .scalar(let scalar): return scalar.position
        case .sequence(_, let position), .mapping(_, let position): return position
        }
    }

    /// A short Chinese name of the node's kind, for messages.
    public var kindName: String {
        switch self {
        case .scalar: return "单个值"
        case .sequence: return "列表"
        case .mapping: return "键值表"
        }
    }

    /// True for an empty plain scalar, `~` or `null`: a key written with no value.
    public var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }
}

/// A scalar as written: its text, whether it was quoted, and where it is.
public struct YAMLScalar: Sendable, Equatable {
    public var text: String
    public var quoted: Bool
    public var position: SourcePosition

    public init(text: String, quoted: Bool, position: SourcePosition) {
        self.text = text
        self.quoted = quoted
        self.position = position
    }

    public var isNull: Bool {
        guard !quoted else { return false }
        // By length first: most scalars are neither 0, 1 nor 4 bytes long.
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }
}

/// One key of a mapping with its value.
public struct YAMLPair: Sendable, Equatable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: YAMLValue

    public init(key: String, keyPosition: SourcePosition, value: YAMLValue) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
