import HuibaoModel
import Testing

/// Values beyond what the readers accept still never trap in the model's arithmetic.
@Suite struct NumberLimitsTests {
    @Test func tooLargeIntegersAreRecognisedAtAnyLength() {
        #expect(!NumberLimits.isTooLarge(integerText: "1000000000000"))
        #expect(NumberLimits.isTooLarge(integerText: "1000000000001"))
        #expect(NumberLimits.isTooLarge(integerText: "410102199001011234"))
        #expect(NumberLimits.isTooLarge(integerText: "99999999999999999999999999"))
        #expect(NumberLimits.isTooLarge(integerText: "-92233720368547758"))
        #expect(!NumberLimits.isTooLarge(integerText: "000000000000000000012"))
        #expect(!NumberLimits.isTooLarge(integerText: "12a"))
        #expect(!NumberLimits.isTooLarge(integerText: ""))
    }

    @Test func quantityArithmeticSaturatesInsteadOfTrapping() {
        #expect(Quantity(Int.max).hundredths == Int64.max)
        #expect(Quantity(Int.min).hundredths == Int64.min)
        #expect((Quantity(hundredths: .max) + Quantity(1)).hundredths == Int64.max)
        #expect((Quantity(hundredths: .min) + Quantity(-1)).hundredths == Int64.min)
    }

    @Test func progressMathWithHugeValuesDoesNotTrap() {
        let expected = IndicatorProgress.expected(
            target: Int.max, midterm: (target: Int.max / 2, day: 100), elapsedDays: 3_000_000, totalDays: Int.max)
        #expect(expected <= NumberLimits.maximum)
        #expect(
            IndicatorProgress.status(value: Quantity(hundredths: .max), target: Int.max, expected: Int.max) == .complete)
        #expect(IndicatorProgress.percentText(value: Quantity(hundredths: .max), target: Int.max) != nil)
    }
}
