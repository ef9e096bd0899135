/// What `huibao serve` prints once it listens: the link to open and, beyond loopback, the
/// token link and what the team preview exposes.
enum StartupMessage {
    static func lines(options: ServeOptions, token: AccessToken?, lanAddresses: [String]) -> [String] {
        let port = options.port
        guard let token else {
            return ["预览地址：http://\(PreviewServer.displayHost(options.bind)):\(port)/（按 Ctrl-C 停止）"]
        }
        let query = "?\(AccessToken.queryName)=\(token.value)"
        var hosts: [String]
        if options.bind == "0.0.0.0" || options.bind == "::" {
            hosts = ["localhost"] + lanAddresses
        } else {
            hosts = [PreviewServer.displayHost(options.bind)]
        }
        hosts = hosts.map { $0.contains(":") && !$0.hasPrefix("[") ? "[\($0)]" : $0 }
        var lines = ["预览地址：http://\(hosts[0]):\(port)/\(query)（按 Ctrl-C 停止）"]
        if hosts.count > 1 {
            lines.append(
                "同一网络的同事用这个链接打开：" + hosts.dropFirst().map { "http://\($0):\(port)/\(query)" }.joined(separator: "、"))
        }
        lines.append(
            "注意：预览的是团队版，含内部记录\(options.drafts ? "、草稿" : "")、未遮盖的电话和身份证号、员工姓名。"
                + "只有拿到上面带令牌的链接的人才能打开；链接只发给可以看这些内容的同事，每次启动令牌都会变。")
        return lines
    }
}
