extension SiteContent {
    /// The ledgers that hold people's names and pay: the staff roster (`staffing.ledger`) and
    /// the expense ledger (`budget.ledger`). Outside the team they have no page, and an
    /// indicator counting them shows its counts only.
    public var privateLedgers: Set<String> {
        Set([project.staffing.ledger, project.budget.ledger].compactMap { $0 })
    }
}
