import Testing

@testable import HuibaoModel

@Suite("JSON writer: fixed layout and escaping")
struct JSONValueTests {
    @Test func layoutIsTwoSpaceIndentedWithAFinalNewline() {
        let value = JSONValue.object([
            ("a", .array([.number("1"), .bool(true), .null])), ("b", .object([])), ("c", .array([])),
            ("d", .object([("e", .string("中文"))])),
        ])
        #expect(
            value.serialized()
                == "{\n  \"a\": [\n    1,\n    true,\n    null\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": {\n    \"e\": \"中文\"\n  }\n}\n"
        )
        #expect(value.serializedBytes() == Array(value.serialized().utf8))
    }

    @Test func stringsAreEscapedForJSONAndForAScriptBlock() {
        let text = "引号\"反斜杠\\换行\n回车\r制表\t<script>\u{01}\u{1F}\u{2028}\u{2029}\u{E2}末尾"
        let expected =
            #""引号\"反斜杠\\换行\n回车\r制表\t\u003cscript>\u0001\u001f\u2028\u2029â末尾""# + "\n"
        #expect(JSONValue.string(text).serialized() == expected)
        #expect(JSONValue.string("").serialized() == "\"\"\n")
        #expect(JSONValue.string("<").serialized() == "\"\\u003c\"\n")
        // A lone E2 lead byte of another character (U+2026 …) is not mistaken for U+2028.
        #expect(JSONValue.string("…").serialized() == "\"…\"\n")
    }
}
