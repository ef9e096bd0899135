/// A name in the evaluation archive (documents.md "The archive"): the URL rules of
/// content-format.md (`Slug`), then `/ : * < > |` dropped and trailing dots and spaces
/// removed, so that every name is one legal segment on Linux, macOS and Windows alike.
public enum ArchiveName {
    /// The longest name in bytes (file systems allow 255; Windows counts UTF-16 units, fewer).
    public static let maximumBytes = 180

    /// `text` as one file or folder name: never empty, `.`, `..`, a Windows device name
    /// (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension) nor longer than
    /// `maximumBytes` (cut at a character, keeping `suffix`, e.g. an extension, whole).
    public static func clean(_ text: String, suffix: String = "") -> String {
        let tail = cleanedPart(suffix)
        var stem = cleanedPart(text)
        while stem.utf8.count + tail.utf8.count > maximumBytes, !stem.isEmpty { stem.removeLast() }
        var name = trimmedEnd(stem + tail)
        if name.isEmpty || name == "." || name == ".." { name = "_" + name }
        if isDeviceName(name) { name = "_" + name }
        return name
    }

    /// The part with the slug rules and the Windows rules applied, ends not yet trimmed.
    private static func cleanedPart(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "/", ":", "*", "<", ">", "|": continue
            default: kept.append(scalar)
            }
        }
        // Slug.cleanSegment never returns `.` or `..` (it returns "" for them).
        return Slug.cleanSegment(String(kept))
    }

    /// Without trailing dots and spaces (Windows drops them, so two names could meet).
    private static func trimmedEnd(_ name: String) -> String {
        var result = Substring(name)
        while let last = result.last, last == "." || last == " " {
            result = result.dropLast()
        }
        return String(result)
    }

    /// Whether Windows reserves `name` for a device: the part before the first dot, trailing
    /// spaces ignored, is CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9 in any case (the
    /// superscript digits ¹ ² ³ count too).
    public static func isDeviceName(_ name: String) -> Bool {
        let stem = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var upper = stem.uppercased()
        while upper.last == " " { upper.removeLast() }
        if ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"].contains(upper) { return true }
        guard upper.count == 4, upper.hasPrefix("COM") || upper.hasPrefix("LPT"), let digit = upper.last else {
            return false
        }
        return "123456789¹²³".contains(digit)
    }

    /// Whether `name` may be one segment of an archive path on every system: what `clean`
    /// returns always is (the property tests hold it to this).
    public static func isLegal(_ name: String) -> Bool {
        guard !name.isEmpty, name != ".", name != "..", name.utf8.count <= 255, !isDeviceName(name) else {
            return false
        }
        if name.last == "." || name.last == " " { return false }
        return !name.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
        }
    }
}
