import HuibaoModel

/// What a build renders: the as-of date, the audience, and the files left out.
public struct SiteOptions: Sendable, Equatable {
    public var asOf: Day
    public var audience: Audience
    /// The files `build --keep-going` left out for their errors (`Content/…`): every page of
    /// the team site names them in a red banner (`site.leftOut` in the layout).
    public var leftOut: [String]

    public init(asOf: Day, audience: Audience = .team(drafts: false), leftOut: [String] = []) {
        self.asOf = asOf
        self.audience = audience
        self.leftOut = leftOut
    }
}
