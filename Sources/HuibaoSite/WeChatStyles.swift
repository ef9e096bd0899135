import Foundation
import HuibaoModel

/// The style table of the WeChat export: one inline `style` per element, read from
/// `Templates/wechat-styles.json` (the default built in, a site's own file overriding it key by key).
public struct WeChatStyles: Sendable, Equatable {
    /// The file name of the table, in `Templates/`.
    public static let fileName = "wechat-styles.json"

    /// Every element the export styles: HTML tag names, plus `section` (the whole fragment),
    /// `footnotes` (the closing 引用链接 block), `footnotes-title` and `footnote` (one entry),
    /// `img-placeholder` (【此处插入图片：…】 where a local image was).
    public static let elements = [
        "section", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
        "strong", "em", "a", "sup", "img", "img-placeholder", "hr", "footnotes", "footnotes-title", "footnote",
    ]

    private var table: [String: String]

    /// The style of `element` ("" when the table leaves it out).
    public subscript(element: String) -> String { table[element] ?? "" }

    /// The default table, with the keys of `override` (the text of a site's
    /// `Templates/wechat-styles.json`) replacing the defaults.
    /// - Throws: a diagnostic when the override is not a JSON object of element → style text.
    public init(override: String? = nil, displayPrefix: String = "Templates/") throws(TemplateError) {
        let defaults = try! Self.parse(DefaultTemplates.text(named: Self.fileName), file: "(内置)" + Self.fileName)
        table = defaults
        guard let override else { return }
        for (element, style) in try Self.parse(override, file: displayPrefix + Self.fileName) {
            table[element] = style
        }
    }

    private static func parse(_ text: String, file: String) throws(TemplateError) -> [String: String] {
        func failure(_ message: String) -> TemplateError {
            TemplateError(
                diagnostic: .error("template.wechat-styles", "\(fileName) \(message)", at: SourcePosition(file: file)))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw failure("应为 JSON 对象，如 {\"p\": \"margin: 0 0 16px 0;\"}")
        }
        var result: [String: String] = [:]
        for key in object.keys.sorted() {
            guard elements.contains(key) else {
                throw failure("中有不认识的元素“\(key)”；可用的有：\(elements.joined(separator: "、"))")
            }
            guard let style = object[key] as? String else {
                throw failure("中“\(key)”的值应为一段 CSS 文字")
            }
            result[key] = style
        }
        return result
    }
}
