import Foundation
import HuibaoModel
import HuibaoOffice
import HuibaoSite

extension ReportBuilder {
    /// The 评分表's resolved path, locked for this run.
    struct LockedWorkbook {
        var file: URL
        var lock: OutputLock
    }

    static func lockWorkbook(_ target: URL) throws(Failure) -> LockedWorkbook {
        let file = URL(fileURLWithPath: OutputSafety.resolved(target.standardizedFileURL))
        do {
            try? FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            return LockedWorkbook(file: file, lock: try OutputLock.acquire(for: file, what: "评分表文件"))
        } catch {
            throw Failure(message: error.message)
        }
    }

    /// `--xlsx` for an evaluation no scoring scheme applies to.
    static func noSchemeMessage(_ evaluation: Evaluation) -> String {
        "“\(evaluation.name)”（\(evaluation.id)）没有适用的评分细则，评分表要按 Content/scoring.yml 的评分项生成。"
            + "请先写 scoring.yml（见 docs/format/scoring.md），或去掉 --xlsx 只生成报告"
    }

    /// Writes the 评分表 at the report's as-of date, dated that day, atomically like the report.
    static func writeWorkbook(
        _ content: SiteContent, evaluation: Evaluation, asOf: Day, figures: Figures, to file: URL
    ) throws(Failure) {
        guard let workbook = ScoringWorkbook.make(content, evaluation: evaluation, asOf: asOf, figures: figures) else {
            throw Failure(message: noSchemeMessage(evaluation))
        }
        do {
            try ReportOutput.write(try workbook.bytes(day: asOf), to: file)
        } catch let failure as ReportOutput.Failure {
            throw Failure(message: failure.message)
        } catch let failure as OfficePackage.Failure {
            throw Failure(message: failure.message)
        } catch {
            throw Failure(message: "\(error)")
        }
    }
}
