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

  /* Mobile menu: the button (hidden in the HTML, so that without JavaScript the menu stays
     open) toggles the menu it controls; CSS hides a collapsed menu on narrow screens only.
     Escape closes an open menu and gives focus back to the button. */
  function setUpMenu(button) {
    var menu = document.getElementById(button.getAttribute("aria-controls"));
    if (!menu) {
      return;
    }
    button.hidden = false;
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", open ? "false" : "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") {
        return;
      }
      button.setAttribute("aria-expanded", "false");
      button.focus();
    });
  }

  var menuButtons = document.querySelectorAll(".menu-toggle[aria-controls]");
  for (var i = 0; i < menuButtons.length; i++) {
    setUpMenu(menuButtons[i]);
  }

  /* Member directory: on a phone the facets start closed unless one is selected. */
  if (window.matchMedia("(max-width: 59.99rem)").matches) {
    var facets = document.querySelectorAll("details[data-collapse-when-narrow]");
    for (var j = 0; j < facets.length; j++) {
      if (!facets[j].hasAttribute("data-has-selection")) {
        facets[j].open = false;
      }
    }
  }

  /* A refused form: its summary of problems takes focus, so that it is read first. */
  var errorSummary = document.querySelector("[data-error-summary]");
  if (errorSummary) {
    errorSummary.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-embed-url]");
    if (button) {
      event.preventDefault();
      loadVideo(button);
    }
  });
})();
