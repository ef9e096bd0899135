import Foundation

/// Finds changes by comparing modification times and sizes every half second: for folders
/// that send no inotify events (WSL's /mnt/c, 9p, CIFS) or with `--poll`.
final class PollingWatcher: Sendable {
    let source: URL
    let continuation: AsyncStream<Set<String>>.Continuation

    init(source: URL, continuation: AsyncStream<Set<String>>.Continuation) {
        self.source = source
        self.continuation = continuation
    }

    func start() {
        let thread = Thread { [self] in
            var previous = scan()
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let current = scan()
                var changed: Set<String> = []
                for (path, stamp) in current where previous[path] != stamp { changed.insert(path) }
                for path in previous.keys where current[path] == nil { changed.insert(path) }
                previous = current
                if !changed.isEmpty { continuation.yield(changed) }
            }
        }
        thread.start()
    }

    /// Every file below Content/ and Templates/ with its modification time and size.
    func scan() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for folder in ["Content", "Templates"] {
            let root = source.appendingPathComponent(folder).path
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = enumerator.nextObject() as? String {
                guard let attributes = enumerator.fileAttributes else { continue }
                if (attributes[.type] as? FileAttributeType) == .typeDirectory { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                result[folder + "/" + relative] = [modified, size]
            }
        }
        return result
    }
}
