/* gongshi — search with Pagefind's own JavaScript API (self-hosted in pagefind/, extended
   indexer so Chinese is segmented): instant results in the header, and a search page with facet
   checkboxes and counts whose state lives in the URL (?q=…&district=…). No library. */
(function () {
  "use strict";

  var FACETS = [
    ["site", "网站"], ["kind", "类型"], ["district", "区（县）"], ["street", "街道（乡镇）"], ["community", "社区（村）"],
    ["category", "类别"], ["field", "服务领域"], ["target", "服务对象"], ["type", "活动类型"], ["theme", "主题活动"],
    ["status", "状态"], ["grade", "评估等级"], ["list", "名录"], ["level", "公示等级"], ["overdue", "年报"], ["year", "年份"]
  ];
  /* The sort keys of the search page's choices: every record has every key (an undated one a
     value that puts it last both ways, generator/search/records.py `sort_keys`), because
     Pagefind leaves a page without the key out of a sorted list. */
  var SORTS = { "date:desc": ["date", "desc"], "date:asc": ["since", "asc"], "name:asc": ["name", "asc"] };
  var config = JSON.parse(document.getElementById("__config").textContent);
  /* The site's root: where this script was loaded from (assets/gongshi/search.js), which holds
     on every page whatever its depth and base — the 404 page is served at any address, with an
     absolute base ("/") that "base + '/'" turned into "//", not a URL. */
  var script = document.currentScript && document.currentScript.src;
  var OWN_PATH = /assets\/gongshi\/search\.js(?:[?#].*)?$/;
  var base = config.base || ".";
  var root = script && OWN_PATH.test(script)
    ? new URL(script.replace(OWN_PATH, ""))
    : new URL(/\/$/.test(base) ? base : base + "/", location.href);
  // long pages (policies, annual results) should not lose to short ones for the same words
  function settings() { return { baseUrl: root.pathname, excerptLength: 0, ranking: { pageLength: 0.3 } }; }
  /* The weight of a big site's projects and activities parts when merged (Pagefind's
     indexWeight multiplies their scores). Each bundle weighs a word by its own pages (BM25's
     IDF): a word of an organization's field, common among organizations, is rarer among a
     part's projects and activities and scored higher there, so merged as is they outranked the
     organizations whose field it is (养老 at 5,000 organizations: projects 3.7–4.2, the
     organizations 3.87–3.96). Measured (generator/search/__init__.py, RANKING 5): the
     organizations of a field outrank every project and activity for part weights up to 0.375,
     and a project's or activity's own title still finds it in the top 3 at 0.25. */
  var PART_WEIGHT = 0.3;
  function partSettings() { return Object.assign(settings(), { indexWeight: PART_WEIGHT }); }
  var loading = null;
  var manifest = null;
  var merging = null;
  var partNames = [];
  var empty = false;
  var firstCount = 0;  // parts searched with the primary bundle (a city's organizations)
  var headerPath = "";  // the header box's bundle (parts.json `header`), on a big site
  var manifestParts = [];  // parts.json `parts`, once read
  var merging1 = null;

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return pf.options(settings()).then(function () { return pf; });
      });
    }
    return loading;
  }
  /* Ready to answer: Pagefind's WebAssembly and page list — of the header box's bundle, or else
     of the primary bundle and the parts searched with it (what the header box starts on focus,
     before the resident has typed). */
  function warm() {
    return parts().then(function () {
      if (empty) return null;
      if (headerPath) return header().then(function (pf) { return pf.init(); });
      return pagefind().then(function (pf) { return pf.init ? pf.init() : null; }).then(mergedFirst);
    }).catch(function () { return null; });
  }
  /* The header box's own Pagefind instance on a big site (generator/search/header.py): a bundle
     of the primary bundle's pages with the same words but no filters, sort keys or full cards,
     so the search page's facets and orders cost the first results nothing; the projects and
     activities parts are merged into it once the first results are shown. */
  var headerLoading = null;
  var headerMerged = false;
  function header() {
    if (!headerLoading) {
      headerLoading = import(new URL("pagefind/pagefind.js?header", root).href).then(function (pf) {
        var options = Object.assign(settings(), { basePath: new URL(headerPath, root).pathname });
        return pf.options(options).then(function () { return pf; });
      });
    }
    return headerLoading;
  }
  /* The header box's search: its bundle's results to `early`, then every result. */
  function headerFind(query, early) {
    return parts().then(function (list) {
      if (!headerPath || empty) return find(query, {}, early);
      var words = tokens(query);
      if (!words) return NOTHING;
      var rest = list.slice(firstCount);
      return header().then(function (pf) {
        var first = headerMerged || !rest.length ? Promise.resolve() : pf.search(words, {}).then(function (search) {
          return search.results.length ? early(search) : mergeUntilFound(pf, rest, words, {}, early);
        });
        return first.then(function () { return mergeAll(pf, rest); }).then(function () {
          headerMerged = true;
          return pf.search(words, {});
        });
      });
    });
  }
  /* A big site's index comes in parts (generator/search.py `plan_shards`): the primary bundle
     (organizations and the hand-written pages) answers first, and the parts listed in
     pagefind/parts.json (projects and activities) are merged into it afterwards. */
  function parts() {
    if (!manifest) {
      manifest = fetch(new URL("pagefind/parts.json", root).href)
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; })
        .then(function (m) {
          var list = Array.isArray(m.parts) ? m.parts : [];
          // Pagefind never answers over an index without pages (a new site): nothing to search
          empty = m.pages === 0 && !list.length;
          firstCount = Math.max(0, Math.min(list.length, m.first | 0));
          headerPath = typeof m.header === "string" ? m.header : "";
          manifestParts = list;
          return list;
        });
    }
    return manifest;
  }
  var mergedParts = new Map();  // Pagefind instance → {part: merging}
  /* Each part is merged once into each instance, whoever asks first: the parts of organizations
     (the first `firstCount`) at full weight, those of projects and activities at PART_WEIGHT. */
  function mergePart(pf, part) {
    if (!mergedParts.has(pf)) mergedParts.set(pf, {});
    var merged = mergedParts.get(pf);
    if (!merged[part]) {
      var first = manifestParts.indexOf(part) < firstCount;
      merged[part] = pf.mergeIndex(new URL(part, root).pathname, first ? settings() : partSettings());
    }
    return merged[part];
  }
  function mergeAll(pf, list) {
    return Promise.all(list.map(function (part) { return mergePart(pf, part); }));
  }
  /* A query the first bundles do not answer (no organization matches): merge the other parts
     one at a time and hand the first results found to `early`, rather than all of them first. */
  function mergeUntilFound(pf, list, words, options, early) {
    if (!list.length) return Promise.resolve();
    return mergePart(pf, list[0]).then(function () { return pf.search(words || null, options); }).then(function (search) {
      return search.results.length ? early(search) : mergeUntilFound(pf, list.slice(1), words, options, early);
    });
  }
  /* The primary bundle and the parts searched with it (a city's organizations). */
  function mergedFirst() {
    if (!merging1) {
      merging1 = Promise.all([pagefind(), parts()]).then(function (both) {
        return mergeAll(both[0], both[1].slice(0, firstCount)).then(function () { return both[0]; });
      });
    }
    return merging1;
  }
  function merged() {
    if (!merging) {
      merging = Promise.all([mergedFirst(), parts()]).then(function (both) {
        var pf = both[0];
        return mergeAll(pf, both[1].slice(firstCount)).then(function () {
          partNames = ["0"].concat(both[1].map(function (part) { return part.replace(/\/$/, "").split("/").pop(); }));
          return pf;
        });
      });
    }
    return merging;
  }

  /* The index holds Chinese as characters and overlapping character pairs, encoded as ASCII words
     (generator/search.py `tokens`): a query is turned into the same words, so any run of two or
     more characters is found whatever the dictionary would have made of it. Keep the two in step. */
  var CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var WORDS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+/g;
  function code(ch) {
    var n = ch.codePointAt(0), out = "";
    for (var i = 0; i < 4; i++) { out = String.fromCharCode(97 + (n % 26)) + out; n = Math.floor(n / 26); }
    return out;
  }
  function tokens(query) {
    var out = [];
    var single = [];
    (query.match(WORDS) || []).forEach(function (run) {
      if (!CJK.test(run)) { out.push(run.toLowerCase()); return; }
      var chars = Array.from(run).map(code);
      if (chars.length === 1) { single.push("y" + chars[0]); return; }
      for (var i = 0; i + 1 < chars.length; i++) out.push("y" + chars[i] + chars[i + 1]);
    });
    // Pagefind matches the last term as a prefix: a lone character goes last, to find the pairs
    // that start with it.
    return out.concat(single).join(" ");
  }

  function terms(query) { return query.match(WORDS) || []; }
  var NOTHING = { results: [], filters: {}, totalFilters: {} };
  /* Search every bundle. With `early`, a big site's first results (the primary bundle's) are
     handed to it before the parts are merged; the promise always ends with all results. */
  function find(query, options, early) {
    var words = query ? tokens(query) : "";
    if (query && !words) return Promise.resolve(NOTHING);
    options = options || {};
    return parts().then(function () {
      return empty ? [null, []] : Promise.all([pagefind(), parts()]);
    }).then(function (both) {
      var pf = both[0];
      if (!pf) return NOTHING;
      // the rest of the index is merged once the first results are shown, not meanwhile
      var first = both[1].length > firstCount && early && !partNames.length
        ? mergedFirst().then(function () { return pf.search(words || null, options); }).then(function (search) {
            return search.results.length ? early(search) : mergeUntilFound(pf, both[1].slice(firstCount), words, options, early);
          })
        : Promise.resolve();
      return first.then(merged).then(function () {
        return options.sort && partNames.length > 1
          ? sortedAcross(pf, words, options, partNames.map(function (name) { return { part: name }; }))
          : pf.search(words || null, options);
      });
    });
  }
  /* Pagefind merges the results of several bundles by relevance, even when a sort is asked for:
     search each bundle alone (`bundles`: the filters that pick out each one, such as its `part`),
     then merge the sorted lists, reading each list's next result (its sort key is in its
     metadata) only when it is needed. */
  function sortedAcross(pf, words, options, bundles) {
    var key = Object.keys(options.sort)[0];
    var descending = options.sort[key] === "desc";
    var unsorted = Object.assign({}, options, { sort: undefined });
    delete unsorted.sort;
    return Promise.all([pf.search(words || null, unsorted)].concat(bundles.map(function (bundle) {
      var filters = Object.assign({}, options.filters || {}, bundle);
      return pf.search(words || null, Object.assign({}, options, { filters: filters }));
    }))).then(function (searches) {
      var all = searches[0];
      var lists = searches.slice(1).map(function (s) { return { results: s.results, next: 0 }; });
      var order = [];
      var building = Promise.resolve();
      function head(list) {
        var r = list.results[list.next];
        if (!r) return Promise.resolve(null);
        if (!r.gsData) r.gsData = r.data();
        return r.gsData;
      }
      function value(data) { return data && data.meta ? data.meta["sort-" + key] : undefined; }
      function extend(upTo) {
        building = building.then(function step() {
          if (order.length > upTo) return null;
          return Promise.all(lists.map(head)).then(function (heads) {
            var best = -1;
            heads.forEach(function (data, i) {
              if (!data) return;
              if (best < 0) { best = i; return; }
              var a = value(data), b = value(heads[best]);
              if (a !== undefined && (b === undefined || (descending ? a > b : a < b))) best = i;
            });
            if (best < 0) return null;
            order.push(lists[best].results[lists[best].next].gsData);
            lists[best].next += 1;
            return step();
          });
        });
        return building.then(function () { return order[upTo]; });
      }
      var total = lists.reduce(function (n, l) { return n + l.results.length; }, 0);
      var results = [];
      for (var i = 0; i < total; i++) results.push({ data: extend.bind(null, i) });
      return { results: results, filters: all.filters, totalFilters: all.totalFilters, unfilteredResultCount: all.unfilteredResultCount };
    });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  /* The result's summary with the words of the query marked (all text escaped first). */
  function highlighted(text, query) {
    var html = escapeHtml(text || "");
    terms(query || "").forEach(function (term) {
      var safe = escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      html = html.replace(new RegExp(safe, "gi"), function (m) { return "<mark>" + m + "</mark>"; });
    });
    return html.replace(/<\/mark><mark>/g, "");
  }
  function thumb(meta, base) {
    return meta.image ? new URL(meta.image, base || root).href : "";
  }
  /* `site` (on the federation portal): the site a result comes from, named before its kind. */
  function resultHtml(data, compact, query, site) {
    var meta = data.meta || {};
    var image = thumb(meta, site && site.base);
    return (
      // options of the header box's listbox; on the search pages, plain links in a list
      '<a class="gs-result' + (compact ? ' gs-result--compact" role="option' : "") + '" href="' + escapeHtml(data.url) + '">' +
      (image ? '<img class="gs-result__image" src="' + escapeHtml(image) + '" alt="" width="96" height="72" loading="lazy">'
             : '<span class="gs-result__image gs-result__image--empty" aria-hidden="true"></span>') +
      '<span class="gs-result__text">' +
      '<span class="gs-result__kind">' + (site ? escapeHtml(site.name) + " · " : "") + escapeHtml(meta.kind || "页面") + "</span>" +
      '<strong class="gs-result__title">' + escapeHtml(meta.title || data.url) + "</strong>" +
      (meta.when || meta.where ? '<span class="gs-result__line">' + escapeHtml(meta.when || meta.where) + "</span>" : "") +
      (meta.notice ? '<span class="gs-result__notice">' + escapeHtml(meta.notice) + "</span>" : "") +
      (compact ? "" : '<span class="gs-result__excerpt">' + highlighted(meta.summary, query) + "</span>") +
      "</span></a>"
    );
  }

  /* -- a query that finds nothing: the nearest names of the site's own vocabulary ------------- */
  /* pagefind/vocabulary.json (generator/search/vocabulary.py): organizations [id, name, short
     name], fields and places [name, url]; read only after a miss. */
  var vocabulary = null;
  function loadVocabulary() {
    if (!vocabulary) {
      vocabulary = fetch(new URL("pagefind/vocabulary.json", root).href)
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    }
    return vocabulary;
  }
  /* 0 equal, 1 one character replaced (or, for three characters and more, one added or left
     out), 2 farther. */
  function distance(a, b) {
    if (a.length === b.length) {
      var differ = 0;
      for (var i = 0; i < a.length; i++) if (a[i] !== b[i] && ++differ > 1) return 2;
      return differ;
    }
    if (Math.abs(a.length - b.length) !== 1 || Math.min(a.length, b.length) < 2) return 2;
    var longer = a.length > b.length ? a : b, shorter = longer === a ? b : a, j = 0, skipped = false;
    for (var k = 0; k < longer.length; k++) {
      if (j < shorter.length && longer[k] === shorter[j]) j++;
      else if (skipped) return 2;
      else skipped = true;
    }
    return 1;
  }
  var PLACE_SUFFIX = /(社区|村|街道|镇|乡|区|县|市)$/;
  /* The organizations, places and fields a query nearly names: an organization whose short name
     (or full name) is one character off first, then those with a four-character part of their
     name one character off, then any part as long as the query; among equals, the part most
     names share (a place's name, like 荷塘, rather than a chance pair). */
  function suggestions(query) {
    var q = Array.from(query.replace(/\s+/g, ""));
    if (q.length < 2) return Promise.resolve({ orgs: [], places: [], fields: [] });
    return loadVocabulary().then(function (v) {
      var shared = {};
      var found = [];
      (v.orgs || []).forEach(function (o) {
        var name = Array.from(o[1]), best = null;
        if ((o[2] && distance(q, Array.from(o[2])) <= 1) || distance(q, name) <= 1) best = { score: 0, part: "" };
        for (var n = q.length > 2 ? q.length - 1 : 2; !best && n <= (q.length > 2 ? q.length + 1 : 2); n++) {
          for (var i = 0; i + n <= name.length; i++) {
            var part = name.slice(i, i + n);
            if (distance(q, part) <= 1) { best = { score: n === 4 ? 1 : 2, part: part.join("") }; break; }
          }
        }
        if (best) { best.org = o; found.push(best); shared[best.part] = (shared[best.part] || 0) + 1; }
      });
      found.sort(function (a, b) {
        return a.score - b.score || (shared[b.part] || 0) - (shared[a.part] || 0) || a.org[1].length - b.org[1].length || (a.org[1] < b.org[1] ? -1 : 1);
      });
      function near(list, stem) {
        return (list || []).filter(function (item) {
          var name = Array.from(item[0]);
          return distance(q, name) <= 1 || (stem && distance(q, Array.from(item[0].replace(PLACE_SUFFIX, ""))) <= 1);
        });
      }
      return {
        orgs: found.slice(0, 5).map(function (f) { return { title: f.org[1], url: "orgs/" + f.org[0] + "/", kind: "机构" }; }),
        places: near(v.places, true).slice(0, 3).map(function (p) { return { title: p[0], url: p[1], kind: "区域" }; }),
        fields: near(v.fields, false).slice(0, 3).map(function (f) { return { title: f[0], url: f[1], kind: "服务领域" }; })
      };
    });
  }
  /* What a miss shows: the suggestions as links (options of the header box's listbox), then
     browsing by area and by field. */
  function suggestionLinks(found, compact) {
    return found.orgs.concat(found.places, found.fields).map(function (s) {
      return '<a class="gs-result gs-result--suggestion' + (compact ? ' gs-result--compact" role="option' : "") + '" href="' + escapeHtml(new URL(s.url, root).href) + '">' +
        '<span class="gs-result__text"><span class="gs-result__kind">' + escapeHtml(s.kind) + "</span>" +
        '<strong class="gs-result__title">' + escapeHtml(s.title) + "</strong></span></a>";
    }).join("");
  }
  function browseLinks() {
    return '<p class="gs-search__browse">也可以<a href="' + escapeHtml(new URL("areas/", root).href) + '">按区域浏览</a>或<a href="' +
      escapeHtml(new URL("fields/", root).href) + '">按服务领域浏览</a>全部社区社会组织。</p>';
  }

  /* -- the header box ----------------------------------------------------------------------- */
  function setUpBox(form) {
    var input = form.querySelector("input");
    var panel = form.querySelector(".gs-search__panel");
    var list = panel.querySelector("[role=listbox]");
    var note = panel.querySelector("[data-gs-note]");
    var foot = panel.querySelector("[data-gs-foot]");
    var active = -1;
    var timer = null;
    var serial = 0;

    function close() {
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function options() { return list.querySelectorAll("a.gs-result"); }
    function highlight(index) {
      var items = options();
      if (!items.length) return;
      active = (index + items.length) % items.length;
      Array.prototype.forEach.call(items, function (item, i) {
        item.id = "gs-search-option-" + i;
        item.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }
    function run() {
      var query = input.value.trim();
      var mine = ++serial;
      if (!query) { close(); return; }
      function open(options, message, footer) {
        list.innerHTML = options;
        note.innerHTML = message;
        note.hidden = !message;
        foot.innerHTML = footer;
        panel.hidden = false;
        input.setAttribute("aria-expanded", "true");
        input.removeAttribute("aria-activedescendant");
        active = -1;
      }
      function show(search) {
        if (mine !== serial || !search) return null;
        if (!search.results.length) {
          return suggestions(query).then(function (found) {
            if (mine !== serial) return;
            var any = found.orgs.length + found.places.length + found.fields.length;
            open(suggestionLinks(found, true),
              '<span class="gs-search__none">没有找到“' + escapeHtml(query) + "”相关的内容" + (any ? "，您是不是要找：" : "") + "</span>",
              browseLinks());
          });
        }
        return Promise.all(search.results.slice(0, 6).map(function (r) { return r.data(); })).then(function (items) {
          if (mine !== serial) return;
          open(items.map(function (d) { return resultHtml(d, true, query); }).join(""), "",
            '<a class="gs-search__all" href="' + escapeHtml(form.action + "?q=" + encodeURIComponent(query)) + '">查看全部 ' + search.results.length + " 条结果 →</a>");
        });
      }
      // a big site shows its first results (organizations) before the rest of the index loads
      headerFind(query, function (first) { return first.results.length ? show(first) : null; }).then(show).catch(function () {
        open("", '<span class="gs-search__none">搜索暂时不可用</span>', "");
      });
    }
    /* Chinese comes from an input method a whole word at a time: searched at once; Latin letters
       (and an input method's letters still being composed) wait 100 ms for the next key. */
    input.addEventListener("input", function (event) {
      clearTimeout(timer);
      timer = setTimeout(run, !event.isComposing && CJK.test(input.value) ? 0 : 100);
    });
    input.addEventListener("compositionend", function () { clearTimeout(timer); timer = setTimeout(run, 0); });
    input.addEventListener("focus", warm);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); options()[active].click(); }
    });
    document.addEventListener("click", function (event) { if (!form.contains(event.target)) close(); });
    document.addEventListener("keydown", function (event) {
      if (event.key === "/" && document.activeElement === document.body) { event.preventDefault(); input.focus(); }
    });
  }

  /* -- federation: one search over several gongshi sites (the portal page) ---------------------- */
  /* Each site publishes its own Pagefind index (with its parts, pagefind/parts.json). The portal
     merges them into one Pagefind instance with mergeIndex: each site's pages get a `site` filter
     (mergeFilter), and its result links and thumbnails point to its own host. A site that does not
     answer is left out (`down`), so the others' results still show. The instance is a module of
     its own (pagefind.js?federation), apart from the header box's, which searches this site only.
     `sites`: [{name, url}], this site with an empty url and `own`. */
  var WAIT = 10000; // ms a site may take to answer
  function timeout(promise, ms) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error("timeout")); }, ms);
      promise.then(function (v) { clearTimeout(timer); resolve(v); }, function (e) { clearTimeout(timer); reject(e); });
    });
  }
  function getJson(url) {
    return timeout(fetch(url).then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); }), WAIT);
  }
  function federation(sites) {
    var loading = null;
    var found = [];
    function probe(site) {
      var base = site.own ? root : new URL(site.url, location.href);
      var known = { name: site.name, url: site.url || "", own: !!site.own, base: base };
      return Promise.all([
        getJson(new URL("pagefind/pagefind-entry.json", base).href),
        getJson(new URL("pagefind/parts.json", base).href).catch(function () { return {}; })
      ]).then(function (both) {
        var parts = Array.isArray(both[1].parts) ? both[1].parts : [];
        return Object.assign(known, {
          empty: !Object.keys(both[0].languages || {}).length, // a portal with no pages of its own
          parts: parts,
          first: Math.max(0, Math.min(parts.length, both[1].first | 0))  // parts of organizations
        });
      }, function () { return Object.assign(known, { down: true }); });
    }
    /* A site's primary bundle and its parts of organizations at full weight, its parts of
       projects and activities at PART_WEIGHT (as on the site itself). */
    function siteOptions(site, path) {
      var i = path ? site.parts.indexOf(path) : -1;
      return Object.assign(i >= site.first ? partSettings() : settings(),
        { baseUrl: site.own ? root.pathname : site.base.href, mergeFilter: { site: site.name } });
    }
    function bundle(site, path) {
      var url = new URL(path, site.base);
      return site.own ? url.pathname : url.href;
    }
    /* The first site's bundle is the primary (its WebAssembly serves all); the others are merged.
       A site that fails on the way is dropped and the instance built again without it. */
    function open(list, down) {
      if (!list.length) return Promise.resolve({ pf: null, sites: [], down: down });
      return import(new URL("pagefind/pagefind.js?federation", root).href).then(function (pf) {
        var first = list[0];
        return pf.destroy()
          .then(function () { return pf.options(Object.assign(siteOptions(first), { basePath: bundle(first, "pagefind/") })); })
          .then(function () { return timeout(pf.filters(), WAIT); })
          .then(function () {
            var merges = [];
            list.forEach(function (site, i) {
              (i ? ["pagefind/"] : []).concat(site.parts).forEach(function (path) {
                merges.push(timeout(pf.mergeIndex(bundle(site, path), siteOptions(site, path)), WAIT)
                  .then(function () { return null; }, function () { return site; }));
              });
            });
            return Promise.all(merges);
          }, function () { return [first]; })
          .then(function (failed) {
            failed = failed.filter(function (site, i) { return site && failed.indexOf(site) === i; });
            if (failed.length) {
              return open(list.filter(function (site) { return failed.indexOf(site) < 0; }), down.concat(failed));
            }
            return timeout(pf.filters(), WAIT).then(function () { return { pf: pf, sites: list, down: down }; });
          });
      });
    }
    function ready() {
      if (!loading) {
        loading = Promise.all(sites.map(probe)).then(function (probed) {
          var down = probed.filter(function (site) { return site.down; });
          return open(probed.filter(function (site) { return !site.down && !site.empty; }), down);
        }).then(function (state) {
          found = state.sites;
          state.bundles = []; // the filters that pick out each bundle, for sorted results
          found.forEach(function (site) {
            if (!site.parts.length) { state.bundles.push({ site: site.name }); return; }
            ["0"].concat(site.parts.map(function (part) { return part.replace(/\/$/, "").split("/").pop(); }))
              .forEach(function (name) { state.bundles.push({ site: site.name, part: name }); });
          });
          return state;
        });
      }
      return loading;
    }
    function search(query, options) {
      var words = query ? tokens(query) : "";
      if (query && !words) return Promise.resolve(NOTHING);
      options = options || {};
      return ready().then(function (state) {
        if (!state.pf) return NOTHING;
        if (!options.sort || state.bundles.length < 2) return state.pf.search(words || null, options);
        var chosen = options.filters && options.filters.site && options.filters.site.any;
        return sortedAcross(state.pf, words, options, state.bundles.filter(function (b) {
          return !chosen || chosen.indexOf(b.site) >= 0;
        }));
      });
    }
    /* The site a result comes from: the longest member address its URL starts with, else this site. */
    function siteOf(data) {
      var url = data.url || "", best = null;
      found.forEach(function (site) {
        if (site.own) { if (!best) best = site; return; }
        if (url.indexOf(site.base.href) === 0 && (!best || best.own || site.base.href.length > best.base.href.length)) best = site;
      });
      return best;
    }
    return { find: search, prepare: ready, siteOf: siteOf };
  }
  /* The portal page: the federated engine, and a notice naming the sites that did not answer. */
  function portal(page) {
    var engine = federation(JSON.parse(page.querySelector("[data-gs-sites]").textContent));
    var notice = page.querySelector("[data-gs-federation-notice]");
    engine.prepare().then(function (state) {
      var names = state.down.map(function (site) { return site.name; });
      Array.prototype.forEach.call(page.querySelectorAll("[data-gs-site]"), function (row) {
        var down = state.down.some(function (site) { return site.url === row.getAttribute("data-gs-site"); });
        var cell = row.querySelector("[data-gs-site-state]");
        if (cell) cell.textContent = down ? "（暂时无法访问）" : "";
      });
      if (!names.length) return;
      notice.textContent = state.sites.length
        ? "暂时无法访问：" + names.join("、") + "。下面只有其他网站的结果，请稍后再试。"
        : "各网站暂时都无法访问，请稍后再试。";
      notice.hidden = false;
    }, function () {});
    return engine;
  }

  /* -- the search page ---------------------------------------------------------------------- */
  var filtersLoaded = null;
  /* The search page shows facet counts: they need Pagefind's filter index, which the header box
     does without (it is the largest part of a first search on a big site). */
  function withFilters() {
    if (!filtersLoaded) {
      filtersLoaded = parts().then(function () {
        return empty ? null : pagefind().then(function (pf) { return pf.filters().then(function () { return pf; }); });
      });
    }
    return filtersLoaded;
  }

  /* The search page's engine: this site's index; the portal page has its own (`federation`). */
  var LOCAL = { find: find, prepare: withFilters, siteOf: function () { return null; } };

  function setUpPage(page, engine) {
    var form = page.querySelector("form");
    var input = form.querySelector("input[name=q]");
    var sort = form.querySelector("select[name=sort]");
    var facets = page.querySelector("[data-gs-facets]");
    var toggle = page.querySelector("[data-gs-filter-toggle]");
    var chips = page.querySelector("[data-gs-chips]");
    var suggest = page.querySelector("[data-gs-suggest]");
    var results = page.querySelector("[data-gs-results]");
    var status = page.querySelector("[data-gs-status]");
    var more = page.querySelector("[data-gs-more]");
    var shown = 0;
    var current = null;
    var serial = 0;

    function state() {
      var params = new URLSearchParams(location.search);
      var chosen = {};
      FACETS.forEach(function (f) { var v = params.getAll(f[0]); if (v.length) chosen[f[0]] = v; });
      return { q: params.get("q") || "", sort: params.get("sort") || "", filters: chosen };
    }
    function pushState(next) {
      var params = new URLSearchParams();
      if (next.q) params.set("q", next.q);
      if (next.sort) params.set("sort", next.sort);
      Object.keys(next.filters).forEach(function (k) { next.filters[k].forEach(function (v) { params.append(k, v); }); });
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    }
    function chosenFromForm() {
      var chosen = {};
      Array.prototype.forEach.call(facets.querySelectorAll("input:checked"), function (box) {
        (chosen[box.name] = chosen[box.name] || []).push(box.value);
      });
      return chosen;
    }
    /* The chosen filters as chips above the results, each a button that removes it. */
    function renderChips(chosen) {
      var html = [];
      var count = 0;
      FACETS.forEach(function (facet) {
        (chosen[facet[0]] || []).forEach(function (v) {
          count += 1;
          html.push('<button type="button" class="gs-chip" data-gs-chip="' + escapeHtml(facet[0]) + '" value="' + escapeHtml(v) +
            '" aria-label="取消筛选：' + escapeHtml(facet[1] + " " + v) + '">' + escapeHtml(v) + ' <span aria-hidden="true">×</span></button>');
        });
      });
      chips.innerHTML = html.join("");
      chips.hidden = !count;
      toggle.querySelector("[data-gs-filter-count]").textContent = count ? "（" + count + "）" : "";
    }
    function renderFacets(counts, chosen) {
      renderChips(chosen);
      facets.innerHTML = FACETS.map(function (facet) {
        var values = counts[facet[0]] || {};
        var names = Object.keys(values).filter(function (v) { return values[v] > 0 || (chosen[facet[0]] || []).indexOf(v) >= 0; });
        if (!names.length) return "";
        names.sort(function (a, b) { return values[b] - values[a] || a.localeCompare(b, "zh"); });
        return '<fieldset class="gs-facet"><legend>' + facet[1] + "</legend>" + names.slice(0, 40).map(function (v) {
          var on = (chosen[facet[0]] || []).indexOf(v) >= 0;
          return '<label><input type="checkbox" name="' + facet[0] + '" value="' + escapeHtml(v) + '"' + (on ? " checked" : "") + "> " +
            escapeHtml(v) + ' <span class="gs-count">' + (values[v] || 0) + "</span></label>";
        }).join("") + "</fieldset>";
      }).join("");
    }
    function showMore() {
      if (!current) return;
      var slice = current.results.slice(shown, shown + 20);
      shown += slice.length;
      Promise.all(slice.map(function (r) { return r.data(); })).then(function (items) {
        results.insertAdjacentHTML("beforeend", items.map(function (d) { return "<li>" + resultHtml(d, false, input.value, engine.siteOf(d)) + "</li>"; }).join(""));
        more.hidden = shown >= current.results.length;
      });
    }
    function run() {
      var s = state();
      var mine = ++serial;
      var filters = {};
      Object.keys(s.filters).forEach(function (k) { filters[k] = { any: s.filters[k] }; });
      var options = { filters: filters };
      if (SORTS[s.sort]) { options.sort = {}; options.sort[SORTS[s.sort][0]] = SORTS[s.sort][1]; }
      status.textContent = "正在搜索…";
      suggest.hidden = true;
      return engine.prepare().then(function () { return engine.find(s.q, options); }).then(function (search) {

        if (mine !== serial || !search) return;
        current = search;
        shown = 0;
        results.innerHTML = "";
        renderFacets(search.filters || {}, s.filters);
        var total = search.results.length;
        status.textContent = total ? "找到 " + total + " 条结果" : "没有找到结果，试试更短的词，或取消一些筛选条件";
        showMore();
        if (!total && s.q) {
          suggestions(s.q).then(function (found) {
            if (mine !== serial) return;
            var links = suggestionLinks(found, false);
            suggest.innerHTML = (links ? '<p class="gs-search__none">您是不是要找：</p><ul class="gs-suggestions">' +
              links.replace(/<a /g, "<li><a ").replace(/<\/a>/g, "</a></li>") + "</ul>" : "") + browseLinks();
            suggest.hidden = false;
          });
        }
      }).catch(function () { status.textContent = "搜索暂时不可用"; });
    }
    var initial = state();
    input.value = initial.q;
    if (sort) sort.value = initial.sort;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      pushState({ q: input.value.trim(), sort: sort ? sort.value : "", filters: chosenFromForm() });
      run();
    });
    if (sort) sort.addEventListener("change", function () {
      pushState({ q: input.value.trim(), sort: sort.value, filters: chosenFromForm() });
      run();
    });
    facets.addEventListener("change", function () {
      pushState({ q: input.value.trim(), sort: sort ? sort.value : "", filters: chosenFromForm() });
      run();
    });
    more.addEventListener("click", showMore);
    toggle.addEventListener("click", function () {
      var opening = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", opening ? "true" : "false");
      facets.hidden = !opening;
      var focusFirst = function () { var first = facets.querySelector("input"); if (first) first.focus(); };
      // no search yet (an empty query): browsing by the filters runs one over everything
      if (opening) { if (current) focusFirst(); else run().then(focusFirst); }
    });
    chips.addEventListener("click", function (event) {
      var chip = event.target.closest("[data-gs-chip]");
      if (!chip) return;
      var box = facets.querySelector('input[name="' + chip.getAttribute("data-gs-chip") + '"][value="' + CSS.escape(chip.value) + '"]');
      if (box) box.checked = false;
      var chosen = chosenFromForm();
      if (!box) {
        var name = chip.getAttribute("data-gs-chip");
        chosen[name] = (chosen[name] || []).filter(function (v) { return v !== chip.value; });
      }
      pushState({ q: input.value.trim(), sort: sort ? sort.value : "", filters: chosen });
      run();
      toggle.focus();
    });
    if (initial.q || initial.sort || Object.keys(initial.filters).length) {
      run();
    } else {
      // Nothing asked yet: the page's own invitation and browse links stay (they are in the
      // HTML, drawn before any script runs) and no index is fetched (a resident who only opens
      // the page pays for none of it); it starts loading when the box gets the focus, and 筛选
      // browses everything.
      input.addEventListener("focus", function () { engine.prepare(); }, { once: true });
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-gs-search]"), function (form) {
      if (!form.hasAttribute("data-gs-ready")) { form.setAttribute("data-gs-ready", ""); setUpBox(form); }
    });
    var page = document.querySelector("[data-gs-search-page]");
    if (page && !page.hasAttribute("data-gs-ready")) {
      page.setAttribute("data-gs-ready", "");
      setUpPage(page, page.hasAttribute("data-gs-federation") ? portal(page) : LOCAL);
    }
  }
  window.gongshiSearch = { pagefind: pagefind, merged: merged, tokens: tokens, search: find };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
