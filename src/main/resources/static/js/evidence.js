// Refuses a file over the server's limit before it is sent, so that nobody waits for a 20 MB upload to be rejected.
document.addEventListener("submit", function (event) {
    var form = event.target;
    var max = Number(form.getAttribute("data-max-bytes"));
    var input = form.querySelector("input[type='file']");
    if (!max || !input || !input.files || input.files.length === 0 || input.files[0].size <= max) {
        return;
    }
    event.preventDefault();
    input.classList.add("is-invalid");
    var feedback = document.getElementById(input.id + "-error");
    if (feedback) {
        feedback.textContent = form.getAttribute("data-too-large");
    }
});
