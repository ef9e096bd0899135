import Foundation
import HuibaoModel

extension ProjectLoader {
    /// A project loaded for one evaluation's document (`report`, `archive`): parsed once, its
    /// checks run at `asOf` or, without it, at the evaluation's date found in what parsed.
    public struct ForEvaluation: Sendable {
        public var project: LoadedProject
        /// Nil when nothing parsed far enough to know the evaluations (the diagnostics say why).
        public var evaluation: Evaluation?
        /// `asOf`, or the evaluation's date.
        public var asOf: Day?
    }

    /// Loads the project for evaluation `id`; an id that is not in project.yml is a failure
    /// naming the ones there are.
    public static func load(source: URL, evaluationID id: String, asOf: Day?, clock: inout StageClock)
        throws(Failure) -> ForEvaluation
    {
        let project = try load(source: source, clock: &clock) { content in
            asOf ?? content?.project.evaluation(id: id)?.date ?? Day(year: 2100, month: 1, day: 1)!
        }
        guard let content = project.content, project.templates != nil else {
            return ForEvaluation(project: project, evaluation: nil, asOf: nil)
        }
        guard let evaluation = content.project.evaluation(id: id) else {
            let known = content.project.evaluations.map(\.id).joined(separator: "、")
            throw Failure(message: "project.yml 中没有编号为“\(id)”的评估" + (known.isEmpty ? "" : "（已有：\(known)）"))
        }
        return ForEvaluation(project: project, evaluation: evaluation, asOf: asOf ?? evaluation.date)
    }
}
