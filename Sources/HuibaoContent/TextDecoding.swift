import Foundation

/// The character encoding a user's file turned out to be in.
public enum SourceEncoding: Sendable {
    case utf8
    case gb18030
}

/// A user's file as text: byte-order mark removed, every line ending a single LF.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: SourceEncoding
    /// Whether the file began with a byte-order mark (removed from `text`).
    public var hadBOM: Bool

    public init(text: String, encoding: SourceEncoding, hadBOM: Bool) {
        self.text = text
        self.encoding = encoding
        self.hadBOM = hadBOM
    }
}

/// Turns a file's bytes into text: UTF-8 with or without BOM, otherwise GB18030 (GBK).
public enum TextDecoding {
    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    private static let carriageReturn: UInt8 = 0x0D
    private static let lineFeed: UInt8 = 0x0A

    /// Decodes `bytes` as UTF-8, or as GB18030 when they are not valid UTF-8; nil when
    /// they are neither. CRLF and lone CR become LF, so line numbers stay those of the file.
    public static func decode(_ bytes: [UInt8]) -> DecodedText? {
        let hadUTF8BOM = bytes.starts(with: utf8BOM)
        let content = normalizingLineEndings(hadUTF8BOM ? bytes[3...] : bytes[...])
        if let text = String(validating: content, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, hadBOM: hadUTF8BOM)
        }
        guard var text = String(bytes: content, encoding: gb18030) else { return nil }
        // GB18030's own byte-order mark (84 31 95 33) decodes to U+FEFF.
        var hadBOM = hadUTF8BOM
        if text.unicodeScalars.first == "\u{FEFF}" {
            text.unicodeScalars.removeFirst()
            hadBOM = true
        }
        return DecodedText(text: text, encoding: .gb18030, hadBOM: hadBOM)
    }

    /// The 1-based line of the first byte that is not valid UTF-8, nil when all are valid.
    /// CRLF, LF and a lone CR each end a line, as in `decode`.
    public static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        guard let invalid = firstInvalidUTF8Offset(bytes) else { return nil }
        var line = 1
        var index = 0
        while index < invalid {
            let byte = bytes[index]
            if byte == lineFeed {
                line += 1
            } else if byte == carriageReturn && (index + 1 >= bytes.count || bytes[index + 1] != lineFeed) {
                line += 1
            }
            index += 1
        }
        return line
    }

    /// The offset of the first byte that starts an ill-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (length, secondRange): (Int, ClosedRange<UInt8>)
            switch lead {
            case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
            case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)  // no overlong forms
            case 0xED: (length, secondRange) = (3, 0x80...0x9F)  // no surrogates
            case 0xE1...0xEF: (length, secondRange) = (3, 0x80...0xBF)
            case 0xF0: (length, secondRange) = (4, 0x90...0xBF)  // no overlong forms
            case 0xF4: (length, secondRange) = (4, 0x80...0x8F)  // nothing above U+10FFFF
            case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
            default: return index
            }
            guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
                return index
            }
            index += length
        }
        return nil
    }

    /// `bytes` with CRLF and lone CR replaced by LF; the slice itself when it has no CR.
    /// CR never occurs inside a multi-byte character in UTF-8 or GB18030.
    static func normalizingLineEndings(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let hasCarriageReturn = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(carriageReturn), buffer.count) != nil
        }
        guard hasCarriageReturn else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == carriageReturn {
                result.append(lineFeed)
                if index + 1 < bytes.endIndex && bytes[index + 1] == lineFeed { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result[...]
    }
}
