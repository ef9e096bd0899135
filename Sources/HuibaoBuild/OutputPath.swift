import HuibaoModel

/// The staging writer's own check of every path it is handed (the second line of defence
/// behind the readers, attack review finding 1): relative, and no segment empty, `.` or `..`,
/// nor a NUL, so no file can land outside the staging folder.
enum OutputPath {
    static func isSafe(_ path: String) -> Bool {
        path.withUTF8Bytes { bytes in
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
    }
}
