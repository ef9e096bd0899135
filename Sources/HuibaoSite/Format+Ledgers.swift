import HuibaoModel

extension Format {
    /// A ledger as people name it: its 台账名称 from project.yml, else “台账 <file name>”.
    static func ledgerTitle(_ name: String, in project: Project) -> String {
        project.ledgerTitles[name] ?? "台账 \(name)"
    }
}
