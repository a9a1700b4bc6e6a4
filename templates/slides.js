/* The slides' navigation (compile --format slides). Fetches nothing.
   Next: ArrowRight, ArrowDown, PageDown (clickers), Space, Enter, N.  Back: ArrowLeft, ArrowUp, PageUp,
   Shift+Space, Backspace, P.  Home / End: first / last.  F: full screen.  A: start or stop advancing on its own.
   The address remembers the slide (#5); #auto=10 advances every 10 seconds (#5&auto=10: both). */
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll(".slide"));
  var bar = document.querySelector(".progress .bar");
  var root = getComputedStyle(document.documentElement);
  var WIDTH = parseFloat(root.getPropertyValue("--width")) || 1280;
  var MIN_TEXT = parseFloat(root.getPropertyValue("--min-text")) || 30;
  var DEFAULT_AUTO = 10;
  var current = 0;
  var auto = 0;
  var chosen = DEFAULT_AUTO;
  var timer = null;

  function fromHash() {
    var found = { slide: null, seconds: null };
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var seconds = /^auto=(\d+(?:\.\d+)?)$/.exec(part);
      if (seconds) {
        found.seconds = parseFloat(seconds[1]);
      } else if (/^\d+$/.test(part)) {
        found.slide = parseInt(part, 10) - 1;
      }
    });
    return found;
  }

  function writeHash() {
    var hash = "#" + (current + 1) + (auto ? "&auto=" + auto : "");
    if (location.hash === hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch (e) {
      /* some browsers refuse for file: pages; the slide still changes */
    }
  }

  function schedule() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (auto > 0 && current < slides.length - 1) {
      timer = setTimeout(function () { show(current + 1); }, auto * 1000);
    }
  }

  function show(index) {
    index = Math.max(0, Math.min(slides.length - 1, index));
    slides[current].classList.remove("current");
    slides[current].setAttribute("aria-hidden", "true");
    current = index;
    slides[current].classList.add("current");
    slides[current].removeAttribute("aria-hidden");
    var done = slides.length > 1 ? current / (slides.length - 1) : 1;
    bar.style.transform = "scaleX(" + done + ")";
    writeHash();
    schedule();
  }

  function toggleFullScreen() {
    var element = document.documentElement;
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (element.requestFullscreen) {
      element.requestFullscreen().catch(function () {});
    }
  }

  /* slides.py split the text to fit; a font wider than its estimate may still overflow: shrink that slide's
     type a little at a time, never below MIN_TEXT (in pixels of the 1280x720 slide). */
  function fit(slide) {
    var element = slide.querySelector(".fit");
    if (!element) return;
    var unit = slide.clientWidth / WIDTH;
    if (!unit) return;
    var size = Math.round(parseFloat(getComputedStyle(element).fontSize) / unit);
    while (slide.scrollHeight > slide.clientHeight && size > MIN_TEXT) {
      size -= 1;
      element.style.fontSize = "calc(" + size + " * var(--u))";
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    if (key === "ArrowRight" || key === "ArrowDown" || key === "PageDown" || key === "Enter" ||
        key === "n" || key === "N" || (key === " " && !event.shiftKey)) {
      show(current + 1);
    } else if (key === "ArrowLeft" || key === "ArrowUp" || key === "PageUp" || key === "Backspace" ||
               key === "p" || key === "P" || (key === " " && event.shiftKey)) {
      show(current - 1);
    } else if (key === "Home") {
      show(0);
    } else if (key === "End") {
      show(slides.length - 1);
    } else if (key === "f" || key === "F") {
      toggleFullScreen();
    } else if (key === "a" || key === "A") {
      auto = auto ? 0 : chosen;
      writeHash();
      schedule();
    } else {
      return;
    }
    event.preventDefault();
  });

  window.addEventListener("hashchange", function () {
    var wanted = fromHash();
    if (wanted.seconds !== null) {
      auto = wanted.seconds;
      chosen = auto || chosen;
    }
    show(wanted.slide !== null ? wanted.slide : current);
  });

  slides.forEach(fit);
  var start = fromHash();
  auto = start.seconds || 0;
  chosen = auto || chosen;
  show(start.slide || 0);
})();
