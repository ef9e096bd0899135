extension String {
    /// `body` run over the string's UTF-8 bytes in place (copied only for a string without
    /// contiguous storage). A byte loop over the buffer costs a fraction of one over `utf8`,
    /// which the checks that see every file name of a build (tens of thousands) notice.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension String {
    /// Whether the string's bytes start with `prefix`'s (`hasPrefix` compares Characters: many
    /// times dearer, for a check run on every path in Content/).
    @inlinable
    public func hasBytePrefix(_ prefix: StaticString) -> Bool {
        withUTF8Bytes { bytes in
            bytes.count >= prefix.utf8CodeUnitCount
                && UnsafeBufferPointer(rebasing: bytes[..<prefix.utf8CodeUnitCount]).elementsEqual(
                    UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
        }
    }
}
