import HuibaoModel

extension ContentParser {
    /// Warnings for file names with bidi controls (U+202E and the like), which show a name in
    /// another order than it is written (`说明\u{202E}dm.exe` looks like `说明exe.md`).
    static func checkFileNames(_ paths: some Sequence<String>, prefix: String, into reader: inout FieldReader) {
        // (Every control is E2 80 AA–AE or E2 81 A6–A9 in UTF-8: names without an E2 byte, all
        // but a few, are passed over by their bytes — 30,000 names at the bench's evidence row.)
        for path in paths
        where path.withUTF8Bytes({ $0.contains(0xE2) })
            && path.unicodeScalars.contains(where: TextControls.isBidiControl)
        {
            reader.warning(
                "file.bidi-control",
                "文件名中有改变文字显示方向的不可见字符（U+202A–U+202E、U+2066–U+2069），显示出来的名字会与实际不同；请重命名",
                at: SourcePosition(file: prefix + path))
        }
    }
}
