#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file only when it is a regular file: opened with `O_NONBLOCK` and checked with
/// `fstat` after the open, so a FIFO, socket or device never blocks a build (attack review
/// finding 20). Links are followed; callers decide beforehand where a link may point.
public enum RegularFile {
    /// Why a file was not read.
    public enum Problem: Error, Equatable, Sendable {
        /// A FIFO, socket, device or folder.
        case notRegular
        /// `open` or `read` failed with this errno.
        case failed(Int32)
    }

    /// The file's bytes.
    public static func read(_ path: String) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.failed(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.failed(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        // Read into an uninitialized buffer one byte larger than the file, to see its end.
        let size = max(Int(status.st_size), 0)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let asked = buffer.count - count
                let got = posixRead(descriptor, buffer.baseAddress! + count, asked)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    if got < 0 { failure = errno }
                    return
                }
                count += got
                // A regular file's read that returns less than asked for has reached the end
                // (POSIX): no second read just to see 0.
                if got < asked { return }
            }
        }
        guard failure == 0 else { return .failure(.failed(failure)) }
        // A file that grew since `fstat`: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: bytes.count == size + 1 ? 65536 : 0)
        while !chunk.isEmpty {
            let got = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return .failure(.failed(errno)) }
            if got == 0 { break }
            bytes += chunk[..<got]
        }
        return .success(bytes)
    }
}

/// The C library's `read` (inside `RegularFile` the name means its own method).
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
