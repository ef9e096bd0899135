/// Decoded pixels, three bytes (R, G, B) each, row by row.
struct RGBImage {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    /// The image as it is meant to be seen, for an EXIF orientation (1–8; others as 1).
    func oriented(_ orientation: Int) -> RGBImage {
        guard (2...8).contains(orientation) else { return self }
        let swaps = orientation >= 5
        let outWidth = swaps ? height : width
        let outHeight = swaps ? width : height
        var result = [UInt8](repeating: 0, count: pixels.count)
        for y in 0..<outHeight {
            for x in 0..<outWidth {
                let (sourceX, sourceY): (Int, Int)
                switch orientation {
                case 2: (sourceX, sourceY) = (width - 1 - x, y)  // mirrored
                case 3: (sourceX, sourceY) = (width - 1 - x, height - 1 - y)  // 180°
                case 4: (sourceX, sourceY) = (x, height - 1 - y)  // flipped
                case 5: (sourceX, sourceY) = (y, x)  // transposed
                case 6: (sourceX, sourceY) = (y, height - 1 - x)  // 90° clockwise
                case 7: (sourceX, sourceY) = (width - 1 - y, height - 1 - x)  // transversed
                default: (sourceX, sourceY) = (width - 1 - y, x)  // 8: 90° counter-clockwise
                }
                let to = (y * outWidth + x) * 3
                let from = (sourceY * width + sourceX) * 3
                result[to] = pixels[from]
                result[to + 1] = pixels[from + 1]
                result[to + 2] = pixels[from + 2]
            }
        }
        return RGBImage(width: outWidth, height: outHeight, pixels: result)
    }
}
