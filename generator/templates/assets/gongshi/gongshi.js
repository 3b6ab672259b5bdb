/* gongshi — the photo lightbox of activity galleries: click or Enter opens, arrow keys and swipes
   move, Escape or the close button closes, focus returns to the photo that opened it. No library. */
(function () {
  "use strict";

  function setUp(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll("a[data-gs-full]"));
    if (!links.length) return;
    var box = document.createElement("div");
    box.className = "gs-lightbox";
    box.hidden = true;
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-modal", "true");
    box.setAttribute("aria-label", "照片查看器");
    box.innerHTML =
      '<img alt="">' +
      '<p class="gs-lightbox__caption" aria-live="polite"></p>' +
      '<button type="button" class="gs-lightbox__prev" aria-label="上一张">‹</button>' +
      '<button type="button" class="gs-lightbox__next" aria-label="下一张">›</button>' +
      '<button type="button" class="gs-lightbox__close" aria-label="关闭">×</button>';
    document.body.appendChild(box);
    var image = box.querySelector("img");
    var caption = box.querySelector("p");
    var current = 0;
    var opener = null;
    var startX = null;

    // The big photo is WebP, like the thumbnails; a browser that showed JPEG thumbnails (no
    // WebP support: Safari before iOS 14) gets the JPEG the link points to.
    function webp() {
      var thumbs = gallery.querySelectorAll("img");
      for (var i = 0; i < thumbs.length; i++) {
        if (thumbs[i].currentSrc) return /\.webp$/i.test(thumbs[i].currentSrc.split(/[?#]/)[0]);
      }
      return true;
    }
    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumb = link.querySelector("img");
      image.src = link.getAttribute(webp() ? "data-gs-full" : "href");
      image.width = +link.getAttribute("data-gs-width");
      image.height = +link.getAttribute("data-gs-height");
      image.alt = thumb ? thumb.alt : "";
      var figure = link.closest("figure");
      var text = figure && figure.querySelector("figcaption");
      caption.textContent = (text ? text.textContent.trim() : image.alt) + "（" + (current + 1) + " / " + links.length + "）";
    }
    function open(index) {
      opener = document.activeElement;
      show(index);
      box.hidden = false;
      document.documentElement.style.overflow = "hidden";
      box.querySelector(".gs-lightbox__close").focus();
    }
    function close() {
      box.hidden = true;
      image.removeAttribute("src");
      document.documentElement.style.overflow = "";
      if (opener && opener.focus) opener.focus();
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        open(index);
      });
    });
    box.querySelector(".gs-lightbox__prev").addEventListener("click", function () { show(current - 1); });
    box.querySelector(".gs-lightbox__next").addEventListener("click", function () { show(current + 1); });
    box.querySelector(".gs-lightbox__close").addEventListener("click", close);
    box.addEventListener("click", function (event) { if (event.target === box) close(); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(); }
      else if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
      else if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
      else if (event.key === "Tab") {
        var buttons = box.querySelectorAll("button");
        var first = buttons[0], last = buttons[buttons.length - 1];
        if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
        else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
      }
    });
    box.addEventListener("touchstart", function (event) { startX = event.touches[0].clientX; }, { passive: true });
    box.addEventListener("touchend", function (event) {
      if (startX === null) return;
      var dx = event.changedTouches[0].clientX - startX;
      startX = null;
      if (Math.abs(dx) > 40) show(current + (dx < 0 ? 1 : -1));
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-gs-gallery]"), function (gallery) {
      if (!gallery.hasAttribute("data-gs-ready")) {
        gallery.setAttribute("data-gs-ready", "");
        setUp(gallery);
      }
    });
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init); // Material instant loading
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

/* gongshi — the 长辈版 switch: larger text and click targets, one column, nothing that moves
   (gongshi.css, html[data-gs-elder]); remembered in this browser only. */
(function () {
  "use strict";
  var KEY = "gs-elder";
  var root = document.documentElement;
  function sync() {
    var on = root.hasAttribute("data-gs-elder");
    Array.prototype.forEach.call(document.querySelectorAll("[data-gs-elder-toggle]"), function (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-gs-elder-toggle]");
    if (!button) return;
    var on = !root.hasAttribute("data-gs-elder");
    if (on) root.setAttribute("data-gs-elder", "");
    else root.removeAttribute("data-gs-elder");
    try { localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode: this page only */ }
    sync();
  });
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(sync);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", sync);
  else sync();
})();

/* gongshi — copy buttons (the feed address of a subscription page) */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-gs-copy]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-gs-copy"));
    if (!field) return;
    field.select();
    var done = function () { button.textContent = "已复制"; };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(field.value).then(done, function () {});
    else { try { document.execCommand("copy"); done(); } catch (e) { /* the selected text can be copied by hand */ } }
  });
})();
