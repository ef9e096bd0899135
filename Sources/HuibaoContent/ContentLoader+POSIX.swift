#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File system access for `ContentLoader` through the C library: one `readdir` per folder
/// and one `open`/`read` per file, where Foundation's enumerator, URLs and `Data` cost more
/// than reading 10,000 write-ups takes.
extension ContentLoader {
    /// An entry under `Content/`, as `FileManager.enumerator(atPath:)` lists it: folders
    /// before what they hold, symbolic links not followed.
    struct Entry {
        enum Kind {
            case directory, symbolicLink, other
        }

        /// The path relative to `Content/`, as the folder names it (not normalized).
        var relative: String
        var kind: Kind
    }

    /// Every entry below `folder`, depth first; a folder that cannot be read is left out.
    static func entries(below folder: String) -> [Entry] {
        var result: [Entry] = []
        walk(folder, relative: "", into: &result)
        return result
    }

    private static func walk(_ folder: String, relative: String, into result: inout [Entry]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(cString: buffer.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let full = folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var kind: Entry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_UNKNOWN): kind = linkStatus(full)
            default: kind = .other
            }
            result.append(Entry(relative: path, kind: kind))
            if kind == .directory { walk(full, relative: path, into: &result) }
        }
    }

    /// The kind of entry at `path` without following a link (for file systems without `d_type`).
    private static func linkStatus(_ path: String) -> Entry.Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// A file's bytes (following links), nil when it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        // Read into an uninitialized buffer one byte larger than the file, to see its end.
        let size = max(Int(status.st_size), 0)
        // A regular file's read that returns less than asked for has reached the end (POSIX):
        // no second read just to see 0.
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let asked = buffer.count - count
                let got = read(descriptor, buffer.baseAddress! + count, asked)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    failed = got < 0
                    return
                }
                count += got
                if isRegular && got < asked { return }
            }
        }
        guard !failed else { return nil }
        // A file that grew since `fstat`: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: bytes.count == size + 1 ? 65536 : 0)
        while !chunk.isEmpty {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            bytes += chunk[..<got]
        }
        return bytes
    }
}
