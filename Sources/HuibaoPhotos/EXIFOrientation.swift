/// The orientation tag (0x0112) of a JPEG's EXIF block: how a camera held sideways wants the
/// picture turned. 1 (as stored) when there is none or it cannot be read.
enum EXIFOrientation {
    static func read(_ bytes: [UInt8]) -> Int {
        for (marker, body) in JPEGSegments.header(bytes)
        where marker == 0xE1 && body.count >= 14
            && bytes[body.lowerBound..<body.lowerBound + 6].elementsEqual([0x45, 0x78, 0x69, 0x66, 0, 0])
        {
            return orientation(inTIFF: Array(bytes[body.lowerBound + 6..<body.upperBound])) ?? 1
        }
        return 1
    }

    /// The orientation in IFD0 of a TIFF structure (the EXIF block after “Exif\0\0”).
    static func orientation(inTIFF tiff: [UInt8]) -> Int? {
        guard tiff.count >= 8 else { return nil }
        let little: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= tiff.count else { return nil }
            return little ? Int(tiff[at]) | Int(tiff[at + 1]) << 8 : Int(tiff[at]) << 8 | Int(tiff[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let high = u16(little ? at + 2 : at), let low = u16(little ? at : at + 2) else { return nil }
            return high << 16 | low
        }
        guard u16(2) == 42, let ifd = u32(4), let count = u16(ifd) else { return nil }
        for entry in 0..<count {
            let at = ifd + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112, let value = u16(at + 8), (1...8).contains(value) { return value }
        }
        return nil
    }
}
