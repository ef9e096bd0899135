import CPNG

/// A key for a photo's bytes, for caches: zlib's CRC-32 and Adler-32 of the bytes, the CRC-32
/// of their second half, and their count (hex). zlib's checksums run at memory speed even in a
/// debug build (a 5 MB photo in milliseconds), where a hash written in Swift takes a second.
public enum PhotoKey {
    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer -> String in
            let start = buffer.baseAddress
            let count = UInt32(clamping: buffer.count)
            let half = buffer.count / 2
            let crc = crc32(0, start, count)
            let adler = adler32(1, start, count)
            let tail = crc32(0, start.map { $0 + half }, UInt32(clamping: buffer.count - half))
            return [UInt(crc), UInt(adler), UInt(tail)].map(hex8).joined() + "-\(buffer.count)"
        }
    }

    static func hex8(_ value: UInt) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 8 - text.count)) + text
    }
}
