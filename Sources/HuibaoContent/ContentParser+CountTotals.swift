import HuibaoModel

extension ContentParser {
    /// Errors for indicators whose counts, added over every write-up (drafts included, so every
    /// total a build forms is bounded too), pass `NumberLimits.maximum`: at the write-up that
    /// tips the total over. Each count is within the limit, so the running sum cannot overflow.
    static func checkCountTotals(_ activities: [Activity], into reader: inout FieldReader) {
        var totals: [String: Int] = [:]
        for activity in activities {
            for count in activity.counts where count.count > 0 {
                let total = totals[count.indicatorID, default: 0] + count.count
                if total > NumberLimits.maximum {
                    reader.error(
                        "counts.total-too-large",
                        "指标“\(count.indicatorID)”在各活动记录中的数量加上这一篇后合计超过上限 \(NumberLimits.maximumText)；请检查这一篇和其他记录的数量是否写错",
                        at: SourcePosition(file: activity.file))
                    totals[count.indicatorID] = 0
                    continue
                }
                totals[count.indicatorID] = total
            }
        }
    }
}
