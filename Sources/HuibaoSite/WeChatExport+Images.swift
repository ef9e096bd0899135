import Foundation
import HuibaoModel

extension WeChatExport {
    /// What becomes of an image on the writer's own disk: kept as an `<img>` (the team site's
    /// copy button, whose page shows it), or a visible placeholder naming the file (the
    /// `wechat` export: a local path is a broken box in the editor).
    public enum LocalImages: Sendable {
        case kept, placeholder
    }

    /// Images WeChat fetches and re-hosts itself when the fragment is pasted.
    public static func isWebImage(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
            || lower.hasPrefix("data:")
    }

    /// `【此处插入图片：文件名】` for a local image, the file name decoded from the address and
    /// masked like the rest of the export (a phone number in a photo's name never shows).
    public static func placeholder(for src: String, asOf: Day) -> String {
        let path = src.split(separator: "#").first.map(String.init) ?? src
        let last = path.split(separator: "/").last.map(String.init) ?? path
        let name = last.removingPercentEncoding ?? last
        return "【此处插入图片：\(PersonalData.mask(name, asOf: asOf))】"
    }
}
