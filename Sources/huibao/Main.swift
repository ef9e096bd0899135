import ArgumentParser

/// The entry point: `Huibao` parsed and run, its usage errors printed in Chinese (`UsageErrors`).
@main
enum Main {
    static func main() async {
        var command: ParsableCommand
        do {
            command = try Huibao.parseAsRoot()
        } catch {
            UsageErrors.exit(error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            UsageErrors.exitAfterRun(error)
        }
    }
}
