import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a lock file beside an output (`.<name>.huibao-lock`), so two
/// builds or reports never write the same output at once (attack review finding 5). The
/// kernel releases it when the process ends, however it ends: a lock left by a dead process
/// is simply taken. The lock file itself stays (removing it would let a third process lock
/// a new file while the second still holds the old one).
public final class OutputLock: Sendable {
    /// Why the lock was not taken, in Chinese.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The lock file's path for `output` (a folder or a file).
    public static func lockFile(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).huibao-lock")
    }

    /// Takes the lock for `output` at once, or fails at once when another process holds it.
    /// - Parameter what: what the output is, for the message (`输出文件夹`, `报告文件`).
    public static func acquire(for output: URL, what: String = "输出文件夹") throws(Failure) -> OutputLock {
        let path = lockFile(for: output).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw Failure(message: "无法创建锁文件 \(path)：\(IOErrorText.describe(errno: errno))")
        }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            if code == ENOLCK || code == EINVAL || code == ENOSYS || code == EOPNOTSUPP {
                // A file system without locks (some network or FUSE mounts): write unlocked,
                // as before locks existed, rather than not at all.
                return OutputLock(descriptor: open("/dev/null", O_RDONLY | O_CLOEXEC))
            }
            if code == EWOULDBLOCK {
                throw Failure(
                    message:
                        "另一个 huibao 正在写这个\(what)：\(output.path)（锁文件 \(path)）。请等它结束后再运行；两个同时写会互相破坏"
                )
            }
            throw Failure(message: "无法锁定 \(path)：\(IOErrorText.describe(errno: code))")
        }
        return OutputLock(descriptor: descriptor)
    }
}
