/* Broadsheet readers: cookie consent banner and in-place bookmark toggling.
   Nothing is written to cookies or storage until the reader chooses; the consent cookie
   itself is set by the server when the choice is recorded. */
(function () {
  "use strict";

  function readConsent(name, version) {
    var parts = document.cookie ? document.cookie.split("; ") : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf("=");
      if (parts[i].slice(0, eq) !== name) continue;
      var value = decodeURIComponent(parts[i].slice(eq + 1)).split(":");
      if (value.length === 3 && value[0] === version) return value[1];
    }
    return null;
  }

  function applyConsent(choice) {
    document.documentElement.setAttribute("data-consent", choice);
    // Non-essential scripts (analytics) listen for this and load only for "all".
    document.dispatchEvent(new CustomEvent("broadsheet:consent", { detail: { choice: choice } }));
  }

  var banner = document.getElementById("consent-banner");
  if (banner) {
    var choice = readConsent(banner.getAttribute("data-cookie-name"), banner.getAttribute("data-policy-version"));
    if (choice) applyConsent(choice); else banner.hidden = false;

    banner.addEventListener("click", function (event) {
      var button = event.target.closest("[data-consent-choice]");
      if (!button) return;
      var buttons = banner.querySelectorAll("button");
      buttons.forEach(function (b) { b.disabled = true; });
      fetch(banner.getAttribute("data-consent-url"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ choice: button.getAttribute("data-consent-choice") })
      }).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }).then(function (data) {
        banner.hidden = true;
        applyConsent(data.choice);
      }).catch(function () {
        banner.classList.add("consent--error");
      }).finally(function () {
        buttons.forEach(function (b) { b.disabled = false; });
      });
    });

    document.addEventListener("click", function (event) {
      var link = event.target.closest("[data-consent-open]");
      if (!link) return;
      event.preventDefault();
      banner.hidden = false;
      banner.querySelector("button").focus();
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-bookmark]");
    if (!form || !window.fetch) return;
    event.preventDefault();
    var button = form.querySelector("button");
    var status = form.querySelector(".bookmark__status");
    if (button.disabled) return;  // a second click while the first is on its way
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      body: new FormData(form)
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (!result.ok) {
        if (result.data.login_url) {  // signed out meanwhile: sign in, the bookmark is kept
          window.location.assign(result.data.login_url);
          return;
        }
        if (status) status.textContent = result.data.error || "";
        return;
      }
      var on = result.data.bookmarked;
      form.action = on ? form.getAttribute("data-remove-url") : form.getAttribute("data-add-url");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      form.querySelector(".bookmark__label").textContent =
        button.getAttribute(on ? "data-label-on" : "data-label-off");
      if (status) status.textContent = "";
    }).catch(function () {
      form.submit();
    }).finally(function () {
      button.disabled = false;
    });
  });
})();
