import Foundation
import HuibaoModel

#if canImport(Glibc)
    import Glibc
#endif

/// What `huibao month --submit` / `--resubmit` records: the month's record written under
/// `Content/submitted/` — the one write huibao makes inside `Content/` — never over an
/// existing record, atomically; `--resubmit` keeps the earlier record as `YYYY-MM.vN.json`.
public enum MonthSubmission {
    /// A refusal or a failed write, in Chinese; `code` is `month.already-submitted` for a
    /// month submitted before (exit 1).
    public struct Failure: Error, Sendable {
        public var code: String
        public var message: String
    }

    /// What was written: the record, and where the earlier one is kept after `--resubmit`.
    public struct Written: Sendable {
        public var record: URL
        public var kept: URL?
    }

    /// `--submit` (a month with a record is refused) or `--resubmit`.
    public enum Mode: Sendable, Equatable {
        case submit
        case resubmit
    }

    /// The record file as diagnostics name it.
    static func displayPath(_ month: Month) -> String { "Content/submitted/" + MonthRecord.fileName(month) }

    /// `month.already-submitted` at the month's record when it has one, else nil.
    public static func refusal(_ month: Month, source: URL) -> Diagnostic? {
        guard isSubmitted(month, source: source) else { return nil }
        return .error(
            "month.already-submitted",
            "\(month.chineseText)已经报送过，报送记录不会被覆盖；如数据有变需要改报，请用：huibao month \(month.isoText) --resubmit（原记录改名保留为 \(MonthRecord.versionName(month, version: 1)) 等）",
            at: SourcePosition(file: displayPath(month)))
    }

    /// Makes `month`'s record at `asOf` from `content` (the files digested as they are on
    /// disk) and writes it; a refusal or a failed write is an error diagnostic.
    public static func submit(_ content: SiteContent, month: Month, asOf: Day, source: URL, mode: Mode)
        -> Result<Written, Diagnostic>
    {
        guard let record = MonthRecord.make(content, month: month, asOf: asOf, digest: digest(source: source)) else {
            return .failure(
                .error(
                    "month.write", "\(month.chineseText)不在服务期限内（截至 \(asOf.chineseText)），没有可报送的数字",
                    at: SourcePosition(file: displayPath(month))))
        }
        do {
            return .success(try write(record, source: source, resubmit: mode == .resubmit))
        } catch {
            return .failure(.error(error.code, error.message, at: SourcePosition(file: displayPath(month))))
        }
    }

    /// The SHA-256 of a unit read from the project folder (`Content/activities/…md` is a path
    /// relative to `source`); a file that cannot be read digests as empty.
    public static func digest(source: URL) -> (MonthUnit) -> String {
        { unit in
            switch unit {
            case .file(let file):
                let bytes = FileManager.default.contents(atPath: source.appendingPathComponent(file).path)
                return SHA256Digest.hex(of: bytes.map { [UInt8]($0) } ?? [])
            case .cells(let cells):
                return SHA256Digest.hex(of: JSONValue.array(cells.map(JSONValue.string)).serializedBytes(depth: 0))
            }
        }
    }

    /// The folder records go in.
    public static func folder(source: URL) -> URL {
        source.appendingPathComponent("Content", isDirectory: true).appendingPathComponent(
            "submitted", isDirectory: true)
    }

    /// Whether `month` has a record already.
    public static func isSubmitted(_ month: Month, source: URL) -> Bool {
        var status = stat()
        return lstat(folder(source: source).appendingPathComponent(MonthRecord.fileName(month)).path, &status) == 0
    }

    /// Writes `record`; refused when the month has a record and `resubmit` is false.
    public static func write(_ record: MonthRecord, source: URL, resubmit: Bool) throws(Failure) -> Written {
        let month = record.month
        let folder = folder(source: source)
        try prepare(folder)
        let target = folder.appendingPathComponent(MonthRecord.fileName(month))
        let refusal = Failure(
            code: "month.already-submitted",
            message: refusal(month, source: source)?.message
                ?? "\(month.chineseText)已经报送过，报送记录不会被覆盖；如需改报，请用：huibao month \(month.isoText) --resubmit")
        if !resubmit, isSubmitted(month, source: source) { throw refusal }
        let temporary = folder.appendingPathComponent(
            ".\(MonthRecord.fileName(month)).huibao-tmp-\(ProcessInfo.processInfo.processIdentifier)")
        unlink(temporary.path)
        let code = NewFile.create(record.serializedBytes(), at: temporary.path, mode: 0o444)
        guard code == 0 else {
            unlink(temporary.path)
            throw Failure(code: "month.write", message: "无法写入 \(target.path)：\(IOErrorText.describe(errno: code))")
        }
        defer { unlink(temporary.path) }
        // A first record: a hard link never replaces a file that is there (another run's).
        let linkError = placeNew(temporary.path, at: target.path)
        if linkError == 0 { return Written(record: target, kept: nil) }
        guard linkError == EEXIST else {
            throw Failure(code: "month.write", message: "无法写入 \(target.path)：\(IOErrorText.describe(errno: linkError))")
        }
        guard resubmit else { throw refusal }
        // Keep the earlier record under the next free version name, then put the new one in
        // its place: the name always holds a whole record, and no record's bytes change.
        var version = nextVersion(month, in: folder)
        while true {
            let kept = folder.appendingPathComponent(MonthRecord.versionName(month, version: version))
            let code = placeNew(target.path, at: kept.path)
            if code == 0 {
                guard rename(temporary.path, target.path) == 0 else {
                    let code = errno
                    // Undo the keeping: a link goes, a record moved by the fallback goes back.
                    var status = stat()
                    if lstat(target.path, &status) == 0 { unlink(kept.path) } else { rename(kept.path, target.path) }
                    throw Failure(
                        code: "month.write", message: "无法写入 \(target.path)：\(IOErrorText.describe(errno: code))")
                }
                return Written(record: target, kept: kept)
            }
            guard code == EEXIST else {
                throw Failure(
                    code: "month.write", message: "无法保留原记录为 \(kept.path)：\(IOErrorText.describe(errno: code))")
            }
            version += 1
        }
    }

    /// Gives the file at `from` the new name `path`, never replacing a file there: a hard link
    /// (atomic); where the file system has none, a rename after checking that `path` is free
    /// (then `from` is gone). 0 or the errno (`EEXIST` when `path` is taken).
    static func placeNew(_ from: String, at path: String) -> Int32 {
        if link(from, path) == 0 { return 0 }
        let code = errno
        guard [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EMLINK].contains(code) else { return code }
        var status = stat()
        if lstat(path, &status) == 0 { return EEXIST }
        return rename(from, path) == 0 ? 0 : errno
    }

    /// One more than the highest `YYYY-MM.vN.json` in `folder`, or 1.
    static func nextVersion(_ month: Month, in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let prefix = month.isoText + ".v"
        var highest = 0
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".json") {
            let digits = name.dropFirst(prefix.count).dropLast(".json".count)
            if let number = Int(digits), number > highest { highest = number }
        }
        return highest + 1
    }

    /// Makes `Content/submitted/` when missing; refuses one that is a link or not a folder.
    private static func prepare(_ folder: URL) throws(Failure) {
        var status = stat()
        if lstat(folder.path, &status) != 0 {
            guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else {
                let code = errno
                throw Failure(
                    code: "month.write", message: "无法创建文件夹 \(folder.path)：\(IOErrorText.describe(errno: code))")
            }
            guard lstat(folder.path, &status) == 0 else {
                throw Failure(code: "month.write", message: "无法创建文件夹 \(folder.path)")
            }
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(
                code: "month.write",
                message: "\(folder.path) 不是普通文件夹（是文件或符号链接）；报送记录只写在 Content/submitted/ 文件夹里，请把它改回文件夹")
        }
    }
}
