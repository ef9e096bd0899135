import HuibaoModel

/// Reads a write-up's `报告照片` (report_photos): one image or a list, each relative to the
/// write-up's folder or under `assets/`, checked like the body's images (a missing file or one
/// outside `Content/` is an error at its line; documents.md "A team without a programmer").
enum ReportPhotosReader {
    static func read(_ pair: YAMLPair, contentPath: String, paths: BodyRenderer, into reader: inout FieldReader)
        -> [String]
    {
        let written: [YAMLScalar]
        switch pair.value {
        case .scalar(let scalar):
            written = scalar.isNull ? [] : [scalar]
        case .sequence(let items, _):
            written = items.compactMap { item in
                guard case .scalar(let scalar) = item else {
                    reader.error("type.scalar", "报告照片的每一项应为一个图片文件名，这里是\(item.kindName)", at: item.position)
                    return nil
                }
                return scalar.isNull ? nil : scalar
            }
        case .mapping:
            reader.error(
                "type.list", "“\(pair.key)”应为一个图片文件名或文件列表（每行以“- ”开头），这里是键值表", at: pair.value.position)
            return []
        }
        let directory = contentPath.split(separator: "/").dropLast().map(String.init)
        var result: [String] = []
        for scalar in written {
            let text = scalar.text.trimming(.whitespaces)
            guard !text.isEmpty else { continue }
            switch paths.resolve(text, directory: directory) {
            case .local(let path):
                guard Activity.isImagePath(path) else {
                    reader.warning(
                        "image.not-photo",
                        "报告照片“\(text)”不是图片（应为 JPG、PNG 等），报告中不会显示；请换成现场照片",
                        at: scalar.position)
                    continue
                }
                if !result.contains(path) { result.append(path) }
            case .missing(let path):
                var message = "报告照片“\(text)”不存在（找的是 Content/\(path)）"
                message +=
                    BodyRenderer.isComputerPath(text)
                    ? "；这是电脑上的路径：请把照片复制到 Content/assets/ 下，再写相对路径"
                    : "；请检查文件名（写法与正文图片相同：相对于这篇记录所在的文件夹，或 assets/ 下）"
                reader.error("image.missing", message, at: scalar.position)
            case .outside:
                reader.error("image.outside", "报告照片“\(text)”在 Content/ 之外；请把照片放到 Content/assets/ 下", at: scalar.position)
            case .remote:
                reader.error(
                    "image.outside", "报告照片写的是网址“\(text)”：报告只嵌入 Content/ 里的照片，请下载后放到 Content/assets/ 下",
                    at: scalar.position)
            }
        }
        return result
    }
}
