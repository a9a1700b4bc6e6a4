// Keyboard shortcuts for the review queue: j/k move, a approve, r reject (type the reason, Enter), e edit
// (Ctrl+Enter saves). Loaded from the site itself: the Content-Security-Policy allows no inline script.
(function () {
  "use strict";
  var items = [];
  var current = -1;

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function select(index, scroll) {
    if (!items.length) { return; }
    index = Math.max(0, Math.min(items.length - 1, index));
    if (current >= 0 && items[current]) { items[current].classList.remove("current"); }
    current = index;
    var item = items[current];
    item.classList.add("current");
    if (scroll !== false) {
      item.scrollIntoView({ block: "start", behavior: "auto" });
      if (history.replaceState) { history.replaceState(null, "", "#" + item.id); }
    }
  }

  function here() { return current >= 0 ? items[current] : null; }

  function onKey(event) {
    if (event.ctrlKey && event.key === "Enter" && event.target.form) {
      event.preventDefault();
      event.target.form.requestSubmit ? event.target.form.requestSubmit() : event.target.form.submit();
      return;
    }
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var item = here();
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a":
        if (item) { item.querySelector("form.approve").submit(); }
        break;
      case "r":
        if (item) { item.querySelector("form.reject input[name=note]").focus(); }
        break;
      case "e":
        if (item) {
          var details = item.querySelector("details.edit");
          details.open = true;
          var text = details.querySelector("textarea");
          text.focus();
          text.setSelectionRange(text.value.length, text.value.length);
        }
        break;
      default: return;
    }
    event.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", function () {
    items = Array.prototype.slice.call(document.querySelectorAll("article.item"));
    if (!items.length) { return; }
    var start = 0;
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target && items.indexOf(target) >= 0) { start = items.indexOf(target); }
    }
    select(start, Boolean(location.hash));
    items.forEach(function (item, i) {
      item.addEventListener("click", function () { if (current !== i) { select(i, false); } });
    });
    document.addEventListener("keydown", onKey);
  });
}());
