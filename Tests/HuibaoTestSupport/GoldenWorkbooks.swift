import Foundation

/// The golden output trees hold text: `data/indicators.xlsx` is a zip whose deflated bytes
/// depend on the zlib build, so it is taken out of a built tree before the byte comparison
/// (checked to be there and to be a zip) and its content is tested by reading it back with
/// openpyxl (`IndicatorsWorkbookTests`); its determinism is tested on one machine.
public enum GoldenWorkbooks {
    /// Removes `data/indicators.xlsx` from `output`; false when it was missing or not a zip.
    public static func setAside(in output: URL) -> Bool {
        let file = output.appendingPathComponent("data/indicators.xlsx")
        guard let data = FileManager.default.contents(atPath: file.path), data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        else { return false }
        return (try? FileManager.default.removeItem(at: file)) != nil
    }
}
