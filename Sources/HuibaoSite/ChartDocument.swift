/// A chart as a standalone SVG document, for rendering it as an image (the Word report): the SVG
/// namespace an inline chart leaves to the HTML page, and the chart rules of `charts.css` inside
/// it, since an image has no page stylesheet to take its colours from.
public enum ChartDocument {
    /// The text font of a chart image: a Chinese sans-serif where one is installed
    /// (fonts-noto-cjk on Debian), else whatever sans-serif fontconfig offers.
    static let fontRule =
        "svg, text { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif; }\n"

    /// `svg` (one of `Charts`' inline charts) with the SVG namespace on its root and `stylesheet`
    /// (the chart rules) as its first child; `svg` unchanged when it is not an `<svg …>` element.
    public static func standalone(_ svg: String, stylesheet: String) -> String {
        guard svg.hasPrefix("<svg "), let close = svg.firstIndex(of: ">") else { return svg }
        var opening = String(svg[..<close])
        if !opening.contains("xmlns=") {
            opening = "<svg xmlns=\"http://www.w3.org/2000/svg\"" + opening.dropFirst(4)
        }
        // CDATA keeps a `>` in a selector or an `&` in a comment from breaking the XML.
        let css = (fontRule + stylesheet).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
        return opening + "><style type=\"text/css\"><![CDATA[\n" + css + "]]></style>" + svg[svg.index(after: close)...]
    }
}
