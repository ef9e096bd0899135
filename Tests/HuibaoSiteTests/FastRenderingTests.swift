import Foundation
import HuibaoBuild
import HuibaoContent
import HuibaoModel
import HuibaoTestSupport
import Synchronization
import Testing

@testable import HuibaoSite

/// What makes builds fast must not change a byte: a parallel build equals a serial one, and
/// `FastTemplate` renders what swift-mustache renders.
@Suite("Fast rendering gives the same bytes")
struct FastRenderingTests {
    static let audiences: [Audience] = [.team(drafts: false), .team(drafts: true), .publicReaders]

    /// The example project and the basic fixture, parsed, with their templates.
    static func sites() throws -> [(name: String, snapshot: ContentSnapshot, templates: TemplateSet)] {
        try [("example", Fixtures.repositoryRoot), ("basic", Fixtures.site("basic"))].map { name, source in
            let overrides = source.appendingPathComponent("Templates")
            var texts: [String: String] = [:]
            for file in (try? FileManager.default.contentsOfDirectory(atPath: overrides.path)) ?? [] {
                texts[file] = try String(contentsOf: overrides.appendingPathComponent(file), encoding: .utf8)
            }
            return (name, try ContentLoader.load(source: source), try TemplateSet(overrides: texts))
        }
    }

    @Test func aParallelBuildIsByteIdenticalToASerialOne() throws {
        #expect(Parallel.coreCount > 1, "this machine has one core: both builds run serially")
        for site in try Self.sites() {
            let parallel = ContentParser.parse(site.snapshot)
            let serial = Parallel.$forcesSerial.withValue(true) { ContentParser.parse(site.snapshot) }
            #expect(parallel.diagnostics == serial.diagnostics, "\(site.name)")
            #expect(parallel.content == serial.content, "\(site.name)")
            let content = try #require(parallel.content)
            let asOf = Day(year: 2025, month: 12, day: 31)!
            #expect(
                ContentChecks.run(content, snapshot: site.snapshot, asOf: asOf)
                    == Parallel.$forcesSerial.withValue(true) {
                        ContentChecks.run(content, snapshot: site.snapshot, asOf: asOf)
                    })
            for audience in Self.audiences {
                let options = SiteOptions(asOf: asOf, audience: audience)
                let files = SiteRenderer.render(content, options: options, templates: site.templates)
                let serialFiles = Parallel.$forcesSerial.withValue(true) {
                    SiteRenderer.render(content, options: options, templates: site.templates)
                }
                #expect(files.map(\.path) == serialFiles.map(\.path), "\(site.name) \(audience)")
                #expect(files == serialFiles, "\(site.name) \(audience)")
            }
        }
    }

    /// The whole build, from reading `Content/` to the files on disk, with and without cores.
    @Test(arguments: [("example", Fixtures.repositoryRoot), ("basic", Fixtures.site("basic"))])
    func aParallelBuildWritesTheSameFilesAsASerialOne(_ name: String, _ source: URL) throws {
        let folder = try Fixtures.temporaryFolder()
        for audience in Self.audiences {
            let asOf = Day(year: 2026, month: 4, day: 30)!
            let parallel = BuildOptions(
                source: source, output: folder.appendingPathComponent("parallel"), asOf: asOf, audience: audience)
            let serial = BuildOptions(
                source: source, output: folder.appendingPathComponent("serial"), asOf: asOf, audience: audience)
            let outcome = try SiteBuilder.build(parallel)
            let serialOutcome = try Parallel.$forcesSerial.withValue(true) { try SiteBuilder.build(serial) }
            #expect(outcome.written && serialOutcome.written)
            #expect(outcome.diagnostics == serialOutcome.diagnostics)
            let differences = try Snapshot.compareFoldersIgnoringRecording(
                actual: parallel.output, expected: serial.output)
            #expect(differences.isEmpty, "\(name) \(audience):\n\(Snapshot.describe(differences))")
        }
    }

    @Test func fastTemplatesRenderEveryPageAsSwiftMustacheDoes() throws {
        for site in try Self.sites() {
            let content = try #require(ContentParser.parse(site.snapshot).content)
            #expect(site.templates.otherTemplates.isEmpty, "\(site.name): \(site.templates.otherTemplates)")
            var mustache = site.templates
            mustache.usesFastTemplates = false
            for audience in Self.audiences {
                let options = SiteOptions(asOf: Day(year: 2026, month: 4, day: 30)!, audience: audience)
                let fast = SiteRenderer.render(content, options: options, templates: site.templates)
                let slow = SiteRenderer.render(content, options: options, templates: mustache)
                #expect(fast.count == slow.count)
                for (a, b) in zip(fast, slow) where a != b {
                    Issue.record("\(site.name) \(audience): \(a.path) differs")
                }
            }
        }
    }

    /// Renders `template` (as the layout, with `partials` as the named templates) both ways.
    func compare(
        _ template: String, _ context: [String: Any], partials: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var overrides = ["layout.mustache": template]
        for (name, text) in partials { overrides[name + ".mustache"] = text }
        var templates = try TemplateSet(overrides: overrides)
        let fast = try #require(templates.fastTemplates["layout"], sourceLocation: sourceLocation)
            .render(context, partials: templates.fastTemplates, otherTemplates: templates.otherTemplates)
        templates.usesFastTemplates = false
        let expected = templates.render(context, template: "layout")
        #expect(fast == expected, "\(template)", sourceLocation: sourceLocation)
    }

    @Test func theMustacheThatHuibaosTemplatesUse() throws {
        let context: [String: Any] = [
            "title": "<b>“引号” & 'x'</b>", "count": 3, "zero": 0, "yes": true, "no": false, "empty": "",
            "site": ["name": "网站", "inner": ["deep": "深"] as [String: Any]] as [String: Any],
            "items": [["name": "甲", "href": "a/index.html"], ["name": "乙", "current": true]] as [[String: Any]],
            "tags": ["一", "二"], "none": [[String: Any]](), "noTags": [String](),
            "mixed": [["name": "x"] as [String: Any], "text", 5] as [Any], "combining": "\"\u{301}<\u{301}a",
        ]
        let templates = [
            "{{title}}|{{{title}}}|{{&title}}|{{ title }}|{{count}}|{{zero}}|{{yes}}|{{no}}|{{missing}}|{{combining}}",
            "{{site.name}}|{{site.inner.deep}}|{{site.missing.deep}}|{{#site}}{{name}}{{title}}{{/site}}",
            "<ul>\n{{#items}}\n  <li>{{name}}{{#href}} <a href=\"{{href}}\">{{title}}</a>{{/href}}{{#current}}*{{/current}}</li>\n{{/items}}\n</ul>\n",
            "{{#tags}}<span>{{.}}</span> {{/tags}}|{{^tags}}none{{/tags}}|{{^noTags}}无{{count}}{{/noTags}}",
            "{{#none}}x{{/none}}{{^none}}empty list{{/none}}|{{#empty}}[{{.}}]{{/empty}}|{{^empty}}not{{/empty}}",
            "{{#zero}}zero is {{.}}{{/zero}}|{{#count}}{{title}}{{/count}}|{{^yes}}no{{/yes}}{{^no}}no{{/no}}",
            "{{#mixed}}({{name}}){{/mixed}}|{{#title}}{{length}}{{/title}}",
            "  {{#yes}}  \n  indented\n  {{/yes}}  \n{{! a comment }}\n  {{! standalone }}  \nend {{! inline }} line\n",
            "a {single} brace { and {{title}} }}\r\nwindows\r\n{{#yes}}\r\nline\r\n{{/yes}}\r\n",
            "{{#items}}{{> activity-list}}{{/items}}\n  {{> activity-list}}\n|{{> unknown}}|{{>activity-list}}\n",
            "{{.name}}|{{#site}}{{.name}}{{.title}}{{/site}}|",
            "no newline at the end {{title}}",
            "",
        ]
        let partials = [
            "activity-list": "<p>{{name}}</p>\n  {{#yes}}\n  <i>{{title}}</i>\n  {{/yes}}\n  {{> indicator-table}}\n",
            "indicator-table": "<t>\n{{count}}\n</t>\n",
        ]
        for template in templates {
            try compare(template, context, partials: partials)
        }
    }

    /// A thread's own copy of the templates (`FastTemplate.unshared`) renders every default
    /// template the same, shares no text with the original, and each thread gets one.
    @Test func eachThreadsCopyRendersTheSameFromItsOwnStorage() throws {
        let templates = try TemplateSet()
        let context: [String: Any] = ["title": "标题", "materials": [["kind": "签到表"]] as [[String: Any]]]
        let copies = templates.threadCopies.templates()
        #expect(Set(copies.keys) == Set(templates.fastTemplates.keys))
        for (name, original) in templates.fastTemplates {
            let copy = try #require(copies[name])
            let expected = original.render(context, partials: templates.fastTemplates, otherTemplates: [])
            #expect(copy.render(context, partials: copies, otherTemplates: []) == expected, "\(name)")
            for (a, b) in zip(original.tokens, copy.tokens) {
                guard case .text(var x) = a, case .text(var y) = b, x.utf8.count > 15 else { continue }
                let first = x.withUTF8 { $0.baseAddress }
                let second = y.withUTF8 { $0.baseAddress }
                #expect(first != second, "\(name): \(x)")
            }
        }
        // The same thread gets the same copy; another thread its own.
        guard case .text(var mine) = copies["layout"]!.tokens[0],
            case .text(var again) = templates.threadCopies.templates()["layout"]!.tokens[0]
        else {
            Issue.record("the layout starts with text")
            return
        }
        let address = mine.withUTF8 { UInt(bitPattern: $0.baseAddress) }
        #expect(again.withUTF8 { UInt(bitPattern: $0.baseAddress) } == address)
        let theirs = Mutex<UInt>(0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            if case .text(var text) = templates.threadCopies.templates()["layout"]!.tokens[0] {
                let other = text.withUTF8 { UInt(bitPattern: $0.baseAddress) }
                theirs.withLock { $0 = other }
            }
            done.signal()
        }
        done.wait()
        #expect(theirs.withLock { $0 } != address && theirs.withLock { $0 } != 0)
    }

    /// A template outside the subset goes through swift-mustache, with `HTMLEscaping`'s
    /// pragma line rendering as nothing and escaping as swift-mustache does.
    @Test func templatesOutsideTheSubsetEscapeTheSame() throws {
        let templates = try TemplateSet(overrides: ["layout.mustache": "{{=<% %>=}}\n<% title %>|<%& title %>\n"])
        #expect(templates.otherTemplates == ["layout"])
        let title = "<a href=\"x\">'&'</a> 引号\"\u{301}"
        #expect(
            templates.render(["title": title], template: "layout")
                == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 引号\"\u{301}|\(title)\n")
    }

    /// The layout memo fills the title and content into the layout's bytes: the same page as
    /// rendering the layout, for every way a layout can use them; and no memo when the
    /// layout names anything a page sets its own way.
    @Test func theLayoutMemoGivesTheRenderedLayout() throws {
        let probe: [String: Any] = [
            "site": ["name": "网站 & 项目", "asOf": "2025年10月20日"] as [String: Any], "home": "../index.html",
            "css": "../css/huibao.css", "progressJSON": "../data/progress.json",
            "indicatorsCSV": "../data/indicators.csv",
            "indicatorsXLSX": "../data/indicators.xlsx",
            "nav": [
                ["title": "总览", "href": "../index.html", "current": false],
                ["title": "活动", "href": "index.html", "current": true],
            ] as [[String: Any]],
        ]
        let layouts = [
            DefaultTemplates.text(named: "layout.mustache"),
            "<title>{{title}}|{{{title}}}|{{&title}}</title>{{#title}}[{{.}}]{{/title}}{{^title}}无{{/title}}\n{{{content}}}|{{content}}|{{#content}}有{{/content}}",
            "{{#nav}}<a href=\"{{href}}\"{{#current}} class=\"on\"{{/current}}>{{title}}·{{site.name}}</a>{{/nav}}{{{content}}}{{> activity-list}}",
        ]
        let partials = ["activity-list.mustache": "<footer>{{site.asOf}} {{home}} {{title}}</footer>\n"]
        for layout in layouts {
            var overrides = partials
            overrides["layout.mustache"] = layout
            let templates = try TemplateSet(overrides: overrides)
            let memo = try #require(templates.layoutMemo(probe: probe), "\(layout)")
            for (title, content) in [("标题 <b>“引号”</b> & 'x'", "<p>正文 &amp; 内容</p>\n"), ("a", "b")] {
                var context = probe
                context["title"] = title
                context["content"] = HTMLBytes(bytes: Array(content.utf8))
                var expected: [UInt8] = []
                #expect(
                    templates.fastTemplates["layout"]!.render(
                        context, partials: templates.fastTemplates, otherTemplates: [], emptyTextIsMissing: true,
                        into: &expected))
                #expect(memo.render(title: title, content: Array(content.utf8)) == expected, "\(layout)")
            }
            #expect(memo.render(title: "", content: Array("x".utf8)) == nil)
        }
        // `{{.}}` at the top prints the whole context: swift-mustache's business, no memo.
        for layout in [
            "{{title}}{{date}}{{{content}}}", "{{#nav}}{{date}}{{/nav}}", "{{.}}", "{{#title}}{{href}}{{/title}}",
        ] {
            let templates = try TemplateSet(overrides: ["layout.mustache": layout])
            #expect(templates.layoutMemo(probe: probe) == nil, "\(layout)")
        }
        var marked = probe
        marked["site"] = ["name": "\u{E000}"] as [String: Any]
        #expect(
            try TemplateSet(overrides: ["layout.mustache": "{{site.name}}{{title}}"]).layoutMemo(probe: marked) == nil)
    }

    @Test func whatTheSubsetLeavesToSwiftMustache() throws {
        for text in [
            "{{=<% %>=}}<% a %>", "{{% CONTENT_TYPE: TEXT }}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}",
            "{{>*dynamic}}", "{{uppercased(name)}}", "{{#a}}unclosed",
        ] {
            #expect(throws: FastTemplate.Unsupported.self, "\(text)") { try FastTemplate(text) }
        }
        let template = try FastTemplate("{{value}}")
        let optional: String? = "x"
        for value in [optional as Any, 1.5, ["a": "b"] as [String: String], Substring("s"), [1, 2]] as [Any] {
            #expect(template.render(["value": value], partials: [:], otherTemplates: []) == nil, "\(value)")
        }
        let section = try FastTemplate("{{#list}}{{.}}{{/list}}")
        #expect(section.render(["list": [1.5] as [Any]], partials: [:], otherTemplates: []) == nil)
        let partial = try FastTemplate("{{> other}}")
        #expect(partial.render([:], partials: [:], otherTemplates: ["other"]) == nil)
    }
}
