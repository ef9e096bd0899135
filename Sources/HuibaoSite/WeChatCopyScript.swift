/// The browser side of both 复制 buttons — the team site's article page and the page
/// `huibao wechat --output` writes: HTML and plain text copied together, so the WeChat
/// editor keeps the formatting.
public enum WeChatCopyScript {
    /// Defines `huibaoCopy(html, text, done)`: the Clipboard API where the browser has it,
    /// else a `copy` event; `done(ok)` reports the outcome.
    public static let function = """
        function huibaoCopy(html, text, done) {
          function fallback() {
            function onCopy(event) {
              event.clipboardData.setData("text/html", html);
              event.clipboardData.setData("text/plain", text);
              event.preventDefault();
            }
            document.addEventListener("copy", onCopy);
            var ok = false;
            try { ok = document.execCommand("copy"); } catch (e) {}
            document.removeEventListener("copy", onCopy);
            done(ok);
          }
          if (navigator.clipboard && window.ClipboardItem) {
            navigator.clipboard.write([new ClipboardItem({
              "text/html": new Blob([html], { type: "text/html" }),
              "text/plain": new Blob([text], { type: "text/plain" })
            })]).then(function () { done(true); }, fallback);
          } else {
            fallback();
          }
        }
        """
}
