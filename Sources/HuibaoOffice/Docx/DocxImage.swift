/// A picture placed inline on a line of its own: JPEG or PNG bytes with their pixel size,
/// shown at 96 dpi and scaled down to fit the text width and `maxHeight`, its alt text as the
/// drawing's description.
public struct DocxImage: Sendable, Equatable {
    public enum Format: String, Sendable {
        case jpeg, png

        var contentType: String { self == .jpeg ? "image/jpeg" : "image/png" }
    }

    public var bytes: [UInt8]
    public var format: Format
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// The description (`descr`) screen readers and Word's alt text show.
    public var altText: String
    /// A caption paragraph under the picture (nil: none).
    public var caption: String?
    /// The largest height shown, in EMU (default 9 cm, as the HTML report).
    public var maxHeight: Int

    /// EMU per pixel at 96 dpi.
    public static let emuPerPixel = 9525
    /// 9 cm in EMU.
    public static let defaultMaxHeight = 3_240_000

    public init(
        bytes: [UInt8], format: Format, pixelWidth: Int, pixelHeight: Int, altText: String, caption: String? = nil,
        maxHeight: Int = DocxImage.defaultMaxHeight
    ) {
        self.bytes = bytes
        self.format = format
        self.pixelWidth = max(1, pixelWidth)
        self.pixelHeight = max(1, pixelHeight)
        self.altText = altText
        self.caption = caption
        self.maxHeight = maxHeight
    }

    /// The shown size in EMU: the pixel size at 96 dpi, scaled down (keeping the aspect ratio)
    /// to fit the text width and `maxHeight`.
    public var extent: (cx: Int, cy: Int) {
        let maxWidth = DocxPage.textWidth * DocxPage.emuPerTwip
        var cx = pixelWidth * Self.emuPerPixel
        var cy = pixelHeight * Self.emuPerPixel
        if cx > maxWidth {
            cy = cy * maxWidth / cx
            cx = maxWidth
        }
        if cy > maxHeight {
            cx = cx * maxHeight / cy
            cy = maxHeight
        }
        return (max(1, cx), max(1, cy))
    }
}
