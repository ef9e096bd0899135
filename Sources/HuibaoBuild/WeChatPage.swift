import HuibaoSite

/// `huibao wechat --output FILE.html`: the fragment in a complete page that a double-click
/// opens in any browser (UTF-8 declared), the article in its own block and a 复制 button that
/// copies just that block, as rich text, for the WeChat editor.
public enum WeChatPage {
    public static let hint = "点“复制”后粘贴到公众号编辑器"

    /// - Parameters:
    ///   - fragment: the export, as `WeChatFile.export` returns it.
    ///   - title: the page's title (the article's file name).
    public static func html(fragment: String, title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))（公众号格式）</title>
        <style>
        body { margin: 0; background: #f2f2f2; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
        .toolbar { position: sticky; top: 0; padding: 12px 16px; background: #ffffff; border-bottom: 1px solid #dddddd; }
        .toolbar button { padding: 6px 20px; font-size: 16px; color: #ffffff; background: #07c160; border: 0; border-radius: 4px; cursor: pointer; }
        .toolbar p { display: inline; margin: 0 0 0 12px; color: #555555; }
        #wechat-article { max-width: 677px; margin: 16px auto; padding: 20px; background: #ffffff; }
        </style>
        </head>
        <body>
        <div class="toolbar">
        <button type="button" id="wechat-copy">复制</button>
        <p>\(hint)。<span id="wechat-copy-status" role="status"></span></p>
        </div>
        <div id="wechat-article">
        \(fragment)</div>
        <script>
        \(WeChatCopyScript.function)
        (function () {
          var block = document.getElementById("wechat-article");
          var status = document.getElementById("wechat-copy-status");
          document.getElementById("wechat-copy").addEventListener("click", function () {
            huibaoCopy(block.innerHTML, block.innerText, function (ok) {
              status.textContent = ok ? "已复制，请到公众号编辑器中粘贴（Ctrl+V）" : "复制失败：请用鼠标选中文章，按 Ctrl+C 复制";
            });
          });
        })();
        </script>
        </body>
        </html>

        """
    }
}
