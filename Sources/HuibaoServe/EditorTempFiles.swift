/// The files editors write beside the one being saved — `sed -i`'s `sedK6X7MJ`, vim's swap
/// files and `4913` probe, emacs' `#x#` and `.#x`, WPS and Office `~$x`, LibreOffice's
/// `.~lock.x#`, `x~` backups, `.tmp` files — which the preview neither rebuilds for nor names.
enum EditorTempFiles {
    /// Whether the last component of `path` is such a file.
    static func isTemporary(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasPrefix("~$") || name.hasPrefix(".~lock.") || name.hasPrefix(".#") || name.hasSuffix("~") { return true }
        if name.hasPrefix("#") && name.hasSuffix("#") { return true }
        if name == "4913" || name.hasPrefix(".goutputstream-") { return true }
        for suffix in [".swp", ".swo", ".swx", ".tmp", ".temp", ".crdownload", ".part", ".kate-swp"]
        where name.lowercased().hasSuffix(suffix) {
            return true
        }
        // `sed -i` writes `sed` + 6 random ASCII letters and digits, then renames it over the file.
        let bytes = Array(name.utf8)
        let isAlphanumeric = { (byte: UInt8) in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        return bytes.count == 9 && name.hasPrefix("sed") && bytes.dropFirst(3).allSatisfy(isAlphanumeric)
    }
}
