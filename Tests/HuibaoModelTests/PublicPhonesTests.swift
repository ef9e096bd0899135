import HuibaoModel
import Testing

/// `public_phones` (公开电话): listed numbers are never masked, however they are written;
/// every other number still is.
@Suite("Public phone numbers")
struct PublicPhonesTests {
    let hotline = PublicPhones(["138-0013-8000"])

    @Test func aListedNumberStaysInEveryWriting() {
        for text in ["热线13800138000", "热线 138 0013 8000", "热线１３８００１３８０００", "热线+86 138.0013.8000"] {
            #expect(PersonalData.mask(text, keeping: hotline) == text, "\(text)")
            #expect(PersonalData.matches(in: text, keeping: hotline).isEmpty, "\(text)")
        }
    }

    @Test func otherNumbersAreStillMasked() {
        let text = "热线13800138000，社工13912345678，身份证11010519491231002X"
        #expect(PersonalData.mask(text, keeping: hotline) == "热线13800138000，社工139****5678，身份证110105********002X")
        #expect(PersonalData.matches(in: text, keeping: hotline).map(\.kind) == [.mobile, .idNumber])
        #expect(PersonalData.mask(text, keeping: .none) == PersonalData.mask(text))
    }
}
