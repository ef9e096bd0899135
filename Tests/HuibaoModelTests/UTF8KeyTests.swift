import HuibaoModel
import Testing

/// `UTF8Key` is equal exactly when the bytes are, whatever the strings' storage.
@Suite struct UTF8KeyTests {
    @Test func equalExactlyWhenTheBytesAre() {
        let names = [
            "activities/2025-06/签到表.jpg", "activities/2025-06/签到表.JPG", "caf\u{E9}", "cafe\u{301}", "", "a",
            "activities/2025-06/照片.jpg",
        ]
        for a in names {
            for b in names {
                #expect((UTF8Key(a) == UTF8Key(b)) == (Array(a.utf8) == Array(b.utf8)), "\(a) \(b)")
            }
        }
        // A string built another way (bridged pieces, a substring) is the same key.
        let built = String("x/activities/2025-06/签到表.jpg".dropFirst(2))
        #expect(UTF8Key(built) == UTF8Key(names[0]))
        #expect(Set([UTF8Key(built), UTF8Key(names[0]), UTF8Key("a")]).count == 2)
        #expect(UTF8Key(built).hashValue == UTF8Key(names[0]).hashValue)
    }

    /// `bytesEqual` (eight bytes at a time, then the rest) against the arrays' own equality: every
    /// length from 0 to 20, and one byte changed at every position.
    @Test func bytesEqualAgreesWithTheArrays() {
        for length in 0...20 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            var others = [base, base + [0], Array(base.dropLast())]
            for position in base.indices {
                var changed = base
                changed[position] ^= 0x80
                others.append(changed)
            }
            for other in others {
                let same = base.withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in a.bytesEqual(b) } }
                #expect(same == (base == other), "length \(length)")
            }
        }
    }
}
