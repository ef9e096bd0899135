import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches Content/ and Templates/ with Linux inotify: one watch per folder, added for new
/// folders as they appear. Creates, writes, deletes and renames (editors that save a temp
/// file and rename it over the original) are reported as changed paths.
final class InotifyWatcher: Sendable {
    let source: URL
    let descriptor: Int32
    let continuation: AsyncStream<Set<String>>.Continuation

    static let mask: UInt32 =
        UInt32(IN_CREATE) | UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM)
        | UInt32(IN_DELETE) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF)

    /// Nil when inotify cannot be used here.
    init?(source: URL, continuation: AsyncStream<Set<String>>.Continuation) {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.source = source
        self.descriptor = descriptor
        self.continuation = continuation
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.start()
    }

    private func run() {
        // Watch descriptor → folder relative to the source ("" is the source folder itself).
        var folders: [Int32: String] = [:]
        func watch(_ relative: String) {
            let full = relative.isEmpty ? source.path : source.appendingPathComponent(relative).path
            let wd = inotify_add_watch(descriptor, full, Self.mask)
            guard wd >= 0 else { return }
            folders[wd] = relative
            guard !relative.isEmpty, let names = try? FileManager.default.contentsOfDirectory(atPath: full) else {
                return
            }
            for name in names {
                var isDirectory: ObjCBool = false
                let child = relative + "/" + name
                if FileManager.default.fileExists(atPath: full + "/" + name, isDirectory: &isDirectory),
                    isDirectory.boolValue
                {
                    watch(child)
                }
            }
        }
        // The source folder itself, non-recursively, to see Content/ or Templates/ appear.
        watch("")
        watch("Content")
        watch("Templates")

        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed: Set<String> = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 {
                if errno == EINTR { continue }
                return
            }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (
                        raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                guard let folder = folders[wd] else { continue }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[wd] = nil
                    continue
                }
                if folder.isEmpty {
                    // Only Content/ and Templates/ matter in the source folder.
                    guard name == "Content" || name == "Templates" else { continue }
                    if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { watch(name) }
                    changed.insert(name)
                    continue
                }
                let path = name.isEmpty ? folder : folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                    watch(path)
                }
                // A file being written is read once it is closed, not half-written on each write.
                if mask & UInt32(IN_ISDIR) == 0, mask & ~(UInt32(IN_MODIFY) | UInt32(IN_CREATE)) == 0 { continue }
                changed.insert(path)
            }
            // Gather what follows within a few milliseconds (a save is often several events).
            var pending = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&pending, 1, 5) > 0 { continue }
            if !changed.isEmpty {
                continuation.yield(changed)
                changed = []
            }
        }
    }
}
