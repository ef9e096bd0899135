import Foundation
import HuibaoModel

/// What `huibao build` was asked to do.
public struct BuildOptions: Sendable {
    public var source: URL
    public var output: URL
    public var asOf: Day
    public var audience: Audience
    public var verbose: Bool
    /// `--keep-going`: write-ups and articles with an error are left out of a team site
    /// (never of a public one: `SiteBuilder` refuses the pair).
    public var keepGoing: Bool

    public init(
        source: URL, output: URL? = nil, asOf: Day, audience: Audience = .team(drafts: false), verbose: Bool = false,
        keepGoing: Bool = false
    ) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("public", isDirectory: true)).standardizedFileURL
        self.asOf = asOf
        self.audience = audience
        self.verbose = verbose
        self.keepGoing = keepGoing
    }
}
