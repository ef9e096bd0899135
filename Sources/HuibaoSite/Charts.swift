import HuibaoModel

/// Inline SVG charts generated at build time: no JavaScript, they print and work offline.
/// Every chart has a `<title>` and `<desc>`, and its numbers are also in text beside it.
enum Charts {
    /// A horizontal bar: the value against the target, with a tick where the expected value is.
    static func progressBar(_ figure: IndicatorFigure) -> String {
        guard let target = figure.indicator.target else { return "" }
        let width = 120.0
        let height = 12.0
        let value = Double(figure.value.hundredths) / 100
        let filled = min(max(value / Double(target), 0), 1) * width
        let expected = Double(figure.expected ?? 0) / Double(target) * width
        let name = HTMLEscaping.escape(figure.indicator.name)
        let text =
            "\(name)：完成 \(figure.value.text) / 目标 \(target)，应完成 \(figure.expected ?? 0)，\(figure.status.chineseName)"
        return """
            <svg class="bar" role="img" width="\(SVG.number(width))" height="\(SVG.number(height))" viewBox="0 0 \(SVG.number(width)) \(SVG.number(height))" aria-labelledby="bar-\(figure.indicator.id)-t"><title id="bar-\(figure.indicator.id)-t">\(text)</title><desc>\(text)</desc>\
            <rect class="bar-track" x="0" y="0" width="\(SVG.number(width))" height="\(SVG.number(height))" rx="2"/>\
            <rect class="bar-fill status-fill-\(figure.status.cssName)" x="0" y="0" width="\(SVG.number(filled))" height="\(SVG.number(height))" rx="2"/>\
            <line class="bar-expected" x1="\(SVG.number(expected))" x2="\(SVG.number(expected))" y1="0" y2="\(SVG.number(height))"/></svg>
            """
    }

    /// The elapsed share of the service period as a bar.
    static func elapsedBar(_ elapsed: ElapsedShare) -> String {
        let width = 240.0
        let height = 12.0
        let filled = Double(elapsed.elapsedDays) / Double(max(elapsed.totalDays, 1)) * width
        let text = "服务期已过 \(elapsed.elapsedDays) / \(elapsed.totalDays) 天（\(elapsed.percentText)）"
        return """
            <svg class="bar" role="img" width="\(SVG.number(width))" height="\(SVG.number(height))" viewBox="0 0 \(SVG.number(width)) \(SVG.number(height))" aria-labelledby="elapsed-t"><title id="elapsed-t">\(text)</title><desc>\(text)</desc>\
            <rect class="bar-track" x="0" y="0" width="\(SVG.number(width))" height="\(SVG.number(height))" rx="2"/>\
            <rect class="bar-elapsed" x="0" y="0" width="\(SVG.number(filled))" height="\(SVG.number(height))" rx="2"/></svg>
            """
    }

    /// A burn-up chart: the actual cumulative value at each month's end against the expected
    /// line (through the mid-term checkpoint when there is one).
    static func burnUp(
        _ figure: IndicatorFigure, months: [MonthProgress], period: ServicePeriod, midterm: Evaluation?
    ) -> String {
        guard let target = figure.indicator.target else { return "" }
        let width = 640.0
        let height = 260.0
        let left = 48.0
        let right = 16.0
        let top = 16.0
        let bottom = 36.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let total = Double(max(period.days, 1))
        let maxValue = max(Double(target), Double(figure.value.hundredths) / 100, 1)
        func x(_ day: Day) -> Double { left + Double(min(max(day - period.start, 0), period.days)) / total * plotWidth }
        func y(_ value: Double) -> Double { top + plotHeight - value / maxValue * plotHeight }

        var parts: [String] = []
        let name = HTMLEscaping.escape(figure.indicator.name)
        let unit = HTMLEscaping.escape(figure.indicator.unit)
        let description =
            "\(name)：目标 \(target)\(unit)，截至 \(months.last.map { $0.end.chineseText } ?? "")完成 \(figure.value.text)\(unit)。实线为每月末累计完成值，虚线为应完成进度。"
        parts.append(
            "<svg class=\"burnup\" role=\"img\" viewBox=\"0 0 \(SVG.number(width)) \(SVG.number(height))\" aria-labelledby=\"burnup-t burnup-d\"><title id=\"burnup-t\">\(name)进度图</title><desc id=\"burnup-d\">\(description)</desc>"
        )
        // Axes and grid: 0, half and the target.
        for value in [0.0, Double(target) / 2, Double(target)] {
            parts.append(
                "<line class=\"grid\" x1=\"\(SVG.number(left))\" x2=\"\(SVG.number(width - right))\" y1=\"\(SVG.number(y(value)))\" y2=\"\(SVG.number(y(value)))\"/><text class=\"axis\" x=\"\(SVG.number(left - 6))\" y=\"\(SVG.number(y(value) + 4))\" text-anchor=\"end\">\(SVG.number(value))</text>"
            )
        }
        for month in Month.range(from: period.start.month, through: period.end.month)
        where month.firstDay >= period.start {
            let position = x(month.firstDay)
            parts.append(
                "<text class=\"axis\" x=\"\(SVG.number(position))\" y=\"\(SVG.number(height - bottom + 16))\" text-anchor=\"middle\">\(month.month)月</text>"
            )
        }
        // Expected: 0 at the start, the checkpoint at the mid-term, the target at the end.
        var expectedPoints = [(x(period.start), y(0))]
        if let midterm, let checkpoint = figure.indicator.midtermTarget, period.contains(midterm.date) {
            expectedPoints.append((x(midterm.date), y(Double(checkpoint))))
        }
        expectedPoints.append((x(period.end), y(Double(target))))
        parts.append(
            "<polyline class=\"expected\" points=\"\(expectedPoints.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " "))\"/>"
        )
        if let midterm, let checkpoint = figure.indicator.midtermTarget, period.contains(midterm.date) {
            parts.append(
                "<circle class=\"checkpoint\" cx=\"\(SVG.number(x(midterm.date)))\" cy=\"\(SVG.number(y(Double(checkpoint))))\" r=\"4\"><title>\(HTMLEscaping.escape(midterm.name))：中期目标 \(checkpoint)\(unit)</title></circle>"
            )
        }
        // Actual: the cumulative value at each month's end.
        var actual = [(x(period.start), y(0))]
        for month in months {
            actual.append(
                (
                    x(month.end),
                    y(
                        Double(
                            month.indicators.first { $0.indicator.id == figure.indicator.id }?.cumulative.hundredths
                                ?? 0) / 100)
                ))
        }
        parts.append(
            "<polyline class=\"actual\" points=\"\(actual.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " "))\"/>"
        )
        for point in actual.dropFirst() {
            parts.append(
                "<circle class=\"actual-point\" cx=\"\(SVG.number(point.0))\" cy=\"\(SVG.number(point.1))\" r=\"2.5\"/>"
            )
        }
        parts.append("</svg>")
        return parts.joined()
    }
}

extension Charts {
    /// Headcount as a step line from the period's start to the as-of date, the minimum as a
    /// dashed line, shortfall runs shaded.
    static func headcount(_ staffing: StaffingFigures) -> String {
        guard let first = staffing.daily.first?.day, let last = staffing.daily.last?.day else { return "" }
        let width = 640.0
        let height = 220.0
        let left = 40.0
        let right = 16.0
        let top = 16.0
        let bottom = 32.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let span = Double(max(last - first, 1))
        let top_ = Double(max(staffing.daily.map(\.headcount).max() ?? 0, staffing.minimum) + 2)
        func x(_ day: Day) -> Double { left + Double(day - first) / span * plotWidth }
        func y(_ count: Int) -> Double { top + plotHeight - Double(count) / top_ * plotHeight }
        let text =
            "人员数量：最少 \(staffing.minimum) 人，截至 \(last.chineseText) \(staffing.headcount) 人，\(staffing.status.rawValue)"
        var parts = [
            "<svg class=\"headcount\" role=\"img\" viewBox=\"0 0 \(SVG.number(width)) \(SVG.number(height))\" aria-labelledby=\"headcount-t\"><title id=\"headcount-t\">人员数量变化</title><desc>\(text)</desc>"
        ]
        for run in staffing.shortfalls {
            parts.append(
                "<rect class=\"shortfall\" x=\"\(SVG.number(x(run.from)))\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(max(x(run.to) - x(run.from), 2)))\" height=\"\(SVG.number(plotHeight))\"><title>\(run.from.isoText) 至 \(run.to.isoText) 低于最少人数（\(run.days) 天，最少 \(run.headcount) 人）</title></rect>"
            )
        }
        for value in [0, staffing.minimum] {
            parts.append(
                "<text class=\"axis\" x=\"\(SVG.number(left - 6))\" y=\"\(SVG.number(y(value) + 4))\" text-anchor=\"end\">\(value)</text>"
            )
        }
        parts.append(
            "<line class=\"minimum\" x1=\"\(SVG.number(left))\" x2=\"\(SVG.number(width - right))\" y1=\"\(SVG.number(y(staffing.minimum)))\" y2=\"\(SVG.number(y(staffing.minimum)))\"/>"
        )
        var points: [String] = []
        var previous: Int?
        for (day, count) in staffing.daily {
            if let previous, previous != count { points.append("\(SVG.number(x(day))),\(SVG.number(y(previous)))") }
            if previous != count { points.append("\(SVG.number(x(day))),\(SVG.number(y(count)))") }
            previous = count
        }
        points.append("\(SVG.number(x(last))),\(SVG.number(y(previous ?? 0)))")
        parts.append("<polyline class=\"actual\" points=\"\(points.joined(separator: " "))\"/>")
        parts.append(
            "<text class=\"axis\" x=\"\(SVG.number(left))\" y=\"\(SVG.number(height - 8))\">\(first.isoText)</text><text class=\"axis\" x=\"\(SVG.number(width - right))\" y=\"\(SVG.number(height - 8))\" text-anchor=\"end\">\(last.isoText)</text></svg>"
        )
        return parts.joined()
    }
}
