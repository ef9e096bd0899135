import Foundation
import HuibaoModel

/// Writes lines for the user to standard error, control characters escaped (`TerminalText`).
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.escapedKeepingLines(line) + "\n").utf8))
    }
}
