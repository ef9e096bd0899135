import HuibaoModel

extension ContentParser {
    /// Warnings for files inside `Content/` that huibao leaves out: FIFOs, sockets and devices
    /// (never opened, so nothing hangs), and write-ups, articles or ledgers that are symlinks
    /// to a file outside `Content/` (never followed). Attack review findings 20 and 21.
    static func warnSkippedFiles(_ snapshot: ContentSnapshot, into reader: inout FieldReader) {
        let prefix = snapshot.displayPrefix
        for path in snapshot.specialFiles.sorted() {
            reader.warning(
                "file.not-regular", "这不是普通文件（是管道、套接字或设备文件），huibao 不读它；请删除它，或换成普通文件",
                at: SourcePosition(file: prefix + path))
        }
        for path in snapshot.linksOutside.sorted() where ContentSnapshot.isParsed(path) {
            reader.warning(
                "file.link-outside", "这是指向 Content/ 之外的符号链接，huibao 不读它（为安全起见，不跟随指向外面的链接）；请把文件本身放进 Content/",
                at: SourcePosition(file: prefix + path))
        }
    }
}
