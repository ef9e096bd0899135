/// What a Word document needs from the image libraries, which the site's target does not link:
/// a chart (a standalone SVG) rendered as PNG, and a JPEG's pixel size. The build hands in
/// librsvg and libjpeg-turbo (`HuibaoPhotos`); tests may hand in anything.
public struct DocumentImaging: Sendable {
    /// A standalone SVG rendered `width` pixels wide: PNG bytes and the size they have.
    public var chart: @Sendable (_ svg: String, _ width: Int) -> (png: [UInt8], width: Int, height: Int)?
    /// A JPEG's width and height, from its header; nil when the bytes are not a JPEG.
    public var jpegSize: @Sendable (_ bytes: [UInt8]) -> (width: Int, height: Int)?

    public init(
        chart: @escaping @Sendable (_ svg: String, _ width: Int) -> (png: [UInt8], width: Int, height: Int)?,
        jpegSize: @escaping @Sendable (_ bytes: [UInt8]) -> (width: Int, height: Int)?
    ) {
        self.chart = chart
        self.jpegSize = jpegSize
    }
}
