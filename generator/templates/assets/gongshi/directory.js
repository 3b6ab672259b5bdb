/* gongshi — the directory's filters and orders (orgs/), drawn from the search index: Pagefind's
   filters of the organization pages (kind 机构; district, street, category, field, status, grade,
   list) and their sort keys (pinyin, latest), through window.gongshiSearch (search.js). No second
   index: the cards are drawn from the results' metadata. The page's own cards, in pinyin order,
   stay until a choice is made, and stay altogether without script. State lives in the URL
   (?district=…&sort=latest), so a filtered directory can be shared. */
function gongshiDirectory() {
  "use strict";

  var PAGE = 24;  // cards drawn at a time
  var WITHDRAWN = ["已注销", "已撤销登记"];  // their pages stay, off the directory
  var form = document.querySelector("[data-gs-directory]");
  if (!form || !window.gongshiSearch || !window.Promise) return;
  var cards = document.querySelector("[data-gs-directory-cards]");
  var more = document.querySelector("[data-gs-directory-more]");
  var pager = document.querySelector("[data-gs-directory-pager]");
  var status = form.querySelector("[data-gs-directory-status]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var facets = selects.filter(function (s) { return s.name !== "sort"; });
  var sortSelect = form.querySelector("select[name=sort]");
  var details = form.querySelector("[data-gs-directory-filters]");
  var chosenNote = form.querySelector("[data-gs-directory-chosen]");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL((config.base || ".") + "/", location.href);
  var serial = 0;
  var current = null;
  var shown = 0;

  function escapeHtml(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function chosen() {
    var out = {};
    facets.forEach(function (s) { if (s.value) out[s.name] = s.value; });
    return out;
  }
  function options(except) {
    var filters = { kind: "机构" };
    var picked = chosen();
    Object.keys(picked).forEach(function (key) { if (key !== except) filters[key] = picked[key]; });
    if (!filters.status) filters.status = { none: WITHDRAWN };
    var sort = sortSelect.value === "latest" ? { latest: "desc" } : { pinyin: "asc" };
    return { filters: filters, sort: sort };
  }
  function search(except) { return window.gongshiSearch.search(null, options(except)); }
  /* Pagefind counts a filter's values only once its filter index is loaded (the header box's
     search does without it) */
  var loaded = null;
  function ready() {
    if (!loaded) loaded = window.gongshiSearch.pagefind().then(function (pf) { return pf.filters(); });
    return loaded;
  }

  /* -- the URL ------------------------------------------------------------------------------ */
  function readUrl() {
    var params = new URLSearchParams(location.search);
    selects.forEach(function (s) {
      var value = params.get(s.name) || "";
      if (value && !Array.prototype.some.call(s.options, function (o) { return o.value === value; })) value = "";
      s.value = value;
    });
    return Array.prototype.some.call(selects, function (s) { return s.value; });
  }
  function writeUrl() {
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  /* -- counts ------------------------------------------------------------------------------- */
  /* Each filter's counts are those of the other choices: the district list still offers the
     other districts when one is chosen. A street shows only under its district. */
  function counts() {
    var picked = chosen();
    var keys = Object.keys(picked);
    return ready().then(function () {
      return Promise.all([search(null)].concat(keys.map(function (key) { return search(key); })));
    }).then(function (all) {
      var byKey = {};
      keys.forEach(function (key, i) { byKey[key] = (all[i + 1].filters || {})[key] || {}; });
      facets.forEach(function (s) {
        var values = byKey[s.name] || (all[0].filters || {})[s.name] || {};
        Array.prototype.forEach.call(s.options, function (o) {
          if (!o.value) return;
          var n = values[o.value] || 0;
          o.textContent = o.value + "（" + n + "）";
          var foreign = s.name === "street" && picked.district && o.getAttribute("data-parent") !== picked.district;
          o.hidden = foreign;
          o.disabled = foreign || (n === 0 && o.value !== s.value);
        });
      });
      return all[0];
    });
  }

  /* -- cards -------------------------------------------------------------------------------- */
  function card(data) {
    var meta = data.meta || {};
    var filters = data.filters || {};
    var color = /^#[0-9A-Fa-f]{3,8}$/.test(meta.color || "") ? meta.color : "";
    var name = meta.title || "";
    var logo = meta.logo
      ? '<img class="gs-logo" src="' + escapeHtml(new URL(meta.logo, root).href) + '" width="56" height="56" alt="' + escapeHtml((meta.monogram || name) + "的标志") + '" loading="lazy" decoding="async">'
      : '<span class="gs-logo gs-logo--text" style="width:56px;height:56px' + (color ? ";background:" + color : "") + '" aria-hidden="true">' + escapeHtml(meta.monogram || name.slice(0, 2)) + "</span>";
    var place = [].concat(filters.district || [], filters.street || [], filters.community || []);
    var line = place.concat(filters.category || [], filters.status || []).map(function (part) {
      return '<span class="gs-nowrap">' + escapeHtml(part) + "</span>";
    }).join(" · ");
    var notices = (meta.notice || "").split("；").filter(Boolean);
    return '<article class="gs-card gs-org-card"' + (color ? ' style="--gs-brand: ' + color + '"' : "") + ">" +
      '<a class="gs-card__link" href="' + escapeHtml(data.url) + '">' + logo +
      '<span class="gs-card__body"><strong class="gs-card__title">' + escapeHtml(name) + "</strong>" +
      (meta.slogan ? '<span class="gs-card__slogan">' + escapeHtml(meta.slogan) + "</span>" : "") +
      '<span class="gs-card__meta">' + line + "</span>" +
      ((filters.grade || []).length ? '<span class="gs-card__badges"><span class="gs-badge gs-badge--grade" title="评估等级">' + escapeHtml(filters.grade[0]) + "</span></span>" : "") +
      notices.map(function (n) { return '<span class="gs-notice" role="note">' + escapeHtml(n) + "</span>"; }).join("") +
      "</span></a></article>";
  }
  function showMore(mine) {
    var slice = current.results.slice(shown, shown + PAGE);
    shown += slice.length;
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (items) {
      if (mine !== serial) return;
      cards.insertAdjacentHTML("beforeend", items.map(card).join(""));
      more.hidden = shown >= current.results.length;
    });
  }

  /* -- running ------------------------------------------------------------------------------ */
  /* draw: replace the page's cards with the results (after a choice, or a shared URL); without,
     only the counts are brought up to date. */
  function run(draw) {
    var mine = ++serial;
    form.setAttribute("aria-busy", "true");
    return counts().then(function (result) {
      if (mine !== serial) return null;
      var total = result.results.length;
      var picked = chosen();
      var filtered = Object.keys(picked).length > 0;
      chosenNote.textContent = filtered ? "（已选：" + Object.keys(picked).map(function (k) { return picked[k]; }).join("、") + "）" : "";
      status.textContent = (filtered ? "符合条件的组织：" : "共 ") + total + " 个" + (filtered ? "" : "组织") +
        "，" + (sortSelect.value === "latest" ? "按最近活动排序" : "按名称拼音排序");
      if (!draw) return null;
      current = result;
      shown = 0;
      cards.innerHTML = total ? "" : '<p class="gs-empty">没有符合条件的组织，请减少一些筛选条件。</p>';
      if (pager) pager.hidden = true;
      return showMore(mine);
    }).catch(function () {
      status.textContent = "筛选暂时不可用，请使用下面的分页浏览。";
    }).then(function () {
      if (mine === serial) form.removeAttribute("aria-busy");
    });
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.name === "district") {
      var street = form.querySelector("select[name=street]");
      var option = street && street.options[street.selectedIndex];
      if (option && option.value && option.getAttribute("data-parent") !== target.value && target.value) street.value = "";
    }
    writeUrl();
    run(true);
  });
  form.addEventListener("reset", function (event) {
    event.preventDefault();
    selects.forEach(function (s) { s.value = ""; });
    writeUrl();
    run(true);
  });
  more.addEventListener("click", function () { showMore(serial); });

  var fromUrl = readUrl();
  // open on a wide screen, or when the URL brings choices; folded on a phone, above the cards
  if (window.matchMedia("(min-width: 60em)").matches || Object.keys(chosen()).length) details.open = true;
  form.hidden = false;
  if (fromUrl) {
    run(true);
  } else {
    // the page's own cards and counts hold until a choice is made: the index loads only when
    // the filters are reached for, not with every visit to the directory
    status.textContent = "共 " + form.getAttribute("data-total") + " 个组织，按名称拼音排序";
    var warm = function () { ready().catch(function () {}); };
    form.addEventListener("focusin", warm, { once: true });
    form.addEventListener("pointerdown", warm, { once: true });
  }
}
/* deferred like every script of the page, but written in the page's body, so it runs before
   search.js (deferred scripts run in order, once the page is parsed): it starts at
   DOMContentLoaded, which comes after every deferred script has run */
if (window.gongshiSearch) gongshiDirectory();
else document.addEventListener("DOMContentLoaded", gongshiDirectory);
