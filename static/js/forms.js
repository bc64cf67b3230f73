// Form helpers: error-summary links move focus to their field, and, where
// reCAPTCHA keys are set, a token is fetched just before sending. Without
// JavaScript (or without Google) the form still sends; triage sees "unverified".
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-error-summary] a[href^='#']");
        if (!link) { return; }
        var field = document.getElementById(link.getAttribute("href").slice(1));
        if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({block: "center"});
        }
    });

    document.addEventListener("submit", function (event) {
        var form = event.target;
        var key = form.getAttribute("data-recaptcha-key");
        if (!key || form.dataset.tokenFetched === "yes" || !window.grecaptcha || !window.grecaptcha.ready) { return; }
        event.preventDefault();
        var sent = false;
        function send() {
            if (sent) { return; }
            sent = true;
            form.dataset.tokenFetched = "yes";
            form.submit();
        }
        window.setTimeout(send, 4000); // Google slow or blocked: send without a token
        window.grecaptcha.ready(function () {
            window.grecaptcha.execute(key, {action: "submit"}).then(function (token) {
                form.querySelector("input[name='g-recaptcha-response']").value = token;
                send();
            }, send);
        });
    });
}());
