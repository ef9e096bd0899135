import CPNG
import CTurboJPEG

/// Photos as documents embed them (documents.md, "Photos"): at most 1600 px on the long side,
/// turned upright by their EXIF orientation, without EXIF (GPS included), re-encoded as JPEG
/// at quality 80 by libjpeg-turbo's TurboJPEG (PNG read by libpng). The scaling is the JPEG
/// decoder's own (DCT scaling in eighths), so no resampler is written here. The same bytes in
/// give the same bytes out.
public enum PhotoDownscaler {
    /// The longest side a document's photo may have, in pixels.
    public static let longSide = 1600
    /// The JPEG quality of a document's photo.
    public static let quality: Int32 = 80
    /// Larger images (a decompression bomb, a poster scan) are left as they are.
    static let maximumPixels = 100_000_000

    /// The document version of `bytes`: a JPEG; nil when `bytes` is not a JPEG or PNG that can
    /// be read (the caller keeps the original).
    public static func downscale(_ bytes: [UInt8]) -> [UInt8]? {
        if isJPEG(bytes) { return fromJPEG(bytes, orientation: EXIFOrientation.read(bytes), quality: quality) }
        if isPNG(bytes) { return fromPNG(bytes) }
        return nil
    }

    public static func isJPEG(_ bytes: [UInt8]) -> Bool {
        bytes.count > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF
    }

    public static func isPNG(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    /// A JPEG's width and height, from its header.
    public static func jpegSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard isJPEG(bytes), let handle = tjInitDecompress() else { return nil }
        defer { tjDestroy(handle) }
        return header(bytes, handle: handle)
    }

    static func header(_ bytes: [UInt8], handle: tjhandle) -> (width: Int, height: Int)? {
        var width: Int32 = 0
        var height: Int32 = 0
        var subsampling: Int32 = 0
        var colorspace: Int32 = 0
        let status = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace)
        }
        guard status == 0, width > 0, height > 0 else { return nil }
        return (Int(width), Int(height))
    }

    /// The largest size the decoder can scale to (n/8, never up) whose long side fits.
    static func scaledSize(width: Int, height: Int) -> (width: Int, height: Int) {
        var count: Int32 = 0
        guard let factors = tjGetScalingFactors(&count) else { return (width, height) }
        var best = (width: 0, height: 0)
        for index in 0..<Int(count) {
            let factor = factors[index]
            guard factor.num <= factor.denom else { continue }
            let num = Int(factor.num)
            let denom = Int(factor.denom)
            let scaled = (width: (width * num + denom - 1) / denom, height: (height * num + denom - 1) / denom)
            if max(scaled.width, scaled.height) <= longSide, scaled.width * scaled.height > best.width * best.height {
                best = scaled
            }
        }
        return best.width > 0 ? best : (width, height)
    }

    static func fromJPEG(_ bytes: [UInt8], orientation: Int, quality: Int32) -> [UInt8]? {
        guard let handle = tjInitDecompress() else { return nil }
        defer { tjDestroy(handle) }
        guard let full = header(bytes, handle: handle), full.width * full.height <= maximumPixels else { return nil }
        let size = scaledSize(width: full.width, height: full.height)
        var pixels = [UInt8](repeating: 0, count: size.width * size.height * 3)
        let status = bytes.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                tjDecompress2(
                    handle, source.baseAddress, UInt(source.count), target.baseAddress, Int32(size.width), 0,
                    Int32(size.height), Int32(TJPF_RGB.rawValue), TJFLAG_ACCURATEDCT)
            }
        }
        // A warning (a truncated file, say) still gives a picture; an error gives none.
        guard status == 0 || tjGetErrorCode(handle) == Int32(TJERR_WARNING.rawValue) else { return nil }
        let upright = RGBImage(width: size.width, height: size.height, pixels: pixels).oriented(orientation)
        return encode(upright, quality: quality)
    }

    static func fromPNG(_ bytes: [UInt8]) -> [UInt8]? {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let begun = bytes.withUnsafeBufferPointer {
            png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count)
        }
        guard begun != 0 else { return nil }
        let width = Int(image.width)
        let height = Int(image.height)
        guard width > 0, height > 0, width * height <= maximumPixels else {
            png_image_free(&image)
            return nil
        }
        image.format = UInt32(PNG_FORMAT_RGB)
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        var white = png_color(red: 255, green: 255, blue: 255)  // transparency on white paper
        let finished = pixels.withUnsafeMutableBytes {
            png_image_finish_read(&image, &white, $0.baseAddress, Int32(width * 3), nil)
        }
        guard finished != 0 else {
            png_image_free(&image)
            return nil
        }
        let rgb = RGBImage(width: width, height: height, pixels: pixels)
        if max(width, height) <= longSide { return encode(rgb, quality: quality) }
        // Too large: through a near-lossless JPEG, so the JPEG decoder scales it.
        guard let intermediate = encode(rgb, quality: 95) else { return nil }
        return fromJPEG(intermediate, orientation: 1, quality: quality)
    }

    /// A JPEG of `rgb` (three bytes a pixel, row by row), for tests and documents that draw.
    public static func encodeJPEG(width: Int, height: Int, rgb: [UInt8], quality: Int32 = 80) -> [UInt8]? {
        guard width > 0, height > 0, rgb.count == width * height * 3 else { return nil }
        return encode(RGBImage(width: width, height: height, pixels: rgb), quality: quality)
    }

    static func encode(_ image: RGBImage, quality: Int32) -> [UInt8]? {
        guard let handle = tjInitCompress() else { return nil }
        defer { tjDestroy(handle) }
        var output: UnsafeMutablePointer<UInt8>?
        var length: UInt = 0
        let status = image.pixels.withUnsafeBufferPointer {
            tjCompress2(
                handle, $0.baseAddress, Int32(image.width), 0, Int32(image.height), Int32(TJPF_RGB.rawValue), &output,
                &length, Int32(TJSAMP_420.rawValue), quality, TJFLAG_ACCURATEDCT)
        }
        defer { if let output { tjFree(output) } }
        guard status == 0, let output else { return nil }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }
}
