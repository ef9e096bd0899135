import Foundation

/// File-system errors in the user's language: Foundation's and strerror's English
/// ("The volume is read only", "No space left on device", "NSCocoaErrorDomain error 512")
/// never reaches a message.
public enum IOErrorText {
    /// The Chinese reason for `error`, from its POSIX code when it has one.
    public static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return describe(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteOutOfSpace: return "磁盘空间不足"
            case .fileWriteVolumeReadOnly: return "所在的磁盘或文件夹是只读的"
            case .fileWriteNoPermission, .fileReadNoPermission: return "没有权限"
            case .fileNoSuchFile, .fileReadNoSuchFile: return "文件或文件夹不存在"
            case .fileWriteFileExists: return "同名的文件或文件夹已存在"
            case .fileWriteInvalidFileName, .fileReadInvalidFileName: return "文件名无效"
            case .fileLocking: return "文件被锁定"
            case .fileWriteUnknown: return "无法写入（常见原因：目标是一个文件夹、没有权限或磁盘已满）"
            default: break
            }
        }
        return "文件操作失败（错误代码 \(nsError.code)）"
    }

    /// The Chinese reason for a POSIX error number.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "磁盘空间不足"
        case EROFS: return "所在的磁盘或文件夹是只读的"
        case EACCES, EPERM: return "没有权限"
        case ENOENT: return "文件或文件夹不存在"
        case EEXIST: return "同名的文件或文件夹已存在"
        case EISDIR: return "这是一个文件夹，不是文件"
        case ENOTDIR: return "路径中有一段不是文件夹"
        case ENAMETOOLONG: return "文件名或路径太长"
        case EMFILE, ENFILE: return "同时打开的文件太多"
        case EIO: return "磁盘读写出错"
        case EBUSY, ETXTBSY: return "文件正被其他程序使用"
        case EXDEV: return "不能跨磁盘移动"
        case ENOTEMPTY: return "文件夹不是空的"
        default: return "文件操作失败（错误代码 \(code)）"
        }
    }
}
