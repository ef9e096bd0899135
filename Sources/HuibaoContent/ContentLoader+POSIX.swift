import HuibaoModel

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
        /// For an `.other` entry: its path in NFC (as a `ContentPaths` key), whether it is
        /// hidden and whether it is parsed — worked out on the core that listed its folder.
        var name: (key: ContentPaths.Key, hidden: Bool, parsed: Bool)?
    }

    /// Every entry below `folder`, depth first (each folder's entries in the order it lists
    /// them, a folder before what it holds); a folder that cannot be read is left out. The
    /// folders of one depth are listed on all cores (a project's months are folders of their own).
    static func entries(below folder: String) -> [Entry] {
        var listings: [String: [Entry]] = [:]
        var level = [""]
        while !level.isEmpty {
            let listed = Parallel.map(level) { relative in
                list(relative.isEmpty ? folder : folder + "/" + relative, relative: relative)
            }
            var next: [String] = []
            for (relative, entries) in zip(level, listed) {
                listings[relative] = entries
                for entry in entries where entry.kind == .directory { next.append(entry.relative) }
            }
            level = next
        }
        var result: [Entry] = []
        func append(_ relative: String) {
            for entry in listings[relative] ?? [] {
                result.append(entry)
                if entry.kind == .directory { append(entry.relative) }
            }
        }
        append("")
        return result
    }

    /// The entries of one folder (not of its folders), each file's name classified.
    private static func list(_ folder: String, relative: String) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var result: [Entry] = []
        // A name's path is the folder's bytes, a slash and the name's, made in one allocation
        // (`relative/` once per folder), and hidden when the folder is or the name starts with ".".
        let prefix = Array(relative.utf8) + (relative.isEmpty ? [] : [UInt8(ascii: "/")])
        let folderIsHidden = isHidden(relative)
        while let entry = readdir(directory) {
            guard let named = name(of: entry, after: prefix) else { continue }
            let path = named.path
            var kind: Entry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): kind = .special
            case Int32(DT_UNKNOWN):
                kind = linkStatus(folder + "/" + String(decoding: path.utf8.dropFirst(prefix.count), as: UTF8.self))
            default: kind = .other
            }
            var classified: (key: ContentPaths.Key, hidden: Bool, parsed: Bool)?
            if kind == .other {
                let normalized = Self.normalized(path)
                // (Normalizing never adds nor removes a leading "." of a name.)
                let hidden = folderIsHidden || named.startsWithDot
                classified = (
                    ContentPaths.Key(normalized: normalized), hidden, !hidden && ContentSnapshot.isParsed(normalized)
                )
            }
            result.append(Entry(relative: path, kind: kind, name: classified))
        }
        return result
    }

    /// An entry's path: `prefix` (its folder's path and a slash, or nothing at the top) and
    /// its name, made in one allocation from `readdir`'s C string; nil for "." and "..".
    private static func name(
        of entry: UnsafeMutablePointer<dirent>, after prefix: [UInt8]
    ) -> (path: String, startsWithDot: Bool)? {
        withUnsafeBytes(of: entry.pointee.d_name) { buffer in
            let name = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            if name[0] == UInt8(ascii: "."), length == 1 || (length == 2 && name[1] == UInt8(ascii: ".")) {
                return nil
            }
            let path = String(unsafeUninitializedCapacity: prefix.count + length) { out in
                let start = out.initialize(fromContentsOf: prefix)
                return UnsafeMutableBufferPointer(rebasing: out[start...])
                    .initialize(fromContentsOf: UnsafeBufferPointer(start: name, count: length)) + start
            }
            return (path, name[0] == UInt8(ascii: "."))
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
