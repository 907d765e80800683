/*
 * Strings needing revision beside their strings in wagtail-localize's translation editor.
 *
 * The server renders each string needing revision (its word diff, previous translation and
 * "Keep previous" form, all translated) in the "What changed" panel above the editor
 * (templates/translations/revisions/panel.html). wagtail-localize's editor is a React app with
 * no hook per string, rendered after this script runs and re-rendered as strings are edited,
 * so this script moves each entry into the editor's item of its string, and again whenever
 * React re-renders it away (a MutationObserver). An entry whose string it cannot find stays in
 * the panel. "Keep previous" stays an ordinary form post (CSRF token included), after which the
 * view sends the translator back to the editor, reloaded.
 *
 * How a string is found: the editor renders each string segment as an <li> whose first <p>
 * child holds the segment's source text, in the order of its props' `segments`. The entry
 * carries its segment's id and source text; the same text may occur in several places, so the
 * entry goes to the n-th item with that text, n being its segment's rank among the props'
 * segments with that text.
 *
 * Delete with translations/revisions/translation_lost_on_sync.py (which says when).
 */
(() => {
  "use strict";

  function start() {
    const panel = document.querySelector("[data-kartu-revisions]");
    const editor = document.querySelector(".js-translation-editor");
    if (!panel || !editor) {
      return;
    }
    const segments = propsSegments(editor);
    const entries = [...panel.querySelectorAll("[data-kartu-segment]")].map((item) => ({
      item,
      entry: item.querySelector(".kartu-revision-entry"),
      text: item.dataset.kartuSource,
      rank: rankOf(segments, Number(item.dataset.kartuSegment), item.dataset.kartuSource),
    }));
    const placedNote = panel.querySelector(".kartu-revisions-placed");
    const list = panel.querySelector(".kartu-revisions-list");

    function place() {
      for (const { item, entry, text, rank } of entries) {
        const target = stringItems(editor, text)[rank];
        if (target) {
          if (entry.parentElement !== target) {
            target.append(entry);
          }
          item.hidden = true;
        } else if (entry.parentElement !== item) {
          item.append(entry);
          item.hidden = false;
        }
      }
      const allPlaced = entries.every(({ item }) => item.hidden);
      placedNote.hidden = !allPlaced;
      list.hidden = allPlaced;
    }

    let scheduled = false;
    new MutationObserver(() => {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(() => {
          scheduled = false;
          place();
        });
      }
    }).observe(editor, { childList: true, subtree: true });
    place();
  }

  function propsSegments(editor) {
    try {
      return JSON.parse(editor.dataset.props).segments || [];
    } catch {
      return [];
    }
  }

  function rankOf(segments, id, text) {
    const same = segments.filter((segment) => segment.type === "string" && segment.source === text);
    return Math.max(
      0,
      same.findIndex((segment) => segment.id === id),
    );
  }

  // The editor's items of string segments whose source text is `text`, in document order.
  function stringItems(editor, text) {
    return [...editor.querySelectorAll("li")].filter((li) => {
      const source = li.querySelector(":scope > p");
      return source !== null && source.textContent === text;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
