import HuibaoModel

extension ContentParser {
    /// Reads scoring.yml, scoring/<id>.yml and scores/<id>.yml against the project, and lets
    /// each evaluation's announced `score` decide its status where a scheme applies to it.
    static func readScoring(
        project: inout Project, categories: [IndicatorCategory], contentFiles: ContentPaths,
        files: [String: [UInt8]], prefix: String, into reader: inout FieldReader
    ) -> ScoringSetup {
        let paths = files.keys.sorted()
        func yaml(_ path: String) -> YAMLValue?? {
            guard let bytes = files[path],
                let source = SourceText.decode(bytes, file: prefix + path, isLedger: false, into: &reader)
            else { return nil }
            let habits = InputHabits.normalize(source, file: prefix + path, firstLine: 1)
            reader.diagnostics += habits.warnings
            switch YAMLParsing.parse(habits.text, file: prefix + path) {
            case .success(let value): return .some(value)
            case .failure(let diagnostic):
                reader.report(diagnostic)
                return nil
            }
        }
        let evaluations = project.evaluations
        let context = ScoringReader.Context(
            evaluations: evaluations, indicators: categories.flatMap(\.indicators), categories: categories.map(\.name),
            hasStaffing: project.staffing.ledger != nil && project.staffing.minimum != nil,
            hasBudget: project.budget.ledger != nil && project.budget.staffShareMin != nil, contentFiles: contentFiles)
        func scheme(_ path: String) -> ScoringScheme? {
            guard let root = yaml(path) else { return nil }
            return ScoringReader.read(root, file: prefix + path, context: context, into: &reader)
        }
        let ids = Set(evaluations.map(\.id))
        func evaluationID(_ path: String, folder: String) -> String? {
            let id = String(path.dropFirst(folder.count + 1).dropLast(4))
            guard ids.contains(id) else {
                reader.error(
                    "scoring.unknown-evaluation",
                    "\(path) 的文件名应为 project.yml 中的评估编号，但没有编号为“\(id)”的评估"
                        + NameSuggestion.hint(for: id, in: evaluations.map(\.id)),
                    at: SourcePosition(file: prefix + path))
                return nil
            }
            return id
        }
        var setup = ScoringSetup()
        let general = paths.contains("scoring.yml") ? scheme("scoring.yml") : nil
        // A scheme that could not be read says why itself: its scores files are not errors too.
        var unreadable = paths.contains("scoring.yml") && general == nil
        var own: [String: ScoringScheme] = [:]
        for path in paths where isScoringFile(path, folder: "scoring") {
            guard let id = evaluationID(path, folder: "scoring") else { continue }
            guard var found = scheme(path) else {
                unreadable = true
                continue
            }
            found.appliesTo = [id]
            own[id] = found
        }
        for evaluation in evaluations {
            if let found = own[evaluation.id] ?? general.flatMap({ $0.applies(to: evaluation.id) ? $0 : nil }) {
                setup.schemes[evaluation.id] = found
            }
        }
        for path in paths where isScoringFile(path, folder: "scores") {
            guard let id = evaluationID(path, folder: "scores") else { continue }
            guard let found = setup.schemes[id] else {
                if !unreadable {
                    reader.error(
                        "scoring.not-applicable",
                        paths.contains("scoring.yml") || !own.isEmpty
                            ? "评分细则不适用于评估“\(id)”（见 scoring.yml 的“适用评估”），这份自评得分用不上；请在适用评估中加上 \(id)，或删除这个文件"
                            : "没有评分细则（Content/scoring.yml），这份自评得分用不上；请先写评分细则",
                        at: SourcePosition(file: prefix + path))
                }
                continue
            }
            guard let root = yaml(path) else { continue }
            setup.scores[id] = SelfScoresReader.read(root, file: prefix + path, scheme: found, into: &reader)
        }
        for index in project.evaluations.indices {
            applyScore(&project.evaluations[index], scheme: setup.schemes[project.evaluations[index].id], into: &reader)
        }
        return setup
    }

    static func isScoringFile(_ path: String, folder: String) -> Bool {
        path.hasPrefix(folder + "/") && path.hasSuffix(".yml") && !path.dropFirst(folder.count + 1).contains("/")
    }

    /// With a scheme, the announced score decides the status; a written status that disagrees
    /// (pending included) is an error. Without one, the status must be written.
    static func applyScore(_ evaluation: inout Evaluation, scheme: ScoringScheme?, into reader: inout FieldReader) {
        guard let score = evaluation.score, let scorePosition = evaluation.scorePosition else { return }
        guard let scheme else {
            if evaluation.statusPosition == nil {
                reader.error(
                    "evaluation.status-missing",
                    "“\(evaluation.name)”写了得分 \(score.shortText)，但没有适用于它的评分细则，huibao 无法判断是否通过；请同时写上“状态”（通过/未通过）",
                    at: scorePosition)
            }
            return
        }
        guard score <= scheme.total else {
            reader.error(
                "scoring.score-range", "“\(evaluation.name)”的得分 \(score.shortText) 超过评分细则的总分 \(scheme.total.shortText)",
                at: scorePosition)
            return
        }
        let derived: Evaluation.Status = score >= scheme.passLine ? .passed : .failed
        if let position = evaluation.statusPosition, evaluation.status != derived {
            let comparison =
                derived == .passed
                ? "达到合格线 \(scheme.passLine.shortText)（合格等级“\(scheme.passGrade)”）"
                : "低于合格线 \(scheme.passLine.shortText)（合格等级“\(scheme.passGrade)”）"
            reader.error(
                "evaluation.score-status",
                "“\(evaluation.name)”的得分 \(score.shortText) \(comparison)，状态应为“\(derived.chineseName)”，这里写的是“\(evaluation.status.chineseName)”；有得分时状态由得分决定，请改正或删掉“状态”",
                at: position)
            return
        }
        evaluation.status = derived
    }
}
