import HuibaoModel

/// The staging writer's own check of every path it is handed (the second line of defence
/// behind the readers, attack review finding 1): relative, and no segment empty, `.` or `..`,
/// nor a NUL, so no file can land outside the staging folder.
enum OutputPath {
    static func isSafe(_ path: String) -> Bool {
        path.withUTF8Bytes { isSafe($0) }
    }

    /// `isSafe` on a path's bytes.
    static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentLength = 0
        var dots = 0
        for byte in bytes {
            switch byte {
            case 0: return false
            case UInt8(ascii: "/"):
                if segmentLength == 0 || segmentLength == dots && dots <= 2 { return false }
                segmentLength = 0
                dots = 0
            case UInt8(ascii: "."):
                segmentLength += 1
                dots += 1
            default:
                segmentLength += 1
            }
        }
        return !(segmentLength == 0 || segmentLength == dots && dots <= 2)
    }

    /// Where the last `/` of a safe path is (its folder's end), in one pass over its bytes;
    /// nil for an unsafe path or one with no folder.
    static func lastSlashIfSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isSafe(bytes) else { return nil }
        var index = bytes.count
        while index > 0 {
            index -= 1
            if bytes[index] == UInt8(ascii: "/") { return index }
        }
        return nil
    }
}
