import HuibaoModel

/// Which evidence files (佐证材料) a site carries: on the team's site every existing file of
/// every write-up that has a page there, with a downscaled thumbnail for each image over 64 KB
/// (a smaller image is its own thumbnail), and every existing file a ledger row names in an
/// evidence column (linked from the ledger's page); never on any other audience's site
/// (sign-in sheets carry names and phone numbers).
public enum MaterialFiles {
    /// Paths relative to `Content/`, each once (by its bytes), in the order first named:
    /// write-ups in their order, then ledger rows. (The plan's order of files changes no byte.)
    public static func published(_ content: SiteContent, audience: Audience) -> [String] {
        publishedByOrigin(content, audience: audience).paths
    }

    /// `published`, and how many of its first paths a write-up names (those, images among them,
    /// are shown on the write-up pages; a file a write-up and a ledger row both name is among them).
    public static func publishedByOrigin(_ content: SiteContent, audience: Audience) -> (
        paths: [String], fromWriteUps: Int
    ) {
        guard case .team(let drafts) = audience else { return ([], 0) }
        // Each run of write-ups' files (read in place: a copy of each write-up retained all its
        // fields) and their names' hashes on the cores: 20,000 files at the bench, each touched once.
        let activities = content.activities
        let runs = stride(from: 0, to: activities.count, by: 512).map { $0..<min(activities.count, $0 + 512) }
        let named = Parallel.map(runs) { run -> (paths: [String], hashes: [Int]) in
            var paths: [String] = []
            var hashes: [Int] = []
            for index in run where !activities[index].materials.isEmpty {
                guard drafts || !activities[index].isDraft else { continue }
                for file in activities[index].materials where file.exists {
                    paths.append(file.path)
                    hashes.append(bytesHash(file.path))
                }
            }
            return (paths, hashes)
        }
        var paths: [String] = []
        var hashes: [Int] = []
        paths.reserveCapacity(named.reduce(0) { $0 + $1.paths.count })
        hashes.reserveCapacity(paths.capacity)
        for run in named {
            paths += run.paths
            hashes += run.hashes
        }
        let namedByWriteUps = paths.count
        for entries in content.ledgerEntries.values {
            for entry in entries where !entry.materials.isEmpty {
                for file in entry.materials where file.exists {
                    paths.append(file.path)
                    hashes.append(bytesHash(file.path))
                }
            }
        }
        // Duplicates found by their bytes: the positions sorted by hash, neighbours with one
        // hash compared (a `Set` of 20,000 names probed a table too big for the caches, and
        // a `Set<String>` normalizes every Chinese name to hash it). The first naming stays.
        var order = zip(hashes, paths.indices).map { (hash: $0, index: $1) }
        order.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
        var repeated: [Bool]?
        var groupStart = 0
        for position in order.indices.dropFirst() {
            let index = order[position].index
            if order[position].hash != order[position - 1].hash {
                groupStart = position
                continue
            }
            // (Within a group of one hash, by position: the first naming comes first.)
            if order[groupStart..<position].contains(where: { paths[$0.index].hasSameBytes(as: paths[index]) }) {
                if repeated == nil { repeated = Array(repeating: false, count: paths.count) }
                repeated![index] = true
            }
        }
        guard let repeated else { return (paths, namedByWriteUps) }
        var unique: [String] = []
        var fromWriteUps = 0
        unique.reserveCapacity(paths.count)
        for index in paths.indices where !repeated[index] {
            unique.append(paths[index])
            if index < namedByWriteUps { fromWriteUps += 1 }
        }
        return (unique, fromWriteUps)
    }

    /// A path's hash by its bytes (as `UTF8Key` hashes it: no Unicode normalization).
    private static func bytesHash(_ path: String) -> Int {
        var hasher = Hasher()
        path.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    /// Images up to this size (64 KB) are shown as they are: a thumbnail would not be smaller,
    /// so they get no `materials/_thumbs/` entry.
    public static let smallImageBytes = 64 * 1024

    /// Whether the file is shown as an image (a JPEG or PNG by its extension).
    public static func isImage(_ path: String) -> Bool {
        // The extension's ASCII bytes, lowercased, read from the end (no copy of the path).
        var suffix: UInt32 = 0
        var length = 0
        for byte in path.utf8.reversed() {
            if byte == UInt8(ascii: ".") {
                return (length == 3 && (suffix == fourCC("jpg") || suffix == fourCC("png")))
                    || (length == 4 && suffix == fourCC("jpeg"))
            }
            guard length < 4 else { return false }
            suffix |= UInt32(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) << (8 * length)
            length += 1
        }
        return false
    }

    /// An extension of up to four ASCII letters as one number, first letter highest.
    private static func fourCC(_ text: StaticString) -> UInt32 {
        var value: UInt32 = 0
        for index in 0..<text.utf8CodeUnitCount { value = value << 8 | UInt32(text.utf8Start[index]) }
        return value
    }
}
