import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file-system errno as a Chinese phrase for messages (the C library's text is English).
enum ErrnoText {
    static func chinese(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "磁盘空间不足"
        case EROFS: return "所在磁盘是只读的"
        case EACCES, EPERM: return "没有权限"
        case EISDIR: return "这是一个文件夹"
        case ENOTDIR: return "路径中有一段是文件，不是文件夹"
        case ENOENT: return "文件或文件夹不存在"
        case EEXIST: return "已经存在"
        case ENAMETOOLONG: return "名字太长"
        case ELOOP: return "符号链接太多层或指向自己"
        case EIO: return "读写出错（磁盘或网络故障）"
        default: return "系统错误 \(code)"
        }
    }

    /// A Foundation file error as a Chinese phrase (its POSIX cause when it has one).
    static func chinese(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return chinese(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return chinese(Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteOutOfSpace: return chinese(ENOSPC)
        case .fileWriteVolumeReadOnly: return chinese(EROFS)
        case .fileWriteNoPermission, .fileReadNoPermission: return chinese(EACCES)
        case .fileWriteFileExists: return chinese(EEXIST)
        case .fileNoSuchFile, .fileReadNoSuchFile: return chinese(ENOENT)
        default: return "系统错误（\(ns.domain) \(ns.code)）"
        }
    }
}
