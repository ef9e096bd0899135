import CTurboJPEG

/// Photos a public build publishes (documents.md "Photos"): a JPEG that carries EXIF or XMP
/// (camera, time, GPS position) is rewritten by libjpeg-turbo's lossless transform without any
/// of its markers, turned upright first by its EXIF orientation (the orientation goes with the
/// EXIF), so the picture looks the same and its pixels are not re-encoded. Other images are
/// left as they are.
public enum PhotoMetadata {
    /// True when `bytes` is a JPEG with an EXIF or XMP block (APP1).
    public static func hasMetadata(_ bytes: [UInt8]) -> Bool {
        PhotoDownscaler.isJPEG(bytes) && JPEGSegments.header(bytes).contains { $0.marker == 0xE1 }
    }

    /// `bytes` without EXIF and XMP, upright; nil when there is nothing to remove or the JPEG
    /// cannot be transformed (the caller then re-encodes it, which also drops the EXIF).
    public static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        guard hasMetadata(bytes) else { return nil }
        let operation = Self.operation(EXIFOrientation.read(bytes))
        // Perfect first (no pixel lost); a rotation of a JPEG whose size is not a whole number of
        // blocks trims the partial blocks at the edge (at most 15 pixels) instead.
        if let result = transform(bytes, operation: operation, options: TJXOPT_PERFECT | TJXOPT_COPYNONE) {
            return result
        }
        return transform(bytes, operation: operation, options: TJXOPT_TRIM | TJXOPT_COPYNONE)
    }

    /// The lossless operation that turns a picture with EXIF orientation `orientation` upright.
    static func operation(_ orientation: Int) -> Int32 {
        switch orientation {
        case 2: Int32(TJXOP_HFLIP.rawValue)
        case 3: Int32(TJXOP_ROT180.rawValue)
        case 4: Int32(TJXOP_VFLIP.rawValue)
        case 5: Int32(TJXOP_TRANSPOSE.rawValue)
        case 6: Int32(TJXOP_ROT90.rawValue)
        case 7: Int32(TJXOP_TRANSVERSE.rawValue)
        case 8: Int32(TJXOP_ROT270.rawValue)
        default: Int32(TJXOP_NONE.rawValue)
        }
    }

    static func transform(_ bytes: [UInt8], operation: Int32, options: Int32) -> [UInt8]? {
        guard let handle = tjInitTransform() else { return nil }
        defer { tjDestroy(handle) }
        var transform = tjtransform()
        transform.op = operation
        transform.options = options
        var output: UnsafeMutablePointer<UInt8>?
        var length: UInt = 0
        let status = bytes.withUnsafeBufferPointer {
            tjTransform(handle, $0.baseAddress, UInt($0.count), 1, &output, &length, &transform, 0)
        }
        defer { if let output { tjFree(output) } }
        guard status == 0, let output, length > 0 else { return nil }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }
}
