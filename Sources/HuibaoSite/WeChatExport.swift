import HuibaoModel

/// An article body ready to paste into the WeChat Official Account editor.
public struct WeChatFragment: Sendable, Equatable {
    /// One outside link moved to the closing 引用链接 list.
    public struct Footnote: Sendable, Equatable {
        /// The link's text as it read in the body (escaped HTML, tags removed).
        public var text: String
        /// The link's address, escaped for HTML.
        public var url: String
    }

    /// The fragment: one `<section>`, every style inline, no class, id, `<style>` or script.
    public var html: String
    /// The outside links, numbered from 1 in the order of their `<sup>[n]</sup>` marks.
    public var footnotes: [Footnote]
}

/// Turns a body's HTML as cmark renders it into the WeChat fragment (see the conventions:
/// what survives a paste into the editor): each element styled from the `WeChatStyles` table,
/// outside links turned into text with a numbered footnote (links to mp.weixin.qq.com stay),
/// images kept (or, for local ones, a placeholder naming the file), other HTML dropped, mobile and ID numbers masked as in a public build.
public enum WeChatExport {
    /// The heading of the closing list of outside links.
    public static let footnotesTitle = "引用链接"

    public static func fragment(
        fromHTML html: String, styles: WeChatStyles, asOf: Day, localImages: LocalImages = .kept,
        keeping publicPhones: PublicPhones = .none
    ) -> WeChatFragment {
        var writer = WeChatWriter(styles: styles, placeholders: localImages == .placeholder ? asOf : nil)
        writer.write(HTMLToken.tokenize(html))
        writer.closeFootnotes()
        return WeChatFragment(html: PersonalData.mask(writer.output, keeping: publicPhones), footnotes: writer.footnotes)
    }

    /// Whether a link may stay a link in WeChat: only its own articles do.
    static func staysLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://mp.weixin.qq.com/") || lower.hasPrefix("http://mp.weixin.qq.com/")
    }

    /// Whether a link points outside (has a scheme such as `https:` or `mailto:`); relative
    /// links to the team's own site mean nothing in WeChat and become plain text.
    static func isOutside(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// Whether an image address can be kept: web and data images, or a relative path.
    static func isUsableImage(_ src: String) -> Bool {
        let lower = src.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("data:image/") { return true }
        return !src.isEmpty && !isOutside(src)
    }
}
