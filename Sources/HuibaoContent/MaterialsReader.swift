import HuibaoModel

/// Reads evidence files (佐证材料): a write-up's `evidence` map, a ledger row's evidence cells,
/// and project.yml's `evidence_required`. Paths follow the image rules (`BodyRenderer.resolve`).
enum MaterialsReader {
    /// A write-up's `佐证材料`: kind → a file or a list of files, relative to the write-up's
    /// folder or under `assets/`. A missing file is a warning (its kind counts as absent), a
    /// file outside `Content/` an error, the same file twice a warning.
    static func activity(
        _ pair: YAMLPair, contentPath: String, paths: BodyRenderer, into reader: inout FieldReader
    ) -> [MaterialFile] {
        guard case .mapping(let kinds, _) = pair.value else {
            reader.error(
                "type.mapping",
                "“\(pair.key)”应为“种类: 文件”的形式（如 签到表: 签到表-0618.jpg），这里是\(pair.value.kindName)"
                    + FieldReader.colonHint(pair.value),
                at: pair.value.position)
            return []
        }
        // The folder as one string; its segments only when a name needs the full resolution.
        let folder = contentPath.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(contentPath[..<$0]) } ?? ""
        var result: [MaterialFile] = []
        // The lines they were written on, in `result`'s order (a few files per write-up: a scan,
        // not a hashed map).
        var writtenLines: [Int] = []
        result.reserveCapacity(kinds.count)
        writtenLines.reserveCapacity(kinds.count)
        for entry in kinds {
            let kind = entry.key.trimming(.whitespaces)
            let scalars: [YAMLScalar]
            switch entry.value {
            case .scalar(let scalar):
                scalars = scalar.isNull ? [] : [scalar]
            case .sequence(let items, _):
                scalars = items.compactMap { item in
                    guard case .scalar(let scalar) = item else {
                        reader.error(
                            "type.scalar", "佐证材料“\(kind)”的每一项应为一个文件名，这里是\(item.kindName)", at: item.position)
                        return nil
                    }
                    return scalar.isNull ? nil : scalar
                }
            case .mapping:
                reader.error(
                    "type.list", "佐证材料“\(kind)”应为一个文件名或文件列表，这里是键值表", at: entry.value.position)
                continue
            }
            for scalar in scalars {
                let text = scalar.text.trimming(.whitespaces)
                guard !text.isEmpty else { continue }
                guard
                    let file = resolve(
                        text, kind: kind, folder: folder, paths: paths, at: scalar.position,
                        into: &reader)
                else { continue }
                if let earlier = result.firstIndex(where: { $0.path == file.path }) {
                    reader.warning(
                        "evidence.duplicate",
                        "文件“\(text)”在这篇记录的佐证材料中第 \(writtenLines[earlier]) 行已写过；同一个文件只需写一次",
                        at: scalar.position)
                    continue
                }
                writtenLines.append(scalar.position.line)
                result.append(file)
            }
        }
        return result
    }

    /// A ledger cell of an evidence column: files separated by `；` `;` `、` `,`, each relative
    /// to `Content/`. Problems are reported at the row's line.
    static func cell(
        _ cell: String, kind: String, paths: BodyRenderer, at position: SourcePosition, into reader: inout FieldReader
    ) -> [MaterialFile] {
        var result: [MaterialFile] = []
        for part in cell.split(whereSeparator: { "；;、,，".contains($0) }) {
            let text = part.trimming(.whitespaces)
            guard !text.isEmpty,
                let file = resolve(text, kind: kind, folder: "", paths: paths, at: position, into: &reader),
                !result.contains(file)
            else { continue }
            result.append(file)
        }
        return result
    }

    /// `paths.resolve(text, directory:)` for the usual name, when it is `.local`: a relative
    /// path with no `%`, `?`, `#`, `\\` or `:` (so no scheme, query or escape) and no empty, `.`
    /// or `..` segment is the folder and the name joined — no lowercasing, grapheme scan or
    /// splitting (thousands of evidence files per build). nil when the full resolution decides.
    static func plainLocal(_ text: String, directory: [String], paths: BodyRenderer) -> String? {
        plainLocal(text, folder: directory.joined(separator: "/"), paths: paths)
    }

    /// `plainLocal(_:directory:paths:)` with the folder already joined (`activities/2025-06`).
    static func plainLocal(_ text: String, folder: String, paths: BodyRenderer) -> String? {
        let plain = text.withUTF8Bytes { bytes -> Bool in
            var length = 0
            var dots = 0
            // A segment "", "." or "..": left to the full resolution (a leading "/" included).
            var segmentIsPlain: Bool { length > 0 && !(dots == length && length <= 2) }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: ":"):
                    return false
                case UInt8(ascii: "/"):
                    guard segmentIsPlain else { return false }
                    length = 0
                    dots = 0
                default:
                    length += 1
                    if byte == UInt8(ascii: ".") { dots += 1 }
                }
            }
            return segmentIsPlain
        }
        guard plain else { return nil }
        let relative = PathText.joined(folder, text)
        return paths.contentFiles.contains(relative) ? relative : nil
    }

    private static func resolve(
        _ text: String, kind: String, folder: String, paths: BodyRenderer,
        at position: SourcePosition, into reader: inout FieldReader
    ) -> MaterialFile? {
        if let local = plainLocal(text, folder: folder, paths: paths) { return MaterialFile(kind: kind, path: local) }
        let directory = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        switch paths.resolve(text, directory: directory) {
        case .local(let path):
            return MaterialFile(kind: kind, path: path)
        case .missing(let path):
            var message = "佐证材料“\(kind)”的文件“\(text)”不存在（找的是 Content/\(path)），这一项按缺少计"
            message +=
                BodyRenderer.isComputerPath(text)
                ? "；这是电脑上的路径：请把文件复制到 Content/assets/ 下，再写相对路径"
                : "；请检查文件名，或把扫描件放到 Content/ 下"
            reader.warning("evidence.file-missing", message, at: position)
            return MaterialFile(kind: kind, path: path, exists: false)
        case .outside:
            reader.error(
                "evidence.outside", "佐证材料“\(kind)”的文件“\(text)”在 Content/ 之外；请把文件放到 Content/assets/ 下", at: position)
            return nil
        case .remote:
            reader.error(
                "evidence.outside", "佐证材料“\(kind)”写的是网址“\(text)”：佐证材料应是 Content/ 里的文件，请下载后放到 Content/assets/ 下",
                at: position)
            return nil
        }
    }

    /// `evidence_required` (佐证要求): scope → kinds. A scope is `全部`/`all`, a category name,
    /// or an indicator id or name; anything else is an error with the nearest name.
    static func requirements(
        _ pair: YAMLPair, categories: [IndicatorCategory], into reader: inout FieldReader
    ) -> [MaterialRequirement] {
        guard case .mapping(let entries, _) = pair.value else {
            reader.error(
                "type.mapping",
                "“\(pair.key)”应为“范围: [种类, …]”的形式（如 全部: [签到表, 照片]），这里是\(pair.value.kindName)"
                    + FieldReader.colonHint(pair.value),
                at: pair.value.position)
            return []
        }
        var result: [MaterialRequirement] = []
        var seen: [MaterialScope: SourcePosition] = [:]
        for entry in entries {
            let written = entry.key.trimming(.whitespaces)
            guard let scope = MaterialScope.resolve(written, categories: categories) else {
                let indicators = categories.flatMap(\.indicators)
                let candidates = ["全部"] + categories.map(\.name) + indicators.map(\.id) + indicators.map(\.name)
                let hint = NameSuggestion.hint(
                    for: written, in: candidates, listing: ["全部"] + categories.map(\.name) + indicators.map(\.name))
                reader.error(
                    "evidence.scope-unknown",
                    "佐证要求的范围“\(written)”既不是“全部”，也不是 indicators.yml 中的服务类别或指标" + hint, at: entry.keyPosition)
                continue
            }
            if let earlier = seen[scope] {
                reader.error(
                    "evidence.scope-duplicate", "佐证要求的范围“\(written)”在第 \(earlier.line) 行已写过（编号和名称指的是同一个指标）",
                    at: entry.keyPosition)
                continue
            }
            seen[scope] = entry.keyPosition
            var kinds: [String] = []
            for kind in reader.stringList(entry) where !kinds.contains(kind) { kinds.append(kind) }
            result.append(MaterialRequirement(scope: scope, kinds: kinds))
        }
        return result
    }

    /// `from.evidence` (佐证列): one column or a list of columns.
    static func columns(_ pair: YAMLPair, into reader: inout FieldReader) -> [String] {
        var columns: [String] = []
        switch pair.value {
        case .scalar:
            if let column = reader.filledString(pair) { columns = [column] }
        default:
            for column in reader.stringList(pair) where !columns.contains(column) { columns.append(column) }
        }
        return columns
    }
}
