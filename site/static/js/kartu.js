/* Kartu: progressive enhancement only. Everything works without this file. */
(function () {
  "use strict";

  /* Click-to-load video: nothing is requested from the provider until the visitor asks.
     The button is replaced by the player, which then takes focus. */
  function loadVideo(button) {
    var url = button.getAttribute("data-embed-url");
    if (!url || url.indexOf("https://") !== 0) {
      return;
    }
    var iframe = document.createElement("iframe");
    iframe.src = url + (url.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
    iframe.title = button.getAttribute("data-embed-title") || "";
    iframe.allow = "autoplay; fullscreen; picture-in-picture";
    iframe.allowFullscreen = true;
    iframe.className = "block-video__frame";
    iframe.setAttribute("tabindex", "-1");
    var placeholder = button.closest(".block-video__placeholder") || button.parentNode;
    placeholder.replaceWith(iframe);
    iframe.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-embed-url]");
    if (button) {
      event.preventDefault();
      loadVideo(button);
    }
  });
})();
