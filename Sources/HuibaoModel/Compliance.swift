/// One person of the staff roster (人员台账), with the ledger line it was read from.
public struct StaffMember: Sendable, Equatable {
    public var name: String
    public var joined: Day
    public var left: Day?
    public var contractSigned: Day?
    /// The day the person was filed with 甲方 (备案日期).
    public var filed: Day?
    /// 社工证: the certificate level or number as written (empty when none). Personal data:
    /// shown on the team's compliance page and in evaluator documents, never in a public build.
    public var certificate: String
    public var line: Int

    public init(
        name: String, joined: Day, left: Day? = nil, contractSigned: Day? = nil, filed: Day? = nil,
        certificate: String = "", line: Int
    ) {
        self.name = name
        self.joined = joined
        self.left = left
        self.contractSigned = contractSigned
        self.filed = filed
        self.certificate = certificate
        self.line = line
    }

    /// Joined after the period's start without being filed with 甲方 before joining.
    public func isReplacementNotFiled(periodStart: Day) -> Bool {
        joined > periodStart && (filed.map { $0 > joined } ?? true)
    }

    /// The labour contract was signed after joining, or not at all.
    public var isContractLate: Bool { contractSigned.map { $0 > joined } ?? true }

    /// On the team that day: joined on or before it and not yet left.
    public func isOnTeam(_ day: Day) -> Bool { joined <= day && (left.map { day < $0 } ?? true) }
}

/// One entry of the expense ledger (经费台账); a negative amount is a reversal (冲销).
public struct Expense: Sendable, Equatable {
    public var date: Day
    public var item: String
    public var amount: Money
    public var note: String
    public var line: Int

    public init(date: Day, item: String, amount: Money, note: String = "", line: Int) {
        self.date = date
        self.item = item
        self.amount = amount
        self.note = note
        self.line = line
    }
}

/// A run of consecutive days below the staffing minimum.
public struct Shortfall: Sendable, Equatable {
    public var from: Day
    public var to: Day
    /// The lowest headcount in the run.
    public var headcount: Int
    public var days: Int { to - from + 1 }
}

/// The staffing figures at an as-of date.
public struct StaffingFigures: Sendable, Equatable {
    /// 达标, 补员期内 or 不达标.
    public enum Status: String, Sendable, Equatable {
        case met = "达标"
        case withinReplacement = "补员期内"
        case notMet = "不达标"
    }

    public var minimum: Int
    public var headcount: Int
    public var status: Status
    public var shortfalls: [Shortfall]
    /// Headcount on each day from the period's start to the as-of date.
    public var daily: [(day: Day, headcount: Int)]

    public static func == (a: StaffingFigures, b: StaffingFigures) -> Bool {
        a.minimum == b.minimum && a.headcount == b.headcount && a.status == b.status && a.shortfalls == b.shortfalls
            && a.daily.map(\.headcount) == b.daily.map(\.headcount)
    }

    /// Headcount every day from `start` to `asOf`, shortfall runs and the status against `minimum`.
    public static func compute(
        roster: [StaffMember], minimum: Int, replacementDays: Int, start: Day, asOf: Day
    ) -> StaffingFigures {
        var daily: [(Day, Int)] = []
        var shortfalls: [Shortfall] = []
        var run: Shortfall?
        var day = start
        while day <= asOf {
            let count = roster.filter { $0.isOnTeam(day) }.count
            daily.append((day, count))
            if count < minimum {
                if var open = run {
                    open.to = day
                    open.headcount = min(open.headcount, count)
                    run = open
                } else {
                    run = Shortfall(from: day, to: day, headcount: count)
                }
            } else if let closed = run {
                shortfalls.append(closed)
                run = nil
            }
            day = day.adding(days: 1)
        }
        if let open = run { shortfalls.append(open) }
        let status: Status =
            shortfalls.isEmpty
            ? .met : shortfalls.allSatisfy { $0.days <= replacementDays } ? .withinReplacement : .notMet
        return StaffingFigures(
            minimum: minimum, headcount: daily.last?.1 ?? roster.filter { $0.isOnTeam(asOf) }.count, status: status,
            shortfalls: shortfalls, daily: daily)
    }
}

/// The budget figures at an as-of date: pay and benefits against the contract's minimum share.
public struct BudgetFigures: Sendable, Equatable {
    /// 达标, 偏低, or 无支出 (no expense row counted yet, before the period's end).
    public enum Status: String, Sendable, Equatable {
        case met = "达标"
        case low = "偏低"
        case noSpending = "无支出"
    }

    public var staffShareMin: Percent
    public var totalSpent: Money
    public var staffSpent: Money
    /// staff / total as "80.15%"; nil when nothing was spent.
    public var staffShareText: String?
    /// The contract's floor for the whole period: fee × minimum share, rounded up to the fen.
    public var floor: Money
    public var status: Status
    /// Entries counted (dated on or before the as-of date).
    public var entries: [Expense]

    public static func compute(
        expenses: [Expense], staffItems: [String], staffShareMin: Percent, fee: Money, periodEnd: Day, asOf: Day
    ) -> BudgetFigures {
        let counted = expenses.filter { $0.date <= asOf }
        let total = Money.sum(counted.map(\.amount))
        let staff = Money.sum(counted.filter { staffItems.contains($0.item) }.map(\.amount))
        let floor = fee.share(staffShareMin, roundingUp: true)
        // staff ≥ share × total, compared exactly: staff × 10000 ≥ hundredths × total.
        var met =
            staff.fen.multipliedFullWidth(by: 10000)
            >= Int64(staffShareMin.hundredths).multipliedFullWidth(by: total.fen)
        if asOf > periodEnd && staff < floor { met = false }
        return BudgetFigures(
            staffShareMin: staffShareMin, totalSpent: total, staffSpent: staff,
            staffShareText: Ratio.percentText(numerator: staff.fen, denominator: total.fen, decimals: 2),
            floor: floor, status: counted.isEmpty && asOf <= periodEnd ? .noSpending : met ? .met : .low,
            entries: counted)
    }
}
