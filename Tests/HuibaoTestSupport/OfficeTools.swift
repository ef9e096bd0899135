import Foundation

/// The independent readers for the Word and Excel files huibao writes (`tools/office-check/`):
/// python-docx and openpyxl in `.build-office-check/venv`, LibreOffice headless and pdftotext
/// (installed by `make office-deps`), and Python's zipfile for any zip.
///
/// A test that needs them is marked `@Test(.enabled(if: OfficeTools.shouldRun))`: skipped
/// locally when a tool is missing, run under `CI=true`, where a missing tool makes every call
/// throw (so the test fails, never skips). `packageCheck` and `zipEntries` need only `python3`.
public enum OfficeTools {
    public static let folder = Fixtures.repositoryRoot.appendingPathComponent("tools/office-check", isDirectory: true)

    /// True under `CI=true` (the tools are installed there and a missing one is a failure).
    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The first executable called `name` on PATH.
    public static func onPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Python 3 (the standard library is enough for `packageCheck` and `zipEntries`).
    public static let python3: URL? = onPath("python3")
    public static let soffice: URL? = onPath("soffice")
    public static let pdftotext: URL? = onPath("pdftotext")

    /// The venv's python with python-docx and openpyxl (`OFFICE_CHECK_VENV` overrides the venv).
    public static let venvPython: URL? = {
        let venv =
            ProcessInfo.processInfo.environment["OFFICE_CHECK_VENV"].map { URL(fileURLWithPath: $0) }
            ?? Fixtures.repositoryRoot.appendingPathComponent(".build-office-check/venv")
        let python = venv.appendingPathComponent("bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path),
            let result = try? run(python, ["-c", "import docx, openpyxl"]), result.status == 0
        else { return nil }
        return python
    }()

    /// What is missing, by name (empty when everything is there).
    public static let missing: [String] = {
        var result: [String] = []
        if python3 == nil { result.append("python3") }
        if venvPython == nil { result.append("python-docx/openpyxl (.build-office-check/venv)") }
        if soffice == nil { result.append("soffice (LibreOffice)") }
        if pdftotext == nil { result.append("pdftotext (poppler-utils)") }
        return result
    }()

    public static var available: Bool { missing.isEmpty }

    /// Whether a test that needs the tools runs: when they are there, and always under CI=true.
    public static var shouldRun: Bool { available || isCI }

    /// Why a checker could not give an answer: a missing tool, or the tool's own failure.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What a process printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs a tool; standard error goes through a file, so neither pipe can fill up and block.
    public static func run(_ tool: URL, _ arguments: [String]) throws -> Output {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent(
            "office-check-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return Output(status: process.terminationStatus, stdout: data, stderr: stderr)
    }

    static func require(_ tool: URL?, _ name: String) throws -> URL {
        guard let tool else {
            throw Failure(description: "\(name) is missing: run `make office-deps` (CI installs it and never skips)")
        }
        return tool
    }

    static func script(_ name: String) -> String { folder.appendingPathComponent(name).path }

    // MARK: The checkers

    /// `package_check.py`: the OPC package's problems (empty when it is consistent).
    public struct PackageCheck: Sendable {
        public var problems: [String]
        public var output: String
        public var isConsistent: Bool { problems.isEmpty }
    }

    public static func packageCheck(_ file: URL) throws -> PackageCheck {
        let result = try run(try require(python3, "python3"), [script("package_check.py"), file.path])
        guard result.status == 0 || result.status == 1 else {
            throw Failure(description: "package_check.py exited \(result.status): \(result.stderr)")
        }
        let lines = result.text.split(separator: "\n").map(String.init)
        return PackageCheck(problems: result.status == 0 ? [] : lines, output: result.text)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ script: String, _ file: URL) throws -> T {
        let result = try run(try require(venvPython, "python-docx/openpyxl venv"), [Self.script(script), file.path])
        guard result.status == 0 else {
            throw Failure(description: "\(script) failed (exit \(result.status)): \(result.stderr)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(T.self, from: result.stdout)
        } catch {
            throw Failure(description: "\(script): unexpected JSON (\(error)): \(result.text.prefix(500))")
        }
    }

    /// `docx_dump.py`: the Word file as python-docx reads it.
    public static func docx(_ file: URL) throws -> DocxDump { try decode(DocxDump.self, "docx_dump.py", file) }

    /// `xlsx_dump.py`: the workbook as openpyxl reads it.
    public static func xlsx(_ file: URL) throws -> XlsxDump { try decode(XlsxDump.self, "xlsx_dump.py", file) }

    /// `pdf_text.sh`: the file converted to PDF by LibreOffice (headless), as pdftotext reads
    /// it (pages separated by form feeds). `keepingPDFAt` keeps the PDF for pdfinfo and the like.
    public static func pdfText(_ file: URL, keepingPDFAt pdf: URL? = nil) throws -> String {
        _ = try require(soffice, "soffice (LibreOffice)")
        _ = try require(pdftotext, "pdftotext (poppler-utils)")
        let result = try run(
            URL(fileURLWithPath: "/bin/bash"), [script("pdf_text.sh"), file.path] + (pdf.map { [$0.path] } ?? []))
        guard result.status == 0 else {
            throw Failure(description: "pdf_text.sh failed (exit \(result.status)): \(result.stderr)")
        }
        return result.text
    }

    /// pdftotext's text split into pages (at its form feeds): `pages(of: text)[0]` is page 1.
    public static func pages(of text: String) -> [String] {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        return pages
    }

    // MARK: Zips, read and written by Python's zipfile

    /// One entry of a zip, in the zip's order.
    public struct ZipEntry: Codable, Sendable, Equatable {
        public var name: String
        public var directory: Bool
        public var data: Data

        public init(name: String, directory: Bool = false, data: Data = Data()) {
            self.name = name
            self.directory = directory
            self.data = data
        }

        public init(_ name: String, _ text: String) { self.init(name: name, data: Data(text.utf8)) }
    }

    /// Every entry of a zip (.zip, .docx, .xlsx), read by Python's zipfile.
    public static func zipEntries(_ file: URL) throws -> [ZipEntry] {
        let result = try run(try require(python3, "python3"), [script("zip_entries.py"), "list", file.path])
        guard result.status == 0 else {
            throw Failure(description: "zip_entries.py list \(file.lastPathComponent): \(result.stderr)")
        }
        return try JSONDecoder().decode([ZipEntry].self, from: result.stdout)
    }

    /// Writes `entries` as a zip (deflated, in the given order, duplicates as given) with
    /// Python's zipfile: test packages, good and deliberately broken.
    public static func writeZip(_ entries: [ZipEntry], to file: URL) throws {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent(
            "office-check-\(UUID().uuidString).json")
        try JSONEncoder().encode(entries).write(to: json)
        defer { try? FileManager.default.removeItem(at: json) }
        let result = try run(
            try require(python3, "python3"), [script("zip_entries.py"), "write", file.path, json.path])
        guard result.status == 0 else { throw Failure(description: "zip_entries.py write: \(result.stderr)") }
    }
}
