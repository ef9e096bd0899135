import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches a project's Content/ and Templates/ and reports the changed paths, relative to
/// the source folder (`Content/activities/2025-06/宣讲.md`), a batch at a time.
enum FileWatcher {
    /// The changes, and a line saying how they are watched.
    static func start(source: URL, poll: Bool) -> (changes: AsyncStream<Set<String>>, description: String) {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        if !poll {
            if let remote = remoteFileSystem(source) {
                let watcher = PollingWatcher(source: source, continuation: continuation)
                watcher.start()
                return (stream, "\(remote) 上的文件夹收不到 inotify 通知，改为每 0.5 秒检查文件修改时间（轮询）。")
            }
            if let watcher = InotifyWatcher(source: source, continuation: continuation) {
                watcher.start()
                return (stream, "用 inotify 监视 Content/ 和 Templates/ 的变化。")
            }
            let watcher = PollingWatcher(source: source, continuation: continuation)
            watcher.start()
            return (stream, "inotify 不可用，改为每 0.5 秒检查文件修改时间（轮询）。")
        }
        let watcher = PollingWatcher(source: source, continuation: continuation)
        watcher.start()
        return (stream, "按 --poll 每 0.5 秒检查 Content/ 和 Templates/ 的文件修改时间（轮询）。")
    }

    /// The kind of a network or VM-shared file system that sends no inotify events for
    /// changes made from elsewhere, or nil: the type of the mount holding Content/, from /proc/mounts.
    static func remoteFileSystem(_ source: URL) -> String? {
        let folder = source.appendingPathComponent("Content").resolvingSymlinksInPath().path
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let inside = point == "/" || folder == point || folder.hasPrefix(point + "/")
            if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        guard let type = best?.type else { return nil }
        return describe(type)
    }

    /// A reader's name for a file system type that sends no inotify events, or nil.
    static func describe(_ type: String) -> String? {
        switch type {
        case "9p", "drvfs": return "\(type)（如 WSL 的 /mnt/c）"
        case "cifs", "smb3", "smbfs": return "CIFS/SMB 共享文件夹"
        case "nfs", "nfs4": return "NFS 共享文件夹"
        case "vboxsf": return "VirtualBox 共享文件夹"
        case "fuse.sshfs": return "SSHFS"
        default: return nil
        }
    }
}
