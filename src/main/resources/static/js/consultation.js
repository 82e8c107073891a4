// Sending a round and closing it cannot be undone: ask first (forms that carry data-confirm).
document.addEventListener("submit", function (event) {
    var question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
});
