import ArgumentParser
import Foundation
import HuibaoBuild
import HuibaoModel

/// `huibao init [DIR]`: a new project with commented templates of every file, never over
/// an existing one.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "新建项目：在文件夹中写好带注释的 project.yml、indicators.yml、台账表格和示例活动记录、稿件；不会覆盖已有文件。")

    @Argument(help: ArgumentHelp("项目文件夹（默认：当前文件夹；不存在时新建）", valueName: "DIR"))
    var folder: String = "."

    @Option(
        name: .customLong("indicators"),
        help: ArgumentHelp("从合同的服务指标表（.xlsx，列：序号、服务类别、服务内容、服务标准）起草 indicators.yml", valueName: "附件.xlsx"))
    var indicators: String?

    @Option(
        name: .customLong("scoring"),
        help: ArgumentHelp("从评分细则表（.xlsx，列：一级指标、评分项、分值、评分标准、需提供材料）起草 scoring.yml", valueName: "评分细则.xlsx"))
    var scoring: String?

    func run() throws {
        let today = Today.day()
        var template = ProjectTemplate(today: today)
        try useDrafts(in: &template)
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do throws(ProjectTemplate.WriteFailure) {
            try template.write(into: url)
        } catch {
            Console.error("错误: \(error.message)")
            throw ExitCode(error.exists ? 1 : 2)
        }
        let shown = folder == "." ? "当前文件夹" : " \(folder) "
        let source = folder == "." ? "" : " --source \(Self.shellWord(folder))"
        var lines = ["已在\(shown)新建项目（服务期限先按 \(today.month.firstDay.isoText) 起一年填写，请按合同修改）："]
        for file in template.files {
            lines.append("  \(file.path)　\(file.purpose)")
        }
        lines += [
            "",
            "下一步：",
            indicators == nil && scoring == nil
                ? "  1. 按合同修改 Content/project.yml 和 Content/indicators.yml（每一项都有注释说明），把台账里的示例行换成真实记录"
                : "  1. 核对起草的文件里标了“请核对”的每一行，按合同修改 Content/project.yml，把台账里的示例行换成真实记录",
            "  2. 检查内容：huibao check\(source)",
            "  3. 生成网站：huibao build\(source)，然后用浏览器打开 \(folder == "." ? "" : folder.hasSuffix("/") ? folder : folder + "/")public/index.html",
            "  4. 写活动记录：huibao new activity \"活动标题\" --category 服务类别\(source)",
        ]
        print(lines.joined(separator: "\n"))
    }

    /// Drafts indicators.yml and scoring.yml from the workbooks given, before anything is
    /// written; every problem of both printed, exit 1.
    func useDrafts(in template: inout ProjectTemplate) throws {
        var problems: [String] = []
        if let indicators {
            problems += Self.draft(from: indicators) { sheet, source throws(DraftFailure) in
                template.use(indicators: try IndicatorsDraft.draft(from: sheet, source: source), from: source)
            }
        }
        if let scoring {
            problems += Self.draft(from: scoring) { sheet, source throws(DraftFailure) in
                template.use(scoring: try ScoringDraft.text(from: sheet, source: source), from: source)
            }
        }
        guard problems.isEmpty else {
            for line in problems { Console.error(line) }
            Console.error("没有新建项目，也没有写任何文件；请改好表格后再运行 huibao init")
            throw ExitCode(1)
        }
    }

    /// `text` as one shell word: as it is when it needs no quoting, in single quotes otherwise.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x7F || CharacterSet.alphanumerics.contains(scalar) || "/._-+,:@%".unicodeScalars.contains(scalar)
        }
        return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
