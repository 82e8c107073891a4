// Sends the CSRF token with every htmx request (forms rendered by Thymeleaf carry it already).
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// An autosave answered by the login page, or refused because its CSRF token no longer matches a session, means the
// session has expired: say so, and keep what was typed on screen.
document.addEventListener("htmx:afterRequest", function (event) {
    var xhr = event.detail.xhr;
    var status = document.getElementById("save-status");
    if (!status || !xhr) {
        return;
    }
    if (xhr.status === 403 || (xhr.responseURL && xhr.responseURL.indexOf("/login") >= 0)) {
        status.textContent = document.documentElement.lang === "en"
            ? "Not saved: your session has expired. Sign in again in another tab, then press Save here."
            : "Chưa lưu: phiên đăng nhập đã hết hạn. Hãy đăng nhập lại ở một thẻ khác rồi bấm «Lưu» tại đây.";
        status.className = "small text-danger";
    } else if (!event.detail.successful) {
        status.textContent = document.documentElement.lang === "en"
            ? "Not saved: the server did not answer. What you typed is still here; press Save to try again."
            : "Chưa lưu: máy chủ không trả lời. Những gì bạn nhập vẫn còn trên trang; bấm «Lưu» để thử lại.";
        status.className = "small text-danger";
    }
});
