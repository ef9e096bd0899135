import Foundation

/// Prints an HTML file to PDF through headless Chromium, when it is installed.
public enum PDFPrinter {
    public struct Failure: Error, Sendable {
        public var message: String
    }

    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first Chromium on PATH, if any.
    public static func chromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in candidates {
            for folder in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    public static let installHint =
        "没有找到 Chromium 浏览器，无法生成 PDF。请先安装：sudo apt-get install -y chromium fonts-noto-cjk（fonts-noto-cjk 提供打印用的中文字体）；也可以在浏览器中打开 HTML 报告，用“打印 → 另存为 PDF”。"

    /// Writes `pdf` from `html` (both local files, never the same one): printed beside and
    /// renamed into place, so a failed print leaves no half file and the old PDF as it was.
    public static func print(_ html: URL, to pdf: URL) throws(Failure) {
        guard html.standardizedFileURL.path != pdf.standardizedFileURL.path else {
            throw Failure(message: "HTML 报告和 PDF 不能是同一个文件（\(pdf.path)）")
        }
        guard let browser = chromium() else { throw Failure(message: installHint) }
        let target = pdf
        let pdf = ReportOutput.temporary(for: target)
        try? FileManager.default.removeItem(at: pdf)
        defer { try? FileManager.default.removeItem(at: pdf) }
        let process = Process()
        process.executableURL = browser
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "huibao-chromium-\(UUID().uuidString)")
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile.path)",
            "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString,
        ]
        // Chromium's own temporary files (a folder per run) go inside the profile, removed below.
        try? FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = profile.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(message: "无法启动 \(browser.path)：\(IOErrorText.describe(error))")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(message: "Chromium 生成 PDF 失败（退出码 \(process.terminationStatus)）")
        }
        do {
            try ReportOutput.moveIntoPlace(pdf, target)
        } catch {
            throw Failure(message: error.message)
        }
    }
}
