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
    /// Whether the two strings have the same UTF-8 bytes (`==` compares canonically: it
    /// normalizes a Chinese string that is not ASCII to be sure).
    @inlinable
    public func hasSameBytes(as other: String) -> Bool {
        withUTF8Bytes { a in other.withUTF8Bytes { b in a.bytesEqual(b) } }
    }

    /// Whether the string's bytes start with `prefix`'s (`hasPrefix` compares Characters: many
    /// times dearer, for a check run on every path in Content/).
    @inlinable
    public func hasBytePrefix(_ prefix: StaticString) -> Bool {
        withUTF8Bytes { bytes in
            bytes.count >= prefix.utf8CodeUnitCount
                && UnsafeBufferPointer(rebasing: bytes[..<prefix.utf8CodeUnitCount]).bytesEqual(
                    UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Byte-for-byte equality, eight bytes at a time (the generic `elementsEqual` goes byte by
    /// byte through an iterator: most of a set probe's cost for a 40-byte path).
    @inlinable
    public func bytesEqual(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard let left = baseAddress, let right = other.baseAddress else { return true }
        let a = UnsafeRawPointer(left)
        let b = UnsafeRawPointer(right)
        var index = 0
        while index + 8 <= count {
            guard
                a.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    == b.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            else { return false }
            index += 8
        }
        while index < count {
            guard left[index] == right[index] else { return false }
            index += 1
        }
        return true
    }
}
