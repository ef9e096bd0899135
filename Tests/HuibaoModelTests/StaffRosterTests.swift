import Testing

@testable import HuibaoModel

private func day(_ text: String) -> Day { Day.parse(text)! }

@Suite("Staff names against the roster")
struct StaffRosterTests {
    static func member(_ name: String, _ joined: String, _ left: String? = nil) -> StaffMember {
        StaffMember(name: name, joined: day(joined), left: left.map(day), contractSigned: day(joined), line: 2)
    }

    let roster = StaffRoster([
        member("王芳", "2025-04-08"), member("陈晨", "2025-04-08"), member("赵敏", "2025-04-08", "2025-09-01"),
        member("欧阳娜娜", "2025-04-08"), member("赵敏", "2025-10-01"),
    ])

    @Test func aRosterNameWithSpacesRemovedIsThatPerson() {
        #expect(roster.match("王芳") == .person("王芳"))
        #expect(roster.match("王　芳") == .person("王芳"))  // a full-width space
        #expect(roster.match("欧阳 娜娜") == .person("欧阳娜娜"))
    }

    @Test func joinedEntriesSplitIntoRosterNames() {
        #expect(roster.match("陈晨、赵敏") == .joined(["陈晨", "赵敏"]))
        #expect(roster.match("陈晨，赵敏;王芳") == .joined(["陈晨", "赵敏", "王芳"]))
        #expect(roster.match("陈晨／赵敏") == .joined(["陈晨", "赵敏"]))
        #expect(roster.match("陈晨/ 王　芳") == .joined(["陈晨", "王芳"]))  // a part is a name once its spaces go
        #expect(roster.match("陈晨 赵敏") == .joined(["陈晨", "赵敏"]))  // then at spaces
        #expect(roster.match("陈晨 欧阳娜娜") == .joined(["陈晨", "欧阳娜娜"]))
        // One part that is not a roster name makes the whole entry unknown, attributed to nobody.
        #expect(roster.match("陈晨、张三") == .unknown(suggestion: nil))
        #expect(roster.people(["陈晨、张三", "王芳"]) == ["王芳"])
    }

    @Test func unknownNamesSuggestTheNearestRosterName() {
        #expect(roster.match("王方") == .unknown(suggestion: "王芳"))  // one edit away
        #expect(roster.match("王芳芳") == .unknown(suggestion: "王芳"))  // one insertion
        #expect(roster.match("欧阳娜") == .unknown(suggestion: "欧阳娜娜"))  // contained in a roster name
        #expect(roster.match("欧阳") == .unknown(suggestion: "欧阳娜娜"))  // two edits, but contained
        #expect(roster.match("小欧阳娜娜老师") == .unknown(suggestion: "欧阳娜娜"))  // contains one
        #expect(roster.match("张三丰") == .unknown(suggestion: nil))  // nothing close
    }

    @Test func attributionNamesEachPersonOnceInTheOrderWritten() {
        #expect(roster.people(["赵敏", "陈晨、赵敏", "王方", "王 芳"]) == ["赵敏", "陈晨", "王芳"])
        #expect(roster.people([]) == [])
    }

    @Test func aReHiredPersonIsInPostOnTheUnionOfTheirRows() {
        #expect(roster.names == ["王芳", "陈晨", "赵敏", "欧阳娜娜"])
        #expect(roster.rows(of: "赵敏").count == 2)
        #expect(roster.isInPost("赵敏", on: day("2025-08-31")))
        #expect(!roster.isInPost("赵敏", on: day("2025-09-01")))  // the day they left
        #expect(!roster.isInPost("赵敏", on: day("2025-09-30")))
        #expect(roster.isInPost("赵敏", on: day("2025-10-01")))  // re-hired
        #expect(!roster.isInPost("赵敏", from: day("2025-09-01"), through: day("2025-09-30")))
        #expect(roster.isInPost("赵敏", from: day("2025-09-15"), through: day("2025-10-01")))
        #expect(!roster.isInPost("王芳", on: day("2025-04-07")))
        #expect(!roster.isInPost("张三", on: day("2025-05-01")))
    }
}
