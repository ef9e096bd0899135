import HuibaoModel

/// Renders the whole site from content and its figures: values in, files out (through `SitePlan`).
public enum SiteRenderer {
    /// Every file of the site, in a stable order, the figures computed here (tests; the build
    /// computes them in their own stage and renders a `SitePlan`).
    /// - Parameters:
    ///   - media: the bytes of the images write-ups show (by path in `Content/`), embedded in reports.
    ///   - publishedMedia: images to write with these bytes instead of copying them (text
    ///     media made safe and masked for the audience).
    public static func render(
        _ content: SiteContent, options: SiteOptions, templates: TemplateSet, media: [String: [UInt8]] = [:],
        publishedMedia: [String: [UInt8]] = [:]
    ) -> [OutputFile] {
        SitePlan(
            content, figures: SiteFigures.compute(content, options: options), options: options, templates: templates,
            reportMedia: ReportMedia(media), publishedMedia: publishedMedia
        ).renderAll()
    }

    /// Outside the team, mobile and ID numbers are masked in every text file of the site.
    static func masked(_ file: OutputFile, keeping publicPhones: PublicPhones = .none) -> OutputFile {
        guard case .bytes(let bytes) = file.body,
            file.path.hasSuffix(".html") || file.path.hasSuffix(".json") || file.path.hasSuffix(".csv")
        else { return file }
        let text = String(decoding: bytes, as: UTF8.self)
        return OutputFile(path: file.path, text: PersonalData.mask(text, keeping: publicPhones))
    }
}
