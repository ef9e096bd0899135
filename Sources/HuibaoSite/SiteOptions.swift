import HuibaoModel

/// What a build renders: the as-of date and the audience.
public struct SiteOptions: Sendable, Equatable {
    public var asOf: Day
    public var audience: Audience

    public init(asOf: Day, audience: Audience = .team(drafts: false)) {
        self.asOf = asOf
        self.audience = audience
    }
}
