import HuibaoModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes a user's file for parsing, reporting empty, binary and non-UTF-8 files.
enum SourceText {
    static func decode(_ bytes: [UInt8], file: String, isLedger: Bool, into reader: inout FieldReader) -> String? {
        if bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }) {
            reader.error("file.binary", "这不是文本文件（含有二进制内容），无法读取", at: SourcePosition(file: file))
            return nil
        }
        guard let decoded = TextDecoding.decode(bytes) else {
            let line = TextDecoding.firstInvalidUTF8Line(bytes) ?? 1
            reader.error(
                "file.encoding", "文件既不是 UTF-8 也不是 GB18030 编码，无法读取；请用记事本“另存为”UTF-8",
                at: SourcePosition(file: file, line: line))
            return nil
        }
        if decoded.encoding == .gb18030 && !isLedger {
            let line = TextDecoding.firstInvalidUTF8Line(bytes) ?? 1
            reader.warning(
                "file.gb18030", "文件不是 UTF-8 编码，已按 GB18030（GBK）读取；建议另存为 UTF-8",
                at: SourcePosition(file: file, line: line))
        }
        if decoded.text.allSatisfy({ $0.isWhitespace }) {
            reader.error("file.empty", "文件是空的", at: SourcePosition(file: file))
            return nil
        }
        return decoded.text
    }
}
