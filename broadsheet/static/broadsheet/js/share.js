// Share buttons: the Web Share API where the browser has it, and copy-link.
// The links to each network work without this script.
(function () {
  "use strict";
  function announce(section, text) {
    var status = section.querySelector(".share__status");
    if (status) { status.textContent = text; }
  }
  document.querySelectorAll(".share").forEach(function (section) {
    var native = section.querySelector("[data-share-native]");
    if (native && navigator.share) {
      native.hidden = false;
      native.querySelector("button").addEventListener("click", function (event) {
        var button = event.currentTarget;
        navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () {});
      });
    }
    var copy = section.querySelector("[data-share-copy]");
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.querySelector("button").addEventListener("click", function (event) {
        var button = event.currentTarget;
        navigator.clipboard.writeText(button.dataset.url).then(function () {
          announce(section, button.dataset.copied);
        });
      });
    }
  });
})();
