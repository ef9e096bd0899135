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
        var paths: [String] = []
        // Each write-up's files read in place (a copy of each write-up retained all its fields).
        for index in content.activities.indices where !content.activities[index].materials.isEmpty {
            guard drafts || !content.activities[index].isDraft else { continue }
            for file in content.activities[index].materials where file.exists { paths.append(file.path) }
        }
        let namedByWriteUps = paths.count
        for entries in content.ledgerEntries.values {
            for entry in entries where !entry.materials.isEmpty {
                for file in entry.materials where file.exists { paths.append(file.path) }
            }
        }
        // Duplicates found by their bytes (a `Set<String>` normalizes every Chinese name to
        // hash it, and sorting compares them as Unicode: 20,000 names at the bench), each
        // name hashed on the cores first.
        let keys = Parallel.map(paths) { UTF8Key($0) }
        var seen = Set<UTF8Key>(minimumCapacity: keys.count)
        var fromWriteUps = 0
        var unique: [String] = []
        unique.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() where seen.insert(key).inserted {
            unique.append(key.text)
            if index < namedByWriteUps { fromWriteUps += 1 }
        }
        return (unique, fromWriteUps)
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
