import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Creates a file that must not exist yet (`O_EXCL`, never through a link), for the staging
/// writer and the report: one place for the write loop.
enum NewFile {
    /// Creates `path` with `bytes`; 0 or the errno (`EEXIST` when something is there already).
    static func create(_ bytes: [UInt8], at path: String, mode: mode_t) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return errno }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBufferPointer { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                return code
            }
            written += result
        }
        return close(descriptor) == 0 ? 0 : errno
    }
}
