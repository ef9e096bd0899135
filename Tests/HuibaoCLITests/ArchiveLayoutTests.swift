import Foundation
import HuibaoModel
import Testing

@testable import HuibaoSite

/// documents.md "The archive": evidence named date-title-kind, `-1`, `-2` for several files
/// of one kind in their listed order, internal write-ups by date and 内部记录, a unit counted
/// by two items in both folders, and the counted ledger rows as a CSV with a BOM and CRLF.
@Suite("The archive's layout (ArchiveLayout)")
struct ArchiveLayoutTests {
    let day = Day.parse("2025-05-12")!

    func layout(_ sections: [ArchiveSection], content: SiteContent? = nil) -> ArchiveLayout {
        let evaluation = Evaluation(id: "midterm", name: "中期评估", kind: .midterm, date: Day.parse("2025-10-15")!)
        let project = Project(
            name: "测试项目", client: "甲", provider: "乙",
            period: ServicePeriod(start: Day.parse("2025-04-08")!, end: Day.parse("2026-04-08")!),
            amount: Money(yuan: 100), evaluations: [evaluation])
        return ArchiveLayout(
            content: content ?? SiteContent(project: project, categories: []), evaluation: evaluation,
            asOf: evaluation.date, sections: sections, report: Array("<!DOCTYPE html>".utf8), byIndicator: false)
    }

    @Test func evidenceIsNamedDateTitleKindNumberedWithinAKind() {
        let unit = ArchiveUnit(
            date: day, title: "新建工会走访：甲公司/乙公司", kind: .activity(internal: false),
            materials: [
                ArchiveMaterial(kind: "签到表", contentPath: "activities/2025-05/签到表-0512.JPG"),
                ArchiveMaterial(kind: "照片", contentPath: "assets/现场1.jpg"),
                ArchiveMaterial(kind: "照片", contentPath: "assets/现场2.png"),
                ArchiveMaterial(kind: "会议记录", contentPath: "assets/记录"),
            ],
            missing: ["通知"])
        let hidden = ArchiveUnit(
            date: day, title: "内部记录", kind: .activity(internal: true),
            materials: [ArchiveMaterial(kind: "照片", contentPath: "assets/家访.jpg")])
        let first = ArchiveSection(id: "D2.1", name: "组建工会", units: [unit, hidden])
        let second = ArchiveSection(id: "P3.4", name: "亮点工程", units: [unit])
        let layout = layout([first, second])
        #expect(layout.top == "测试项目-中期评估-档案")
        let copies = layout.files.compactMap { file -> String? in
            if case .copy(let source) = file.body { return "\(file.path) ← \(source)" }
            return nil
        }
        #expect(
            copies == [
                "D2.1-组建工会/2025-05-12-新建工会走访：甲公司乙公司-签到表.JPG ← activities/2025-05/签到表-0512.JPG",
                "D2.1-组建工会/2025-05-12-新建工会走访：甲公司乙公司-照片-1.jpg ← assets/现场1.jpg",
                "D2.1-组建工会/2025-05-12-新建工会走访：甲公司乙公司-照片-2.png ← assets/现场2.png",
                "D2.1-组建工会/2025-05-12-新建工会走访：甲公司乙公司-会议记录 ← assets/记录",
                "D2.1-组建工会/2025-05-12-内部记录-照片.jpg ← assets/家访.jpg",
                "P3.4-亮点工程/2025-05-12-新建工会走访：甲公司乙公司-签到表.JPG ← activities/2025-05/签到表-0512.JPG",
                "P3.4-亮点工程/2025-05-12-新建工会走访：甲公司乙公司-照片-1.jpg ← assets/现场1.jpg",
                "P3.4-亮点工程/2025-05-12-新建工会走访：甲公司乙公司-照片-2.png ← assets/现场2.png",
                "P3.4-亮点工程/2025-05-12-新建工会走访：甲公司乙公司-会议记录 ← assets/记录",
            ], "\(copies)")
        #expect(layout.folders == ["D2.1-组建工会", "P3.4-亮点工程"])
        let csv = layout.files.first { $0.path == ArchiveLayout.indexCSV }
        guard case .bytes(let bytes)? = csv?.body else {
            Issue.record("no index CSV")
            return
        }
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("评分项,记录,日期,材料类型,文件,状态\r\n"))
        #expect(text.contains("D2.1 组建工会,新建工会走访：甲公司/乙公司,2025-05-12,通知,,缺\r\n"), "\(text)")
        let html = layout.files.first { $0.path == ArchiveLayout.indexHTML }
        guard case .bytes(let page)? = html?.body else { return }
        let index = String(decoding: page, as: UTF8.self)
        #expect(index.contains("<span class=\"missing\">缺：通知</span>"))
        #expect(!index.contains("href=\"D2.1-%E7%BB%84%E5%BB%BA%E5%B7%A5%E4%BC%9A/\""), "never a link to a folder")
    }

    @Test func twoFilesThatCleanAlikeGetANumber() {
        let unit = ArchiveUnit(
            date: day, title: "走访", kind: .activity(internal: false),
            materials: [ArchiveMaterial(kind: "照片", contentPath: "a/x.jpg")])
        let twin = ArchiveUnit(
            date: day, title: "走访", kind: .activity(internal: false),
            materials: [ArchiveMaterial(kind: "照片", contentPath: "b/x.jpg")])
        let paths = layout([ArchiveSection(id: "D1", name: "走访", units: [unit, twin])]).files.map(\.path)
        #expect(paths.contains("D1-走访/2025-05-12-走访-照片.jpg") && paths.contains("D1-走访/2025-05-12-走访-照片（2）.jpg"))
    }
}
