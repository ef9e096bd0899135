/// The marker segments of a JPEG before its image data (`FF marker`, a two-byte big-endian
/// length, the body), read only as far as they are whole; the one walk `EXIFOrientation` and
/// `PhotoMetadata` share. Pixel data is libjpeg-turbo's.
enum JPEGSegments {
    /// Each segment's marker and the range of its body in `bytes`, up to the start of scan.
    static func header(_ bytes: [UInt8]) -> [(marker: UInt8, body: Range<Int>)] {
        var segments: [(marker: UInt8, body: Range<Int>)] = []
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xDA || marker == 0xD9 { break }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length >= 2, offset + 2 + length <= bytes.count else { break }
            segments.append((marker, offset + 4..<offset + 2 + length))
            offset += 2 + length
        }
        return segments
    }
}
