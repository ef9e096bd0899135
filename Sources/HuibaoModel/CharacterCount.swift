/// The 字数 of a text as Chinese editors count it (see the spec's "Outreach articles"):
/// 1 for each CJK character and each CJK or full-width punctuation mark or letter, 1 for
/// each maximal run of other non-space characters (`WeChat`, `3.14`, `2025-04-08`), 0 for
/// whitespace of any width and line breaks.
///
/// CJK characters are the unified ideographs with all their extensions, the compatibility
/// ideographs and the radicals (U+2E80–U+2FDF, which PDF copies produce in place of
/// ideographs). Invisible default-ignorable scalars (zero-width space, joiners, variation
/// selectors, BOM) count 0 and neither start nor break a run; control characters count 0
/// like spaces.
public func chineseCharacterCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8(chineseCharacterCount)
}

/// The same count over UTF-8 bytes (as cmark writes text), without making a string; a
/// sequence cut off at the end counts as one character.
public func chineseCharacterCount(utf8 bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer(chineseCharacterCount)
}

/// The count over UTF-8, decoding each scalar in place (much faster than iterating
/// `unicodeScalars`).
private func chineseCharacterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inRun = false
    var index = 0
    while index < bytes.count {
        let lead = UInt32(bytes[index])
        // The common case first: U+4E00–U+9FFF, leads E5–E9, or E4 followed by B8–BF.
        if lead >= 0xE4 && lead <= 0xE9 && index + 2 < bytes.count && (lead != 0xE4 || bytes[index + 1] >= 0xB8) {
            count += 1
            inRun = false
            index += 3
            continue
        }
        guard index + (lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) < bytes.count else {
            count += 1  // a sequence cut off at the end
            break
        }
        let value: UInt32
        if lead < 0x80 {
            value = lead
            index += 1
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
        } else {
            value =
                (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            index += 4
        }
        switch CharacterClass(value) {
        case .single:
            count += 1
            inRun = false
        case .space:
            inRun = false
        case .ignorable:
            break
        case .other:
            if !inRun { count += 1 }
            inRun = true
        }
    }
    return count
}

/// How one scalar counts toward 字数.
private enum CharacterClass {
    /// Counts 1 on its own: a CJK character or CJK/full-width punctuation.
    case single
    /// Counts 0 and ends a run.
    case space
    /// Counts 0 and leaves a run as it is.
    case ignorable
    /// Part of a run that counts 1.
    case other

    @inline(__always)
    init(_ value: UInt32) {
        if value < 0x80 {
            self = value > 0x20 && value < 0x7F ? .other : .space  // spaces and control characters
            return
        }
        if value >= 0x4E00 && value <= 0x9FFF {  // unified ideographs, the common case
            self = .single
            return
        }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            self = .space  // the rest of the Unicode White_Space property
        case 0x80...0x9F:
            self = .space  // C1 control characters
        case 0x2E80...0x2FDF,  // CJK radicals supplement, Kangxi radicals
            0x3400...0x4DBF,  // extension A
            0xF900...0xFAFF,  // compatibility ideographs
            0x20000...0x3FFFF,  // extensions B–J and the compatibility supplement (planes 2 and 3)
            0x3001...0x303F,  // CJK symbols and punctuation
            0xFF01...0xFF60,  // full-width forms
            0xFFE0...0xFFE6,  // full-width signs
            0x2014, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D, 0x00B7:  // — … ‘ ’ “ ” ·
            self = .single
        default:
            let isIgnorable = Unicode.Scalar(value)?.properties.isDefaultIgnorableCodePoint ?? false
            self = isIgnorable ? .ignorable : .other
        }
    }
}
