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
}
