import CRsvg
import Synchronization

/// SVG charts as PNG images for documents that cannot show SVG (Word): rendered by librsvg onto
/// a white cairo surface and written by cairo's PNG writer (documents.md, "Word and Excel").
/// The same SVG gives the same bytes on the same machine (same librsvg and fonts).
public enum ChartRaster {
    /// The widest image rendered, in pixels (a print page at 2× needs about 1300).
    public static let maximumSide = 6000

    /// One render at a time: fontconfig and pango keep process-wide caches, and the charts are
    /// few and small, so nothing is lost by not rendering them in parallel.
    static let lock = Mutex(())

    /// `svg` (a standalone SVG document, with the SVG namespace and its styles inside) rendered
    /// `width` pixels wide, its height from the SVG's aspect ratio, on white, as PNG bytes; nil
    /// when librsvg cannot read or render it.
    public static func png(svg: String, width: Int) -> [UInt8]? {
        image(svg: svg, width: width)?.png
    }

    /// The same, with the image's size in pixels (the width asked for, the height it got).
    public static func image(svg: String, width: Int) -> (png: [UInt8], width: Int, height: Int)? {
        guard width > 0, width <= maximumSide else { return nil }
        let bytes = Array(svg.utf8)
        guard !bytes.isEmpty else { return nil }
        return lock.withLock { _ in render(bytes, width: width) }
    }

    static func render(_ bytes: [UInt8], width: Int) -> (png: [UInt8], width: Int, height: Int)? {
        var error: UnsafeMutablePointer<GError>?
        let handle = bytes.withUnsafeBufferPointer {
            rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error)
        }
        if let error { g_error_free(error) }
        guard let handle else { return nil }
        defer { g_object_unref(handle) }
        rsvg_handle_set_dpi(handle, 96)
        guard let aspect = aspectRatio(handle) else { return nil }
        let height = Int((Double(width) * aspect).rounded())
        guard height > 0, height <= maximumSide else { return nil }

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            return nil
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        let rendered = rsvg_handle_render_document(handle, cr, &viewport, &error)
        if let error { g_error_free(error) }
        guard rendered != 0, cairo_status(cr) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        return pngBytes(surface).map { ($0, width, height) }
    }

    /// Height ÷ width: the viewBox's, else the intrinsic size's.
    static func aspectRatio(_ handle: UnsafeMutablePointer<RsvgHandle>) -> Double? {
        var hasWidth: gboolean = 0
        var hasHeight: gboolean = 0
        var hasViewBox: gboolean = 0
        var intrinsicWidth = RsvgLength()
        var intrinsicHeight = RsvgLength()
        var viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(
            handle, &hasWidth, &intrinsicWidth, &hasHeight, &intrinsicHeight, &hasViewBox, &viewBox)
        if hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 { return viewBox.height / viewBox.width }
        var pixelWidth = 0.0
        var pixelHeight = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &pixelWidth, &pixelHeight) != 0, pixelWidth > 0,
            pixelHeight > 0
        {
            return pixelHeight / pixelWidth
        }
        return nil
    }

    /// The surface as PNG, through cairo's stream writer into an array.
    static func pngBytes(_ surface: OpaquePointer) -> [UInt8]? {
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(
                surface,
                { closure, data, length in
                    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                    let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
                    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else { return nil }
        return sink.bytes
    }
}
