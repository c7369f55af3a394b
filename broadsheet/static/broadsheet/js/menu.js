/* The header's section menu is a <details> element and works without this script; this adds
   what a menu button is expected to do: Escape and a click or focus elsewhere close it. */
(function () {
  "use strict";
  var menu = document.querySelector("[data-site-menu]");
  if (!menu) return;
  var button = menu.querySelector("summary");

  function close(returnFocus) {
    if (!menu.open) return;
    menu.open = false;
    if (returnFocus) button.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) close(menu.contains(document.activeElement));
  });
  document.addEventListener("click", function (event) {
    if (!menu.contains(event.target)) close(false);
  });
  document.addEventListener("focusin", function (event) {
    if (!menu.contains(event.target)) close(false);
  });
})();
