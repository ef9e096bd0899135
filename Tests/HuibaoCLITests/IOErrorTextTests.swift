import Foundation
import HuibaoBuild
import HuibaoTestSupport
import Testing

/// File-system errors are told in Chinese, never in Foundation's or strerror's English.
@Suite struct IOErrorTextTests {
    @Test func foundationErrorsAreChinese() {
        #expect(IOErrorText.describe(CocoaError(.fileWriteVolumeReadOnly)) == "所在的磁盘或文件夹是只读的")
        #expect(IOErrorText.describe(CocoaError(.fileWriteOutOfSpace)) == "磁盘空间不足")
        #expect(IOErrorText.describe(CocoaError(.fileWriteUnknown)) == "无法写入（常见原因：目标是一个文件夹、没有权限或磁盘已满）")
        #expect(IOErrorText.describe(CocoaError(.fileReadCorruptFile)) == "文件操作失败（错误代码 259）")
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: underlying])
        #expect(IOErrorText.describe(wrapped) == "磁盘空间不足")
        #expect(IOErrorText.describe(POSIXError(.EROFS)) == "所在的磁盘或文件夹是只读的")
    }

    @Test func errnoCodesAreChinese() {
        #expect(IOErrorText.describe(errno: ENOSPC) == "磁盘空间不足")
        #expect(IOErrorText.describe(errno: EACCES) == "没有权限")
        #expect(IOErrorText.describe(errno: EISDIR) == "这是一个文件夹，不是文件")
    }

    /// A report written over a folder: the message a user sees has no English in it.
    @Test func aReportOntoAFolderSaysWhyInChinese() throws {
        let folder = try Fixtures.temporaryFolder()
        let result = try CommandRunner.huibao([
            "report", "midterm", "--source", Fixtures.repositoryRoot.path, "--as-of", "2025-10-20", "--output",
            folder.path,
        ])
        #expect(result.status != 0)
        #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result.stderr)")
        #expect(!result.stderr.contains("The operation"), "\(result.stderr)")
    }
}
