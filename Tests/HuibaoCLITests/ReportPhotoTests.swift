import Foundation
import HuibaoPhotos
import HuibaoTestSupport
import Testing

/// Photos in the report are downscaled as documents.md ("Photos") says; the site keeps the
/// originals.
@Suite("Photos in the report (the built binary)", .serialized)
struct ReportPhotoTests {
    /// A 4000×3000 phone photo taken sideways (EXIF orientation 6) with a GPS-like tag: about
    /// as large as a real one, since its pixels vary.
    static func phonePhoto() throws -> [UInt8] {
        let width = 4000
        let height = 3000
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        var seed: UInt32 = 12345
        rgb.withUnsafeMutableBufferPointer { pixels in
            for index in stride(from: 0, to: pixels.count, by: 3) {
                seed = seed &* 1_103_515_245 &+ 12345
                let pixel = index / 3
                let x = pixel % width
                let y = pixel / width
                pixels[index] = UInt8(truncatingIfNeeded: x / 16 + Int(seed >> 28))
                pixels[index + 1] = UInt8(truncatingIfNeeded: y / 12 + Int(seed >> 27 & 15))
                pixels[index + 2] = UInt8(truncatingIfNeeded: (x + y) / 20 + Int(seed >> 26 & 15))
            }
        }
        let jpeg = try #require(PhotoDownscaler.encodeJPEG(width: width, height: height, rgb: rgb, quality: 95))
        // APP1 “Exif”: a little-endian TIFF whose IFD0 holds Orientation = 6, then a marker.
        var tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00]
        tiff += [0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        let payload = Array("Exif".utf8) + [0, 0] + tiff + Array("GPSLatitude 34.6".utf8)
        let length = payload.count + 2
        return [0xFF, 0xD8, 0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload + jpeg.dropFirst(2)
    }

    func site(photo: [UInt8]) throws -> URL {
        let site = try Fixtures.temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("basic"), to: site)
        try? FileManager.default.removeItem(at: site.appendingPathComponent("expected"))
        try Data(photo).write(to: site.appendingPathComponent("Content/assets/手机照片.jpg"))
        let activity = site.appendingPathComponent("Content/activities/2025-05/宣讲.md")
        let text = try String(contentsOf: activity, encoding: .utf8) + "\n![现场](../../assets/手机照片.jpg)\n"
        try Data(text.utf8).write(to: activity)
        return site
    }

    /// The JPEGs embedded in a report, decoded from their `data:` URIs.
    func embeddedJPEGs(_ html: String) -> [[UInt8]] {
        html.components(separatedBy: "src=\"data:image/jpeg;base64,").dropFirst().compactMap {
            Data(base64Encoded: String($0.prefix { $0 != "\"" })).map { [UInt8]($0) }
        }
    }

    @Test func aPhonePhotoIsDownscaledTurnedUprightAndStrippedAndTheSiteKeepsTheOriginal() throws {
        let photo = try Self.phonePhoto()
        #expect(photo.count > 2_000_000)
        let site = try site(photo: photo)
        let output = site.appendingPathComponent("out/midterm.html")
        let result = try CommandRunner.huibao(["report", "midterm", "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        let embedded = embeddedJPEGs(html)
        #expect(embedded.count == 1)
        let jpeg = try #require(embedded.first)
        let size = try #require(PhotoDownscaler.jpegSize(jpeg))
        #expect(max(size.width, size.height) <= 1600 && max(size.width, size.height) >= 1400, "\(size)")
        #expect(size.height > size.width, "not turned upright: \(size)")  // orientation 6: portrait
        #expect(jpeg.count < 400_000, "\(jpeg.count) bytes")
        #expect(!jpeg.starts(with: [0xFF, 0xD8, 0xFF, 0xE1]))  // no EXIF block
        #expect(!String(decoding: jpeg, as: UTF8.self).contains("GPSLatitude"))
        // Twenty such photos would stay far under the spec's 10 MB.
        #expect(html.utf8.count < 600_000, "\(html.utf8.count) bytes")

        // The same photo gives the same bytes.
        let again = try CommandRunner.huibao(["report", "midterm", "--source", site.path, "--output", output.path])
        #expect(again.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == html)

        // The team site publishes the original.
        let publicFolder = site.appendingPathComponent("public")
        let build = try CommandRunner.huibao([
            "build", "--source", site.path, "--output", publicFolder.path, "--as-of", "2025-10-20",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let published = try Data(contentsOf: publicFolder.appendingPathComponent("media/assets/手机照片.jpg"))
        #expect([UInt8](published) == photo)
        // Its copy of the report embeds the downscaled photo, as the command does.
        let siteReport = try String(
            contentsOf: publicFolder.appendingPathComponent("reports/midterm.html"), encoding: .utf8)
        #expect(embeddedJPEGs(siteReport) == embedded)
    }

    @Test func aPublicBuildPublishesThePhotoUprightWithoutEXIFAndKeepsItsPixels() throws {
        let photo = try Self.phonePhoto()
        let site = try site(photo: photo)
        let publicFolder = site.appendingPathComponent("public-readers")
        let build = try CommandRunner.huibao([
            "build", "--public", "--source", site.path, "--output", publicFolder.path, "--as-of", "2025-10-20",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let published = [UInt8](try Data(contentsOf: publicFolder.appendingPathComponent("media/assets/手机照片.jpg")))
        #expect(!PhotoMetadata.hasMetadata(published))
        #expect(!String(decoding: published, as: UTF8.self).contains("GPSLatitude"))
        #expect(!String(decoding: published, as: UTF8.self).contains("Exif"))
        let size = try #require(PhotoDownscaler.jpegSize(published))
        // Turned upright (orientation 6) by the lossless transform, at full size, not re-encoded
        // smaller: 3000 is not a whole number of 16-pixel blocks, so the partial block is trimmed.
        #expect(size.width > 2980 && size.width <= 3000 && size.height == 4000, "\(size)")
        #expect(published.count > photo.count * 9 / 10, "\(published.count) of \(photo.count) bytes")
        // A photo without EXIF is published as it is.
        #expect(PhotoMetadata.stripped(published) == nil)
    }

    @Test func downscaledPhotosAreCachedBetweenRunsByTheirBytes() throws {
        let photo = try Self.phonePhoto()
        let site = try site(photo: photo)
        let cache = try Fixtures.temporaryFolder()
        let environment = ["XDG_CACHE_HOME": cache.path]
        let output = site.appendingPathComponent("out/midterm.html")
        let arguments = ["report", "midterm", "--source", site.path, "--output", output.path]
        #expect(try CommandRunner.huibao(arguments, environment: environment).status == 0)
        let folder = cache.appendingPathComponent("huibao/photos")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }
        #expect(entries.count == 1, "\(entries)")
        let entry = folder.appendingPathComponent(try #require(entries.first))
        #expect(embeddedJPEGs(try String(contentsOf: output, encoding: .utf8)) == [[UInt8](try Data(contentsOf: entry))])

        // The next run takes the cached entry instead of decoding the photo again.
        let marker = try #require(PhotoDownscaler.encodeJPEG(width: 8, height: 8, rgb: [UInt8](repeating: 200, count: 192)))
        try Data(marker).write(to: entry)
        #expect(try CommandRunner.huibao(arguments, environment: environment).status == 0)
        #expect(embeddedJPEGs(try String(contentsOf: output, encoding: .utf8)) == [marker])

        // Other bytes, another entry.
        try Data(photo.dropLast(2) + [0xFF, 0xD9, 0x00]).write(to: site.appendingPathComponent("Content/assets/手机照片.jpg"))
        #expect(try CommandRunner.huibao(arguments, environment: environment).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }.count == 2)
    }
}
