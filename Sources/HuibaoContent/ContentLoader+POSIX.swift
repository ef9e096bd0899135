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
            /// `special`: a FIFO, socket or device, never opened.
            case directory, symbolicLink, special, other
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
            let path = relative.isEmpty ? name : relative + "/" + name
            var kind: Entry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): kind = .special
            case Int32(DT_UNKNOWN): kind = linkStatus(folder + "/" + name)
            default: kind = .other
            }
            result.append(Entry(relative: path, kind: kind))
            // (The full path only for a folder: not built for each of thousands of scans.)
            if kind == .directory { walk(folder + "/" + name, relative: path, into: &result) }
        }
    }

    /// The kind of entry at `path` without following a link (for file systems without `d_type`).
    private static func linkStatus(_ path: String) -> Entry.Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK: return .special
        default: return .other
        }
    }

    /// A file's bytes (following links), nil when it cannot be read; `.notRegular` for a
    /// FIFO, socket or device, which is never waited on.
    static func contents(of path: String) -> Result<[UInt8], RegularFile.Problem> {
        RegularFile.read(path)
    }
}
