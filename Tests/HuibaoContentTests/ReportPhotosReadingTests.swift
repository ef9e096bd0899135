import HuibaoModel
import Testing

@testable import HuibaoContent

/// 报告照片 (report_photos) in a write-up: read like its body images, checked like them.
@Suite("Reading report photos (报告照片)")
struct ReportPhotosReadingTests {
    static func activity(_ photos: String) -> String {
        """
        ---
        标题: 宣讲进园区
        日期: 2025-06-18
        服务类别: 宣传教育
        指标:
          宣讲: 1
        \(photos)
        ---
        ![现场](现场1.jpg)
        """
    }

    static func parse(_ photos: String) -> ContentParser.Result {
        MaterialsReadingTests.parse(activity: activity(photos), extra: ["activities/2025-06/合影.png"])
    }

    @Test func oneFileOrAListRelativeToTheFolderOrUnderAssets() throws {
        for (written, expected) in [
            ("报告照片: 合影.png", ["activities/2025-06/合影.png"]),
            ("report_photos: [assets/现场2.jpg, 合影.png]", ["assets/现场2.jpg", "activities/2025-06/合影.png"]),
            ("报告照片:\n  - 合影.png\n  - ./合影.png", ["activities/2025-06/合影.png"]),
        ] {
            let result = Self.parse(written)
            #expect(!result.diagnostics.hasErrors, "\(written): \(result.diagnostics.map(\.formatted))")
            let activity = try #require(result.partial?.activities.first)
            #expect(activity.reportPhotos == expected, "\(written)")
            #expect(activity.reportPhoto == expected.first)
        }
        // Without 报告照片: the first body image.
        let plain = try #require(Self.parse("").partial?.activities.first)
        #expect(plain.reportPhotos.isEmpty)
        #expect(plain.reportPhoto == "activities/2025-06/现场1.jpg")
    }

    @Test func aMissingPhotoIsAnErrorAtItsLineLikeABodyImage() {
        let result = Self.parse("报告照片: [合影.png, 合照.png]")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["image.missing"], "\(result.diagnostics.map(\.formatted))")
        #expect(errors.first?.position == SourcePosition(file: "Content/activities/2025-06/宣讲.md", line: 7, column: 16))
        #expect(errors.first?.message.contains("报告照片“合照.png”不存在（找的是 Content/activities/2025-06/合照.png）") == true)
    }

    @Test func outsideContentARemoteAddressAndANonImage() {
        let outside = Self.parse("报告照片: ../../../etc/photo.jpg").diagnostics
        #expect(outside.contains { $0.code == "image.outside" && $0.severity == .error })
        let remote = Self.parse("报告照片: https://example.com/a.jpg").diagnostics
        #expect(remote.contains { $0.code == "image.outside" && $0.severity == .error })
        let pdf = Self.parse("报告照片: 签到表.jpg\n佐证材料: {课件: 课件.pdf}")
        #expect(!pdf.diagnostics.hasErrors)
        let notImage = MaterialsReadingTests.parse(
            activity: Self.activity("报告照片: 记录.pdf"), extra: ["activities/2025-06/记录.pdf"])
        #expect(notImage.diagnostics.contains { $0.code == "image.not-photo" && $0.severity == .warning })
        #expect(notImage.partial?.activities.first?.reportPhotos == [])
        let mapping = Self.parse("报告照片: {a: b.jpg}").diagnostics
        #expect(mapping.contains { $0.code == "type.list" })
    }
}
