/// The cheap test run before a scan: most texts hold no run of 11 digits, and are skipped.
extension PersonalData {
    /// False when `text` cannot hold a match: every match has at least 11 digits (ASCII or
    /// full-width, or percent-encoded), with at most four separators between two of them.
    public static func mayContainMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayContainMatch($0, gb18030: false) }
    }

    /// The same check on a file's bytes, before decoding, in UTF-8 or GB18030. ASCII is the
    /// same in both; full-width digits count as digits in either encoding (EF BC 90–99 in
    /// UTF-8, A3 B0–B9 in GB18030), and every other non-ASCII byte as a separator, so no
    /// spaced or full-width number in a file of either encoding escapes the scan.
    public static func mayContainMatch(fileBytes bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { mayContainMatch($0, gb18030: true) }
    }

    /// Whether 16 bytes from `index` (with 2 more readable after them) may start a digit: an
    /// ASCII digit, the lead byte of a full-width digit (EF BC 90–99), or in GB18030 A3 B0–B9.
    @inline(__always)
    private static func chunkMayHoldDigit(_ raw: UnsafeRawPointer, _ index: Int, gb18030: Bool) -> Bool {
        let c0 = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        if any((c0 &- SIMD16(repeating: UInt8(ascii: "0"))) .< SIMD16(repeating: 10)) { return true }
        let c1 = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
        if gb18030, any((c0 .== SIMD16(repeating: 0xA3)) .& ((c1 &- SIMD16(repeating: 0xB0)) .< SIMD16(repeating: 10))) {
            return true
        }
        let lead = c0 .== SIMD16(repeating: 0xEF)
        guard any(lead) else { return false }
        let c2 = raw.loadUnaligned(fromByteOffset: index + 2, as: SIMD16<UInt8>.self)
        return any(lead .& (c1 .== SIMD16(repeating: 0xBC)) .& ((c2 &- SIMD16(repeating: 0x90)) .< SIMD16(repeating: 10)))
    }

    private static func mayContainMatch(_ bytes: UnsafeBufferPointer<UInt8>, gb18030: Bool = false) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var digits = 0
        var gap = 0
        var index = 0
        // A gap holds at most four separators; read byte by byte, each may take 3 bytes.
        let longestGap = gb18030 ? 12 : 4
        while index < bytes.count {
            // Outside a run of digits, 16 bytes where no digit starts change nothing: skip them
            // at once (most of a write-up is Chinese text, whose bytes are never digits).
            if digits == 0, index + 18 <= bytes.count, !chunkMayHoldDigit(raw, index, gb18030: gb18030) {
                index += 16
                continue
            }
            // Plain ASCII outside a run is skipped without decoding.
            let byte = bytes[index]
            if digits == 0, byte < 0x80, byte &- UInt8(ascii: "0") >= 10, byte != UInt8(ascii: "%") {
                index += 1
                continue
            }
            let unit: Unit
            if gb18030, byte >= 0x80 {
                // Each byte of a character on its own, as GB18030 or UTF-8 may have written it: a
                // full-width digit (UTF-8 EF BC 90–99, GB18030 A3 B0–B9) is a digit, any other
                // byte a separator.
                let rest = bytes.count - index
                if byte == 0xEF, rest >= 3, bytes[index + 1] == 0xBC, bytes[index + 2] &- 0x90 < 10 {
                    unit = Unit(kind: .digit, value: 0, end: index + 3)
                } else if byte == 0xA3, rest >= 2, bytes[index + 1] &- 0xB0 < 10 {
                    unit = Unit(kind: .digit, value: 0, end: index + 2)
                } else {
                    unit = Unit(kind: .space, value: 0, end: index + 1)
                }
            } else {
                unit = self.unit(bytes, at: index)
            }
            switch unit.kind {
            case .digit:
                digits += 1
                if digits >= 11 { return true }
                gap = 0
            case .space, .punct, .open, .close, .plus:
                if digits > 0 {
                    gap += 1
                    if gap > longestGap { digits = 0 }
                }
            default:
                digits = 0
            }
            index = unit.end
        }
        return false
    }
}
