import CAtomicRename
import Foundation
import HuibaoContent
import HuibaoModel
import HuibaoSite
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The staging folder as files arrive, through the C library: one `open`/`write`/`close`
/// per file (a page's own folder made just before it), from any core at once; Foundation's
/// URLs, `Data` and its directory checks cost more than the writing.
final class StagingFolder: Sendable {
    struct Counts {
        var files = 0
        var pages = 0
        /// The first failure; nothing more is written after it.
        var problem: String?
    }

    let root: String
    let contentFolder: URL
    private let counts = Mutex(Counts())

    /// `contentFolder` with every link resolved, to check a copy's source against.
    let resolvedContent: String
    /// Descriptors of `resolvedContent` and of `root` (-1 when they cannot be opened), for
    /// copies: a source is opened beneath the first, its link made below the second, so
    /// neither path is walked from `/` again for each of thousands of evidence files.
    private let contentDescriptor: Int32
    private let rootDescriptor: Int32
    /// Whether `linkat` refused to link a descriptor itself (AT_EMPTY_PATH: Linux before 6.10
    /// without CAP_DAC_READ_SEARCH); links then go through `/proc/self/fd/N`.
    private let emptyPathRefused = Atomic<Bool>(false)
    /// Linux's AT_EMPTY_PATH (Glibc names it only with _GNU_SOURCE).
    private static let atEmptyPath: Int32 = 0x1000
    /// Descriptors of the folders evidence files are linked from, by path relative to
    /// Content/ (each opened once beneath it), and of those they are linked into, by path
    /// relative to the root: at most `folderLimit` of each, far below the usual 1,024 open files.
    private let sourceFolders = Mutex<[String: Int32]>([:])
    private let outputFolders = Mutex<[String: Int32]>([:])
    private static let folderLimit = 128

    init(root: String, contentFolder: URL) {
        self.root = root
        self.contentFolder = contentFolder
        resolvedContent = Self.realPath(contentFolder.path) ?? contentFolder.path
        contentDescriptor = open(resolvedContent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        rootDescriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        let folders: [Int32] = sourceFolders.withLock { Array($0.values) } + outputFolders.withLock { Array($0.values) }
        for descriptor in folders { close(descriptor) }
        if contentDescriptor >= 0 { close(contentDescriptor) }
        if rootDescriptor >= 0 { close(rootDescriptor) }
    }

    /// The path with every link resolved, nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    var result: Counts { counts.withLock { $0 } }

    /// Writes `file` below the root (a copy of the contents for `.copy`), making its folders
    /// as needed. A path that could leave the root, or a second file at the same path, is a
    /// failure and nothing is written for it.
    func write(_ file: OutputFile) {
        var size: Int?
        write(file, size: &size)
    }

    /// `write(_:)`, and the size in bytes of a copy (`.copy`) it wrote: the build links the
    /// evidence files first and learns from the link which images need a thumbnail (nil for
    /// anything else, or when nothing was written).
    func writeCopy(_ file: OutputFile) -> Int? {
        var size: Int?
        write(file, size: &size)
        return size
    }

    private func write(_ file: OutputFile, size: inout Int?) {
        guard counts.withLock({ $0.problem == nil }) else { return }
        // A path ending in `/` is a folder to make, empty or not (the archive's item folders).
        if file.path.hasSuffix("/"), file.body == .bytes([]), OutputPath.isSafe(String(file.path.dropLast())) {
            Self.makeFolder(containing: root + "/" + file.path)
            return
        }
        var problem: String?
        if OutputPath.isSafe(file.path) {
            problem = write(file, at: root + "/" + file.path, size: &size)
        } else {
            problem = "“\(file.path)”不是输出文件夹里的路径（有空的一段、“.”或“..”），没有写入"
        }
        if problem != nil { size = nil }
        counts.withLock { counts in
            if let problem {
                if counts.problem == nil { counts.problem = problem }
            } else {
                counts.files += 1
                if file.path.hasSuffix("index.html") { counts.pages += 1 }
            }
        }
    }

    /// Writes one file at `path`; nil or the problem in Chinese.
    private func write(_ file: OutputFile, at path: String, size: inout Int?) -> String? {
        let bytes: [UInt8]
        switch file.body {
        case .bytes(let rendered):
            bytes = rendered
            // A page's index.html sits in a folder of its own: make it first rather than fail once.
            if file.path.hasSuffix("/index.html") { Self.makeFolder(containing: path) }
        case .copy(let contentPath):
            // The usual case in one open and one link: a regular file found beneath Content/.
            switch linkBeneath(contentPath, at: file.path, size: &size) {
            case 0: return nil
            case EEXIST:
                return "有两个页面或文件都要写到 \(file.path)（或其中一个要把它当作文件夹）；请检查服务类别名称、评估编号和网址，让它们各不相同"
            default: break
            }
            // The contents, never a link: a symlinked image inside Content/ is published as a
            // file (attack review finding 16); a FIFO or device is refused, never waited on.
            // Checked again at the copy: a link swapped in since loading may not lead outside.
            let source = contentFolder.path + "/" + contentPath
            guard let resolved = Self.realPath(source), resolved.hasPrefix(resolvedContent + "/") else {
                return "Content/\(contentPath) 不存在，或是指向 Content/ 之外的链接；没有复制"
            }
            // A regular file is hard-linked where the file system allows (a build does not
            // re-copy gigabytes of scans); otherwise, or across file systems, it is copied.
            switch Self.hardLink(resolved, at: path, size: &size) {
            case 0: return nil
            case EEXIST:
                return "有两个页面或文件都要写到 \(file.path)（或其中一个要把它当作文件夹）；请检查服务类别名称、评估编号和网址，让它们各不相同"
            default: break
            }
            switch RegularFile.read(resolved) {
            case .success(let read):
                bytes = read
                size = read.count
            case .failure(.notRegular):
                return "Content/\(contentPath) 不是普通文件（是管道、套接字或设备文件），不能复制；请换成普通的图片文件"
            case .failure(.failed(let code)):
                return "无法读取 Content/\(contentPath)：\(IOErrorText.describe(errno: code))"
            }
            Self.makeFolder(containing: path)
        }
        var code = Self.writeFile(bytes, to: path)
        if code == ENOENT {
            Self.makeFolder(containing: path)
            code = Self.writeFile(bytes, to: path)
        }
        switch code {
        case 0: return nil
        case EEXIST, EISDIR, ENOTDIR:
            return "有两个页面或文件都要写到 \(file.path)（或其中一个要把它当作文件夹）；请检查服务类别名称、评估编号和网址，让它们各不相同"
        default: return "\(file.path)：\(IOErrorText.describe(errno: code))"
        }
    }

    /// Makes the folder `path` is in, and its parents, unless they exist (`mkdir -p`).
    private static func makeFolder(containing path: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(path[..<slash])
        if mkdir(folder, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { return }  // the write that follows reports the problem
        makeFolder(containing: folder)
        _ = mkdir(folder, 0o777)
    }

    /// Creates the file at `path` with `bytes`; 0 or the errno (`EEXIST` when something is
    /// there already: the staging folder starts empty, so that is a second file at one path).
    /// `link(2)` of a regular file (never a FIFO, device or folder) at `path`, making its
    /// folder first; 0, or the errno (the caller copies instead, except on EEXIST).
    /// The file is opened without following a link and linked through its descriptor, so the
    /// inode checked is the one linked, even if a link is swapped in meanwhile.
    private static func hardLink(_ resolved: String, at path: String, size: inout Int?) -> Int32 {
        let descriptor = open(resolved, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return EINVAL }
        size = Int(info.st_size)
        let source = "/proc/self/fd/\(descriptor)"
        if linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return 0 }
        guard errno == ENOENT else { return errno }
        // The folder is made only when missing (most links go into one made already).
        makeFolder(containing: path)
        return linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno
    }

    /// The fast path of a copy: `contentPath` opened beneath Content/ in one call (openat2
    /// with RESOLVE_BENEATH: a link may lead anywhere inside, never outside) and, when it is a
    /// regular file, hard-linked through its descriptor at `relative` below the root (its
    /// folder made when missing). 0, EEXIST (something is there already), or another errno
    /// when the slow path must decide: no openat2, a link leading out or absolute, not a
    /// regular file, another file system — it then checks, links or copies, or reports,
    /// exactly as before.
    private func linkBeneath(_ contentPath: String, at relative: String, size: inout Int?) -> Int32 {
        guard contentDescriptor >= 0, rootDescriptor >= 0 else { return EBADF }
        if let code = linkByName(contentPath, at: relative, size: &size) { return code }
        let descriptor = huibao_open_beneath(contentDescriptor, contentPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return EINVAL }
        size = Int(info.st_size)
        // The descriptor itself, where the kernel allows it (a third cheaper than through /proc).
        if !emptyPathRefused.load(ordering: .relaxed) {
            if linkat(descriptor, "", rootDescriptor, relative, Self.atEmptyPath) == 0 { return 0 }
            guard errno == ENOENT else { return errno }
            Self.makeFolder(containing: root + "/" + relative)
            if linkat(descriptor, "", rootDescriptor, relative, Self.atEmptyPath) == 0 { return 0 }
            guard errno == ENOENT else { return errno }
            emptyPathRefused.store(true, ordering: .relaxed)
        }
        let source = "/proc/self/fd/\(descriptor)"
        if linkat(AT_FDCWD, source, rootDescriptor, relative, AT_SYMLINK_FOLLOW) == 0 { return 0 }
        guard errno == ENOENT else { return errno }
        Self.makeFolder(containing: root + "/" + relative)
        return linkat(AT_FDCWD, source, rootDescriptor, relative, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) -> Int32 {
        NewFile.create(bytes, at: path, mode: 0o666)
    }

    /// The cheapest link, tried first: the file's name linked from its folder's descriptor
    /// into its output folder's (each folder opened once, beneath Content/ and below the
    /// root, for all the files in it), the link not followed, then the new entry checked to be
    /// a regular file — two calls on one name each where opening each file took four on
    /// whole paths. 0 or EEXIST; nil when `linkBeneath`'s descriptor path must decide (a
    /// symbolic link, now removed again, a missing file, another file system, no descriptor).
    private func linkByName(_ contentPath: String, at relative: String, size: inout Int?) -> Int32? {
        let (sourceFolder, name) = Self.folderAndName(contentPath)
        let (outputFolder, outputName) = Self.folderAndName(relative)
        let source = sourceFolderDescriptor(sourceFolder)
        guard source >= 0 else { return nil }
        let target = outputFolderDescriptor(outputFolder)
        guard target >= 0 else { return nil }
        return Self.link(name, from: source, as: outputName, into: target, size: &size)
    }

    /// `linkat` of a name between two folders' descriptors, the link not followed, then the
    /// new entry checked: a name that is a link (or a FIFO or device) is never published as
    /// such. 0, EEXIST, or nil (removed again) for `linkBeneath`'s descriptor path to decide.
    private static func link(
        _ name: String, from source: Int32, as outputName: String, into target: Int32, size: inout Int?
    ) -> Int32? {
        name.withCString { name in
            outputName.withCString { outputName in link(name, from: source, as: outputName, into: target, size: &size) }
        }
    }

    /// The same for a name kept (linkMaterials: the name as the C string inside its path).
    private static func link(
        _ name: UnsafePointer<CChar>, from source: Int32, into target: Int32, size: inout Int?
    ) -> Int32? {
        link(name, from: source, as: name, into: target, size: &size)
    }

    private static func link(
        _ name: UnsafePointer<CChar>, from source: Int32, as outputName: UnsafePointer<CChar>, into target: Int32,
        size: inout Int?
    ) -> Int32? {
        guard linkat(source, name, target, outputName, 0) == 0 else { return errno == EEXIST ? EEXIST : nil }
        var info = stat()
        guard fstatat(target, outputName, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            unlinkat(target, outputName, 0)
            return nil
        }
        size = Int(info.st_size)
        return 0
    }

    /// The descriptor of a folder beneath Content/ (-1: the slow path decides).
    private func sourceFolderDescriptor(_ folder: String) -> Int32 {
        folderDescriptor(folder, in: sourceFolders) {
            huibao_open_beneath(contentDescriptor, $0, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
    }

    /// The descriptor of a folder below the root, made when missing (-1: the slow path decides).
    private func outputFolderDescriptor(_ folder: String) -> Int32 {
        folderDescriptor(folder, in: outputFolders) { folder in
            let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
            let opened = openat(rootDescriptor, folder, flags)
            guard opened < 0, errno == ENOENT else { return opened }
            Self.makeFolder(containing: root + "/" + folder + "/_")
            return openat(rootDescriptor, folder, flags)
        }
    }

    /// Links evidence files (paths relative to Content/) at `materials/<path>` exactly as
    /// `writeCopy` would each, and returns their sizes (nil where nothing was written). For the
    /// build's 20,000 at once: the folders' descriptors are looked up again only when the folder
    /// changes from one file to the next, the counts updated once per call; anything but a plain
    /// name-to-name link goes through `writeCopy`.
    func linkMaterials(_ paths: ArraySlice<String>) -> [Int?] {
        var sizes: [Int?] = []
        sizes.reserveCapacity(paths.count)
        var linked = 0
        // The folder of the file before, as bytes: compared, not rebuilt, for each file.
        var folder: [UInt8]?
        var source: Int32 = -1
        var target: Int32 = -1
        for path in paths {
            // A safe path (no empty, `.` or `..` segment) is plain and keeps its name under
            // `materials/`, as `Routes.materialFile` gives it: linked name to name, the name
            // as the C string inside the path's own bytes (no copy per file).
            let size: Int?? = path.withCString { name in
                guard contentDescriptor >= 0, rootDescriptor >= 0 else { return nil }
                let bytes = UnsafeBufferPointer(
                    start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: path.utf8.count)
                guard let slash = OutputPath.lastSlashIfSafe(bytes) else { return nil }
                let here = UnsafeBufferPointer(rebasing: bytes[..<slash])
                if folder.map({ !$0.withUnsafeBufferPointer { $0.bytesEqual(here) } }) ?? true {
                    folder = Array(here)
                    let text = String(decoding: here, as: UTF8.self)
                    source = sourceFolderDescriptor(text)
                    target = source < 0 ? -1 : outputFolderDescriptor("materials/" + text)
                }
                guard source >= 0, target >= 0 else { return nil }
                var size: Int?
                guard Self.link(name + slash + 1, from: source, into: target, size: &size) == 0 else { return nil }
                return .some(size)
            }
            if let size {
                sizes.append(size)
                linked += 1
            } else {
                sizes.append(writeCopy(OutputFile(path: Routes.materialFile(path), body: .copy(contentPath: path))))
            }
        }
        if linked > 0 { counts.withLock { $0.files += linked } }
        return sizes
    }

    /// `activities/2025-06` and `签到表.jpg` of `activities/2025-06/签到表.jpg` ("" for no folder).
    private static func folderAndName(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }

    /// The descriptor of `folder` from `cache`, opened by `open` the first time and kept for the
    /// next file in it; -1 when it cannot be opened or the cache is full ("" is never opened:
    /// the caller's slow path handles a file at the top).
    private func folderDescriptor(
        _ folder: String, in cache: borrowing Mutex<[String: Int32]>, open: (String) -> Int32
    ) -> Int32 {
        guard !folder.isEmpty else { return -1 }
        if let descriptor = cache.withLock({ $0[folder] }) { return descriptor }
        let opened = open(folder)
        guard opened >= 0 else { return -1 }
        return cache.withLock { folders in
            if let earlier = folders[folder] {
                close(opened)
                return earlier
            }
            guard folders.count < Self.folderLimit else {
                close(opened)
                return -1
            }
            folders[folder] = opened
            return opened
        }
    }
}
