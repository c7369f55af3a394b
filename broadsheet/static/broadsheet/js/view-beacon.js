// Counts one read of the article for "Most read": an anonymous POST, no cookie or id sent.
(function () {
  "use strict";
  var article = document.querySelector("[data-view-beacon]");
  if (!article) {
    return;
  }
  var url = article.getAttribute("data-view-beacon");
  var sent = false;
  function send() {
    if (sent || document.visibilityState !== "visible") {
      return;
    }
    sent = true;
    if (navigator.sendBeacon && navigator.sendBeacon(url)) {
      return;
    }
    if (window.fetch) {
      fetch(url, { method: "POST", credentials: "omit", keepalive: true });
    }
  }
  // Only pages actually shown count; prerendered or background tabs wait until visible.
  send();
  document.addEventListener("visibilitychange", send);
})();
