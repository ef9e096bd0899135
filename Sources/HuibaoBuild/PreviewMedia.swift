/// Images as `serve` sends them: an SVG without what can run (finding 18). Always cleaned,
/// even where project.yml allows raw HTML: the preview shows the team's site, and a script
/// in a drawing would run on its origin.
public enum PreviewMedia {
    public static func served(_ bytes: [UInt8], path: String) -> [UInt8] {
        guard path.lowercased().hasSuffix(".svg"), case .cleaned(_, let cleaned) = SVGSanitizer.sanitize(bytes) else {
            return bytes
        }
        return cleaned
    }
}
