import HuibaoModel
import HuibaoOffice

extension DocxDocument {
    /// The document with mobile and ID numbers masked in every text it holds — headings, runs,
    /// list items, table cells, the cover, pictures' alt text and captions, the title and
    /// author — as the HTML reports mask their pages (numbers in `keeping` stay).
    func masked(keeping phones: PublicPhones) -> DocxDocument {
        mapText { PersonalData.mask($0, keeping: phones) }
    }
}
