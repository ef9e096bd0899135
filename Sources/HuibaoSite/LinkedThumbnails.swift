import Synchronization

/// The evidence images that get a downscaled thumbnail (those over 64 KB), when a build
/// learns them from its links, which run beside the plan: the plan lists no thumbnail, its
/// pages read the images once the build has filled them in — before it renders any page —
/// and the build writes the thumbnails itself (`SitePlan.thumbnailFiles`).
public final class LinkedThumbnails: Sendable {
    private let images = Mutex<Set<String>>([])

    public init() {}

    /// The images, paths relative to `Content/`; set once, before any page is rendered.
    public func fill(_ images: Set<String>) {
        self.images.withLock { $0 = images }
    }

    /// The images filled in (none before).
    var paths: Set<String> { images.withLock { $0 } }
}
