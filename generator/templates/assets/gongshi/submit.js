/* gongshi 在线填报 (/submit/).
 *
 * The fields come from the JSON Schemas the build writes to /schema/<kind>.schema.json (titles,
 * descriptions, required fields, controlled lists); what is typed is checked with the same
 * schemas by Ajv (vendor/ajv2020.min.js, fetched and compiled only once someone starts using the
 * form: a visitor who only reads the page does not pay for it); the YAML carries the comments `gongshi new` writes,
 * in the models' field order (given by the page, from the same models). Drafts stay in this
 * browser (localStorage). Typed values are data: they reach the page only through .value and
 * textContent, never as HTML.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-gs-submit]");
  var configNode = document.getElementById("gs-submit-config");
  if (!root || !configNode) return;

  var CONFIG = JSON.parse(configNode.textContent);
  var KINDS = CONFIG.kinds;
  var PATTERNS = CONFIG.patterns;
  var STORAGE_KEY = "gongshi-submit-v1";
  var NULLS = { "": 1, "~": 1, "null": 1, "Null": 1, "NULL": 1 };
  // scaffold.py's _PLAIN, with \w spelled out for the scripts records are written in
  var PLAIN = /^[A-Za-z0-9_\u00C0-\u024F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF（）·、，。“”：；！？—.\- ]+$/;
  var NOT_PRINTABLE = /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

  var el = {
    status: root.querySelector("[data-gs-status]"),
    form: root.querySelector("[data-gs-form]"),
    where: root.querySelector("[data-gs-where-body]"),
    path: root.querySelector("[data-gs-path]"),
    fields: root.querySelector("[data-gs-fields]"),
    count: root.querySelector("[data-gs-count]"),
    summary: root.querySelector("[data-gs-summary]"),
    summaryList: root.querySelector("[data-gs-summary-list]"),
    yaml: root.querySelector("[data-gs-yaml]"),
    open: root.querySelector("[data-gs-open]"),
    copy: root.querySelector("[data-gs-copy]"),
    download: root.querySelector("[data-gs-download]"),
    check: root.querySelector("[data-gs-check]"),
    clear: root.querySelector("[data-gs-clear]"),
    hostNote: root.querySelector("[data-gs-host-note]"),
    steps: root.querySelector("[data-gs-steps]"),
    result: root.querySelector("[data-gs-result]"),
  };

  var schemas = {}; // kind → JSON Schema
  var validators = {}; // kind → compiled Ajv validator
  var checker = null; // the promise of Ajv's script, once the form is used
  var checking = false; // Ajv is there: update() checks what is typed
  var used = false; // someone has started using the form
  var areas = null; // content/areas.yml as published in /data/areas.json
  var orgs = []; // [{id, name}] from /data/organizations.json
  var firstRadio = root.querySelector('input[name="gs-kind"]');
  var state = { kind: firstRadio ? firstRadio.value : Object.keys(KINDS)[0], drafts: {} };
  var registry = {}; // JSON pointer → {focus, error, inputs, describe}
  var touched = {};
  var showAll = false;
  var current = { data: {}, yaml: "", path: null, errors: [] };
  var storageWorks = true;
  var saveTimer = null;
  var updateTimer = null;
  var uid = 0;
  var drawing = 0; // counts the drawings of the form: a newer one stops an older one under way

  // -- small helpers ------------------------------------------------------------------------------

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        if (attrs[name] === null || attrs[name] === undefined || attrs[name] === false) return;
        if (name === "className") node.className = attrs[name];
        else node.setAttribute(name, attrs[name] === true ? "" : String(attrs[name]));
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function nextId(prefix) {
    uid += 1;
    return prefix + "-" + uid;
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function pointer(path) {
    return path.length ? "/" + path.map(function (p) { return String(p).replace(/~/g, "~0").replace(/\//g, "~1"); }).join("/") : "";
  }

  function getAt(object, path) {
    var node = object;
    for (var i = 0; i < path.length; i += 1) {
      if (node === null || typeof node !== "object") return undefined;
      node = node[path[i]];
    }
    return node;
  }

  function setAt(object, path, value) {
    var node = object;
    for (var i = 0; i < path.length - 1; i += 1) {
      var key = path[i];
      if (node[key] === null || typeof node[key] !== "object") node[key] = typeof path[i + 1] === "number" ? [] : {};
      node = node[key];
    }
    node[path[path.length - 1]] = value;
  }

  function announce(text) {
    el.status.textContent = "";
    window.setTimeout(function () { el.status.textContent = text; }, 30);
  }

  // -- reading the schemas ------------------------------------------------------------------------

  function defName(ref) {
    return ref.replace(/^#\/\$defs\//, "");
  }

  function unwrap(prop) {
    if (prop && Array.isArray(prop.anyOf)) {
      var others = prop.anyOf.filter(function (branch) { return branch.type !== "null"; });
      if (others.length === 1 && others.length < prop.anyOf.length) return { schema: others[0], optional: true };
    }
    return { schema: prop || {}, optional: false };
  }

  function types(schema) {
    return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  }

  function labelsFor(values) {
    // closed enumerations (status, plan, funding type) carry their labels in records.LABELS
    var names = Object.keys(CONFIG.labels);
    for (var i = 0; i < names.length; i += 1) {
      var table = CONFIG.labels[names[i]];
      var keys = Object.keys(table);
      if (keys.length === values.length && values.every(function (v) { return keys.indexOf(v) >= 0; })) return table;
    }
    return null;
  }

  function optionsOf(schema) {
    if (schema["x-enum-labels"]) {
      var labels = schema["x-enum-labels"];
      var names = Object.keys(labels).map(function (id) { return labels[id]; });
      return schema.enum.filter(function (v) { return names.indexOf(v) >= 0; }).map(function (name) {
        return { value: name, label: name, ids: Object.keys(labels).filter(function (id) { return labels[id] === name; }) };
      });
    }
    var table = labelsFor(schema.enum) || {};
    return schema.enum.map(function (code) {
      return { value: code, label: table[code] || code, ids: [] };
    });
  }

  function modelNode(kind, name) {
    var schema = schemas[kind];
    return name === KINDS[kind].root ? schema : (schema.$defs || {})[name];
  }

  function orderOf(kind, name, node) {
    var order = KINDS[kind].order[name] || [];
    var props = Object.keys(node.properties || {});
    return order.filter(function (n) { return props.indexOf(n) >= 0; }).concat(props.filter(function (n) { return order.indexOf(n) < 0; }));
  }

  /* Every field's title by its YAML key, to name fields in help texts the way the form does. */
  var titles = {};
  function titlesOf(kind) {
    if (titles[kind]) return titles[kind];
    var found = {};
    (function walk(node) {
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (!isObject(node)) return;
      if (isObject(node.properties)) {
        Object.keys(node.properties).forEach(function (key) {
          var title = node.properties[key] && node.properties[key].title;
          if (title && !found[key]) found[key] = title;
        });
      }
      Object.keys(node).forEach(function (key) { walk(node[key]); });
    })(schemas[kind] || {});
    titles[kind] = found;
    return found;
  }
  /* A schema's help text speaks of the YAML file (codes, [lists], keys, true); the form's help
     speaks of what is on the screen: "registered（登记）、filed（备案）" → "登记、备案",
     "如 [养老服务, 邻里互助]" → "如 养老服务、邻里互助", a key → the field's title. */
  function plainHelp(kind, text) {
    var named = titlesOf(kind);
    return String(text || "")
      .replace(/\b[a-z][a-z_]*（([^）]+)）/g, "$1")
      .replace(/\[([^\]]*)\]/g, function (all, inner) { return inner.split(/\s*,\s*/).join("、"); })
      .replace(/与 content\/areas\.yml 中的名称一致，?/g, "")
      .replace(/（[^）]*\/[^）]*）/g, "")  // "（projects/ 里的文件名）": where the file lies
      .replace(/(?<![\w./-])[a-z]+(?:_[a-z]+)*(?![\w./-])/g, function (word) { return named[word] ? "「" + named[word] + "」" : word; });
  }

  function describe(kind, name, prop, required) {
    var unwrapped = unwrap(prop);
    var schema = unwrapped.schema;
    var d = {
      name: name,
      title: prop.title || name,
      description: prop.description && prop.description !== prop.title ? plainHelp(kind, prop.description) : "",
      required: required,
      optional: unwrapped.optional,
      schema: schema,
    };
    var t = types(schema);
    if (schema.$ref) {
      d.model = defName(schema.$ref);
      d.widget = d.model === "Area" ? "area" : "object";
    } else if (t.indexOf("array") >= 0) {
      var items = schema.items || {};
      if (items.$ref) {
        d.widget = "list";
        d.model = defName(items.$ref);
      } else if (items.enum) {
        d.widget = "choices";
        d.options = optionsOf(items);
      } else {
        d.widget = "lines";
        d.description = (d.description ? d.description + "。" : "") + "每行写一个。";
      }
    } else if (schema.enum && schema.enum.indexOf(true) >= 0) {
      d.widget = unwrapped.optional ? "bool3" : "bool";
      // the schema speaks of the YAML value; the form has a box to tick
      d.description = d.description.replace(/^true 或 false$/, "").replace(/写 ?true/g, "勾选");
    } else if (schema.enum) {
      d.widget = "select";
      d.options = optionsOf(schema);
    } else if (t.indexOf("integer") >= 0 || t.indexOf("number") >= 0) {
      d.widget = "number";
      d.integer = t.indexOf("integer") >= 0;
    } else if (schema.pattern === PATTERNS.date) {
      d.widget = "date";
    } else if (schema.pattern === PATTERNS.partial_date) {
      d.widget = "partial-date";
    } else if ((schema.maxLength || 0) > 120 || /Markdown/.test(prop.description || "")) {
      d.widget = "textarea";
    } else {
      d.widget = "text";
    }
    return d;
  }

  var described = {};

  function fieldsOf(kind, modelName) {
    var key = kind + ":" + modelName;
    if (!described[key]) {
      var node = modelNode(kind, modelName);
      var required = node ? node.required || [] : [];
      described[key] = node
        ? orderOf(kind, modelName, node).map(function (name) {
            return describe(kind, name, node.properties[name], required.indexOf(name) >= 0);
          })
        : [];
    }
    return described[key];
  }

  function deref(kind, schema) {
    return schema && schema.$ref ? (schemas[kind].$defs || {})[defName(schema.$ref)] : schema;
  }

  function schemaTitleAt(kind, path) {
    // the title of the field a data path points at (for messages)
    var node = schemas[kind];
    var title = KINDS[kind].title;
    path.forEach(function (key) {
      if (!node) return;
      node = deref(kind, unwrap(node).schema) || {};
      if (typeof key === "number") {
        node = node.items || null;
        return;
      }
      var prop = node.properties ? node.properties[key] : null;
      title = prop ? prop.title || String(key) : String(key);
      node = prop;
    });
    return title;
  }

  // -- form values → record data ------------------------------------------------------------------

  function text(value) {
    return value === undefined || value === null ? "" : String(value).replace(/\r\n?/g, "\n");
  }

  function collect(kind, d, value) {
    switch (d.widget) {
      case "object":
      case "area":
        return collectModel(kind, d.model, isObject(value) ? value : {});
      case "list": {
        var items = (Array.isArray(value) ? value : []).map(function (item) {
          return collectModel(kind, d.model, isObject(item) ? item : {});
        }).filter(function (item) { return item !== undefined; });
        return items.length ? items : undefined;
      }
      case "choices": {
        var chosen = Array.isArray(value) ? value : [];
        var picked = d.options.filter(function (o) { return chosen.indexOf(o.value) >= 0; }).map(function (o) { return o.value; });
        return picked.length ? picked : undefined;
      }
      case "lines": {
        var lines = text(value).split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
        return lines.length ? lines : undefined;
      }
      case "bool":
        return value === true ? true : undefined;
      case "bool3":
        return value === "true" ? true : value === "false" ? false : undefined;
      case "select":
        return text(value).trim() || undefined;
      case "number": {
        var number = text(value).trim();
        if (!number) return undefined;
        return /^(0|[1-9][0-9]{0,14})$/.test(number) ? Number(number) : number;
      }
      default: {
        var typed = text(value).trim();
        return typed ? typed : undefined;
      }
    }
  }

  function collectModel(kind, modelName, values) {
    var out = {};
    var any = false;
    fieldsOf(kind, modelName).forEach(function (d) {
      var v = collect(kind, d, values[d.name]);
      if (v !== undefined) {
        out[d.name] = v;
        any = true;
      }
    });
    return any ? out : undefined;
  }

  function recordData(kind, values) {
    return collectModel(kind, KINDS[kind].root, values || {}) || {};
  }

  // record data → form values (drafts of older versions, and the test hook)
  function spread(kind, d, value) {
    if (value === undefined || value === null) return undefined;
    switch (d.widget) {
      case "object":
      case "area":
        return isObject(value) ? spreadModel(kind, d.model, value) : undefined;
      case "list":
        return Array.isArray(value) ? value.filter(isObject).map(function (item) { return spreadModel(kind, d.model, item); }) : undefined;
      case "choices":
        return (Array.isArray(value) ? value : [value]).map(function (v) {
          var match = d.options.filter(function (o) { return o.value === v || o.ids.indexOf(v) >= 0; })[0];
          return match ? match.value : String(v);
        });
      case "lines":
        return (Array.isArray(value) ? value : [value]).map(String).join("\n");
      case "bool":
        return value === true || value === "true" || value === "是";
      case "bool3":
        return value === true || value === "true" || value === "是" ? "true" : value === false || value === "false" || value === "否" ? "false" : "";
      case "select": {
        var option = (d.options || []).filter(function (o) { return o.value === value || o.ids.indexOf(value) >= 0; })[0];
        return option ? option.value : String(value);
      }
      default:
        return typeof value === "object" ? JSON.stringify(value) : String(value);
    }
  }

  function spreadModel(kind, modelName, data) {
    var out = {};
    fieldsOf(kind, modelName).forEach(function (d) {
      var v = spread(kind, d, data[d.name]);
      if (v !== undefined) out[d.name] = v;
    });
    return out;
  }

  // -- dates (for file names, and days that do not exist) ----------------------------------------

  function normalizeDigits(value) {
    return String(value).normalize ? String(value).normalize("NFKC") : String(value);
  }

  function parseDate(value, partial) {
    // the forms fieldtypes.py accepts; returns "YYYY-MM-DD" (or "YYYY-MM"/"YYYY" when partial), "bad" or null
    var t = normalizeDigits(value).replace(/\s+/g, "");
    var m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) || /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(t);
    if (m) {
      var y = +m[1], mo = +m[2], da = +m[3];
      var probe = new Date(Date.UTC(y, mo - 1, da));
      if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== da) return "bad";
      return m[1] + "-" + ("0" + mo).slice(-2) + "-" + ("0" + da).slice(-2);
    }
    if (partial) {
      var p = /^(\d{4})年?$/.exec(t);
      if (p) return p[1];
      p = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t);
      if (p) return +p[2] >= 1 && +p[2] <= 12 ? p[1] + "-" + ("0" + +p[2]).slice(-2) : "bad";
    }
    return null;
  }

  function checkDates(kind, schema, data, path, errors) {
    // days that do not exist (2月30日) match the schema's pattern; the command line refuses them
    if (data === undefined || data === null) return;
    var node = deref(kind, unwrap(schema).schema) || {};
    if (Array.isArray(data) && node.items) {
      data.forEach(function (item, i) { checkDates(kind, node.items, item, path.concat([i]), errors); });
    } else if (isObject(data) && node.properties) {
      Object.keys(data).forEach(function (key) {
        if (node.properties[key]) checkDates(kind, node.properties[key], data[key], path.concat([key]), errors);
      });
    } else if (typeof data === "string" && (node.pattern === PATTERNS.date || node.pattern === PATTERNS.partial_date)) {
      if (new RegExp(node.pattern, "u").test(data) && parseDate(data, node.pattern === PATTERNS.partial_date) === "bad") {
        errors.push({ path: path, message: "“" + schemaTitleAt(kind, path) + "”：这一天不存在（月份或日子超出范围），请核对日期" });
      }
    }
  }

  // -- validation with the schema -----------------------------------------------------------------

  var PRIORITY = ["required", "type", "enum", "pattern", "minLength", "maxLength", "minimum", "minItems", "maxItems", "additionalProperties"];

  function patternMessage(title, schema) {
    var p = schema.pattern;
    if (p === PATTERNS.date) return "“" + title + "”请写成日期，如 2024-05-12（也可以写 2024/5/12 或 2024年5月12日）";
    if (p === PATTERNS.partial_date) return "“" + title + "”请写成年份、年月或日期，如 2019、2019-03 或 2019年3月";
    if (p === PATTERNS.id) return "“" + title + "”只能用小写英文字母、数字和连字符，如 yangguang-xiaoyuan";
    if (p === PATTERNS.login) return "“" + title + "”是代码托管平台的账号：英文字母、数字和连字符";
    if (p === PATTERNS.count) return "“" + title + "”请只写整数，如 1200";
    if (p === PATTERNS.money) return "“" + title + "”请只写数字，如 30000 或 1200.50";
    if (p === PATTERNS.url) return "“" + title + "”请写完整网址，以 http:// 或 https:// 开头";
    if (p === PATTERNS.color) return "“" + title + "”请写成 # 加 6 位十六进制数，如 #1B5E20";
    return "“" + title + "”的格式不对" + (schema.description ? "：" + schema.description : "");
  }

  function messageFor(kind, error, path) {
    var title = schemaTitleAt(kind, path);
    var p = error.params || {};
    var schema = error.parentSchema || {};
    switch (error.keyword) {
      case "required":
        return "请填写“" + title + "”";
      case "type":
        if (p.type === "integer" || p.type === "number" || (Array.isArray(p.type) && p.type.indexOf("string") < 0)) return "“" + title + "”请只写数字";
        return "“" + title + "”的写法不对";
      case "enum":
        return schema.enum && schema.enum.indexOf(true) >= 0 ? "“" + title + "”请选择是或否" : "“" + title + "”请从列表中选择";
      case "pattern":
        return patternMessage(title, schema);
      case "maxLength":
        return "“" + title + "”不能超过 " + p.limit + " 个字";
      case "minLength":
        return "“" + title + "”至少要写 " + p.limit + " 个字";
      case "minimum":
        return "“" + title + "”不能是负数";
      case "minItems":
        return "“" + title + "”至少要有 " + p.limit + " 项";
      case "maxItems":
        return "“" + title + "”最多 " + p.limit + " 项";
      case "additionalProperties":
        return "多了表单里没有的字段“" + p.additionalProperty + "”";
      default:
        return "“" + title + "”不符合要求";
    }
  }

  function splitPointer(text) {
    if (!text) return [];
    return text.slice(1).split("/").map(function (part) {
      var key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^\d+$/.test(key) ? Number(key) : key;
    });
  }

  /* Ajv (135 KB, 40 KB compressed, and the compiling of each schema) comes when the form is first
     used (a focus, a touch, a key) or when GongshiSubmit.ready is asked for: the page is drawn
     and can be read without it. */
  function loadChecker() {
    if (!checker) {
      checker = new Promise(function (resolve, reject) {
        if (typeof window.GongshiAjv === "function") return resolve();
        var script = document.createElement("script");
        script.src = root.getAttribute("data-checker");
        script.onload = function () { if (typeof window.GongshiAjv === "function") resolve(); else reject(new Error("validator")); };
        script.onerror = function () { reject(new Error("validator")); };
        document.head.appendChild(script);
      }).then(function () {
        checking = true;
        scheduleUpdate(true);
      }, function (error) {
        checker = null; // a later use tries again
        el.count.textContent = "检查规则没有加载成功，请检查网络后再试（已经填写的内容仍保存在这台设备的浏览器里）。";
        throw error;
      });
    }
    return checker;
  }
  function firstUse() {
    used = true;
    loadChecker().catch(function () {});
    if (state.kind === "activity" || state.kind === "organization") loadSyllables();
  }

  function validator(kind) {
    if (!validators[kind]) {
      var ajv = new window.GongshiAjv({ allErrors: true, strict: false, verbose: true });
      validators[kind] = ajv.compile(schemas[kind]);
    }
    return validators[kind];
  }

  function validateRecord(kind, data) {
    // [{path: [...], message}] — the schema's verdict, plus days that do not exist
    var validate = validator(kind);
    var found = {};
    if (!validate(data)) {
      (validate.errors || []).forEach(function (error) {
        if (error.keyword === "anyOf" || error.keyword === "if" || error.keyword === "oneOf") return;
        if (error.keyword === "type" && error.params && error.params.type === "null") return;
        var path = splitPointer(error.instancePath);
        if (error.keyword === "required") path = path.concat([error.params.missingProperty]);
        if (error.keyword === "additionalProperties") path = path.concat([error.params.additionalProperty]);
        var key = pointer(path);
        var rank = PRIORITY.indexOf(error.keyword);
        if (rank < 0) rank = PRIORITY.length;
        if (!found[key] || found[key].rank > rank) found[key] = { path: path, rank: rank, message: messageFor(kind, error, path) };
      });
    }
    var errors = Object.keys(found).map(function (key) { return { path: found[key].path, message: found[key].message }; });
    var dates = [];
    checkDates(kind, schemas[kind], data, [], dates);
    dates.forEach(function (e) {
      if (!found[pointer(e.path)]) errors.push(e);
    });
    return errors;
  }

  // -- where the file goes ------------------------------------------------------------------------

  function whereFields(kind) {
    var fields = [
      kind === "organization"
        ? { name: "org", title: "新机构的网址名", auto: true,
            description: "机构页面网址里的名字，按下面填写的机构名称的拼音自动生成，一般不用改；要改只能用小写英文字母、数字和连字符。已有机构修改信息请到机构页面点「在线修改此记录」。" }
        : { name: "org", title: "机构", list: true,
            description: "输入机构名称中的几个字，从列表里选择。" },
    ];
    if (kind === "project") fields.push({ name: "project", title: "项目编号", description: "项目文件的名字：小写英文字母、数字和连字符，如 yinling-zhucan；活动里用它关联项目。" });
    if (kind === "activity") fields.push({ name: "slug", title: "文件名", auto: true, description: "按下面的「活动日期」和「活动名称」的拼音自动生成，一般不用改；要改只能用小写英文字母、数字和连字符。" });
    return fields;
  }

  /* -- organizations by their names ------------------------------------------------------------ */
  /* What the list offers for each organization: its name, or, when two share a name, the name
     with its place; typing either that or the folder id picks it. */
  function orgChoices() {
    var count = {};
    function tally(key) { count[key] = (count[key] || 0) + 1; }
    orgs.forEach(function (o) { tally(o.name); tally(o.name + "（" + o.place + "）"); });
    return orgs.map(function (o) {
      var shown = o.name;
      if (count[o.name] > 1) shown = o.name + "（" + o.place + (count[o.name + "（" + o.place + "）"] > 1 ? " · " + (o.code || o.id) : "") + "）";
      return { id: o.id, shown: shown, note: [o.place, o.code].filter(Boolean).join(" · ") };
    }).sort(function (a, b) { return a.shown.localeCompare(b.shown, "zh-Hans-CN-u-co-pinyin"); });
  }
  function orgIdOf(typed) {
    var v = typed.trim();
    if (!v) return { id: "" };
    var choices = orgChoices();
    for (var i = 0; i < choices.length; i += 1) {
      if (choices[i].id === v || choices[i].shown === v) return { id: choices[i].id };
    }
    var named = choices.filter(function (c) { return c.shown.indexOf(v + "（") === 0; });
    if (named.length > 1) return { error: "有几个机构都叫“" + v + "”：请从列表里选择带地点的那一个" };
    return { error: orgs.length ? "没有找到“" + v + "”：请输入机构名称中的几个字，从列表里选择" : "机构列表没有加载成功：请刷新页面" };
  }

  /* -- file names from Chinese: pypinyin's reading of each character (submit/pinyin.json) ------- */
  var syllables = null;
  var loadingSyllables = null;
  function loadSyllables() {
    if (!loadingSyllables) {
      loadingSyllables = fetchJson(root.getAttribute("data-pinyin")).then(function (table) {
        var map = {};
        Object.keys(table || {}).forEach(function (syllable) {
          Array.from(String(table[syllable])).forEach(function (ch) { map[ch] = syllable; });
        });
        syllables = map;
        scheduleUpdate(true);
      }, function () { syllables = {}; });
    }
    return loadingSyllables;
  }
  /* "重阳节茶话会" → "zhong-yang-jie-cha-hua-hui": each Chinese character's syllable, Latin
     letters and digits as they are (lowercase), everything else a break; at most 40 characters. */
  function fileNameOf(title) {
    var words = [];
    var word = "";
    Array.from(String(title || "").normalize("NFKC")).forEach(function (ch) {
      if (/[A-Za-z0-9]/.test(ch)) { word += ch.toLowerCase(); return; }
      if (word) { words.push(word); word = ""; }
      if (syllables && syllables[ch]) words.push(syllables[ch]);
    });
    if (word) words.push(word);
    var out = "";
    for (var i = 0; i < words.length; i += 1) {
      var next = out ? out + "-" + words[i] : words[i];
      if (next.length > 40) break;
      out = next;
    }
    return out || (out === "" && words.length ? words[0].slice(0, 40) : "");
  }
  /* The file name follows the title (the new organization's, its name) until staff type their own. */
  function followTitle() {
    var kind = state.kind;
    var where = draft().where;
    var name = kind === "activity" ? "slug" : kind === "organization" ? "org" : null;
    if (!name || where[name + "Edited"] || !syllables) return;
    if (where[name + "Edited"] === undefined && text(where[name])) return; // an earlier draft's own
    var source = kind === "activity" ? draft().values.title : draft().values.name;
    var made = fileNameOf(text(source));
    if (made === text(where[name])) return;
    where[name] = made;
    where[name + "Edited"] = false;
    var input = el.where.querySelector('input[name="' + pointer(["@where", name]) + '"]');
    if (input) input.value = made;
  }

  function recordPath(kind, where, data) {
    // (path or null, [errors of the location fields])
    var errors = [];
    var idPattern = new RegExp(PATTERNS.id);
    function id(name, title) {
      var v = text(where[name]).trim();
      if (!v) errors.push({ path: ["@where", name], message: "请填写“" + title + "”" });
      else if (!idPattern.test(v) || v.length > 64) errors.push({ path: ["@where", name], message: "“" + title + "”只能用小写英文字母、数字和连字符，如 yangguang-xiaoyuan" });
      return v;
    }
    var org;
    if (kind === "organization") {
      org = id("org", "新机构的网址名");
    } else {
      var picked = orgIdOf(text(where.org));
      if (picked.error) errors.push({ path: ["@where", "org"], message: picked.error });
      else if (!picked.id) errors.push({ path: ["@where", "org"], message: "请选择“机构”" });
      org = picked.id || "";
    }
    if (kind === "organization" && org && orgs.some(function (o) { return o.id === org; })) {
      errors.push({ path: ["@where", "org"], message: "编号“" + org + "”已经被使用：修改已有机构的信息，请到机构页面点「在线修改此记录」" });
    }
    var rel = null;
    if (kind === "organization") rel = "orgs/" + org + "/org.yml";
    if (kind === "project") rel = "orgs/" + org + "/projects/" + id("project", "项目编号") + ".yml";
    if (kind === "activity") {
      var slug = id("slug", "文件名");
      var day = data.date ? parseDate(data.date, false) : null;
      if (!day || day === "bad") rel = null;
      else if (!new RegExp(PATTERNS.activity_stem).test(day + "-" + slug)) rel = null;
      else rel = "orgs/" + org + "/activities/" + day + "-" + slug + ".yml";
    }
    if (kind === "annual-report") {
      var year = data.year === undefined ? "" : normalizeDigits(data.year).trim();
      if (year && !new RegExp(PATTERNS.year_stem).test(year)) errors.push({ path: ["year"], message: "“年度”请写 4 位年份，如 2023" });
      rel = new RegExp(PATTERNS.year_stem).test(year) ? "orgs/" + org + "/reports/" + year + ".yml" : null;
    }
    return { rel: errors.length ? null : rel, errors: errors };
  }

  // -- YAML with the scaffold's comments ----------------------------------------------------------

  function comment(prop, required) {
    var words = prop.title || "";
    if (prop.description && prop.description !== prop.title) words += "：" + prop.description;
    return "  # " + words + (required ? "（必填）" : "");
  }

  function quoted(value) {
    return JSON.stringify(value).replace(NOT_PRINTABLE, function (ch) {
      return "\\u" + ("000" + ch.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  function scalar(value) {
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") return String(value);
    var t = String(value);
    if (PLAIN.test(t) && !/^[0-9０-９]/.test(t) && t.trim() === t && !NULLS[t] && t.charAt(0) !== "-") return t;
    return quoted(t);
  }

  function blockable(value) {
    var lines = value.replace(/\n+$/, "").split("\n");
    return !/^\s/.test(lines[0]) && !/[\t]/.test(value) && !NOT_PRINTABLE.test(value) && !/[\u0000-\u0008\u000B-\u001F]/.test(value);
  }

  function emit(kind, modelName, data, indent, out) {
    var node = modelNode(kind, modelName);
    var pad = new Array(indent + 1).join("  ");
    var required = node.required || [];
    orderOf(kind, modelName, node).forEach(function (name) {
      var prop = node.properties[name];
      var note = comment(prop, required.indexOf(name) >= 0);
      var schema = unwrap(prop).schema;
      var inner = schema.$ref ? defName(schema.$ref) : schema.items && schema.items.$ref ? defName(schema.items.$ref) : null;
      if (!Object.prototype.hasOwnProperty.call(data, name) || data[name] === undefined) {
        out.push(pad + "# " + name + ":" + note);
        return;
      }
      var value = data[name];
      if (isObject(value) && inner) {
        out.push(pad + name + ":" + note);
        emit(kind, inner, value, indent + 1, out);
      } else if (Array.isArray(value) && value.length && isObject(value[0]) && inner) {
        out.push(pad + name + ":" + note);
        value.forEach(function (item) {
          var lines = [];
          emit(kind, inner, item, indent + 2, lines);
          var first = lines.findIndex(function (line) { return line.trim().charAt(0) !== "#"; });
          if (first < 0) return;
          lines[first] = pad + "  - " + lines[first].replace(/^\s+/, "");
          Array.prototype.push.apply(out, lines);
        });
      } else if (Array.isArray(value)) {
        out.push(pad + name + ": [" + value.map(scalar).join(", ") + "]" + note);
      } else if (typeof value === "string" && value.indexOf("\n") >= 0 && blockable(value)) {
        out.push(pad + name + ": |" + note);
        value.replace(/\n+$/, "").split("\n").forEach(function (line) { out.push(line ? pad + "  " + line : ""); });
      } else {
        out.push(pad + name + ": " + scalar(value) + note);
      }
    });
  }

  function toYaml(kind, data) {
    var meta = KINDS[kind];
    var out = ["# yaml-language-server: $schema=" + meta.schema_url, "# " + meta.heading, ""];
    emit(kind, meta.root, data || {}, 0, out);
    return out.join("\n") + "\n";
  }

  // -- the code host ------------------------------------------------------------------------------

  function newFileUrl(rel, content) {
    // the same URL generator/edit_links.py's new_file_url builds
    var host = CONFIG.host;
    if (!host) return null;
    if (host.path_param && host.content_param) {
      var url = host.url + "?" + host.path_param + "=" + encodeURIComponent(rel) + "&" + host.content_param + "=" + encodeURIComponent(content);
      if (url.length <= host.max_length) return url;
      return host.url + "?" + host.path_param + "=" + encodeURIComponent(rel);
    }
    var folder = rel.split("/").slice(0, -1).map(encodeURIComponent).join("/");
    return host.url + folder;
  }

  function prefilled(url) {
    var host = CONFIG.host;
    return Boolean(host && host.content_param && url && url.indexOf("&" + host.content_param + "=") >= 0);
  }

  function steps(kind, rel, data, url) {
    var host = CONFIG.host;
    var label = host ? host.label : "代码托管平台";
    var list = [];
    if (!host) {
      list.push("点「复制文件内容」或「下载文件」，把文件和文件位置 " + (rel || "") + " 交给机构维护人或民政局，由他们提交。");
    } else if (host.prefills && (!url || prefilled(url))) {
      list.push("点「在 " + label + " 上打开并提交」（需要先登录 " + label + "）：新页面里文件名和内容都已经填好，不用再改。");
    } else {
      list.push("点「在 " + label + " 上打开并提交」（需要先登录 " + label + "）：文件内容会先复制好。在打开的页面里，文件名填 " + (rel || "（上面的文件位置）") + "，再把内容粘贴进去。");
    }
    if (host && host.host === "gitlab") {
      list.push("在页面下方的「Commit changes」处，目标分支填一个新名字并勾选「Start a new merge request with these changes」，然后创建合并请求。");
    } else if (host) {
      list.push("提交时选择「新建分支并发起拉取请求」（GitHub 上叫「Create a new branch for this commit and start a pull request」；没有写权限时平台会先复制一份仓库，按钮叫「Propose changes」），然后点「Create pull request」。");
    }
    if (kind === "activity") {
      var folder = rel ? rel.replace(/\.yml$/, "") : "";
      var stem = folder ? folder.split("/").pop() : "与活动文件同名（不含 .yml）";
      var names = (data.photos || []).map(function (p) { return p.file; }).filter(Boolean);
      list.push(
        "上传照片：照片放在" + (folder ? " " + folder + "/ " : "与活动文件同名的") + "文件夹里，文件名要与表单「照片文件」一栏完全一致" +
          (names.length ? "（" + names.join("、") + "）" : "") +
          "。在电脑上把这些照片放进一个名为 " + stem + " 的文件夹，在拉取请求所在的分支里打开 activities 文件夹，点「Add file → Upload files」（GitLab、Gitee 为「上传文件」），把整个文件夹拖进去，提交到同一个分支。用手机时，可以先提交记录，再请维护人在电脑上上传照片。"
      );
    }
    var brand = kind === "organization" && isObject(data.brand) ? data.brand : {};
    var files = [brand.logo, brand.cover].filter(Boolean);
    if (files.length) {
      list.push("上传图片：把 " + files.join("、") + " 上传到机构文件夹 " + (rel ? rel.replace(/org\.yml$/, "") : "orgs/机构编号/") + " 里（「Add file → Upload files」，GitLab、Gitee 为「上传文件」），提交到同一个分支。");
    }
    list.push("几分钟后，自动检查（CI）会在拉取请求里给出结果；有问题就按提示修改同一个文件。维护人审核合并后，网站自动更新。");
    return list;
  }

  // -- drafts -------------------------------------------------------------------------------------

  function loadDrafts() {
    var raw = null;
    try {
      raw = window.localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      storageWorks = false;
      return false;
    }
    if (!raw) return false;
    try {
      var saved = JSON.parse(raw);
      if (!isObject(saved) || !isObject(saved.drafts)) throw new Error("draft");
      Object.keys(saved.drafts).forEach(function (kind) {
        var draft = saved.drafts[kind];
        if (KINDS[kind] && isObject(draft)) {
          state.drafts[kind] = {
            where: isObject(draft.where) ? draft.where : {},
            values: isObject(draft.values) ? draft.values : {},
          };
        }
      });
      if (KINDS[saved.kind]) state.kind = saved.kind;
      return true;
    } catch (error) {
      try {
        // keep what could not be read rather than writing over it
        window.localStorage.setItem(STORAGE_KEY + "-unreadable", raw);
      } catch (ignored) { /* storage full: nothing more to do */ }
      return false;
    }
  }

  function saveNow() {
    window.clearTimeout(saveTimer);
    saveTimer = null;
    if (!storageWorks) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ kind: state.kind, drafts: state.drafts }));
    } catch (error) {
      storageWorks = false;
      announce("这个浏览器不能保存草稿（可能是无痕模式或空间已满）：请在关闭页面前复制或下载文件内容。");
    }
  }

  function saveSoon() {
    if (saveTimer === null) saveTimer = window.setTimeout(saveNow, 250);
  }

  function draft() {
    if (!state.drafts[state.kind]) state.drafts[state.kind] = { where: {}, values: {} };
    return state.drafts[state.kind];
  }

  // -- building the form --------------------------------------------------------------------------

  function register(path, entry) {
    registry[pointer(path)] = entry;
  }

  function fieldShell(d, path, control, wide) {
    // label + help + control + error, for one input
    var id = control.id;
    var box = make("div", { className: "gs-field" + (wide ? " gs-field--wide" : "") });
    var label = make("label", { for: id, className: "gs-field__label" }, d.title);
    if (d.required) label.appendChild(make("span", { className: "gs-submit__req" }, "必填"));
    box.appendChild(label);
    var described = [];
    if (d.description) {
      var help = make("p", { id: id + "-help", className: "gs-field__help" }, d.description);
      box.appendChild(help);
      described.push(help.id);
    }
    box.appendChild(control);
    var error = make("p", { id: id + "-error", className: "gs-field__error", hidden: true });
    box.appendChild(error);
    if (described.length) control.setAttribute("aria-describedby", described.join(" "));
    register(path, { focus: control, error: error, inputs: [control], help: described, holder: control });
    return box;
  }

  function bindInput(control, path, read) {
    control.addEventListener("input", function () {
      setAt(draft().values, path, read());
      touched[pointer(path)] = true;
      changed(false);
    });
    control.addEventListener("change", function () {
      setAt(draft().values, path, read());
      touched[pointer(path)] = true;
      changed(true);
    });
    control.addEventListener("blur", function () {
      touched[pointer(path)] = true;
      scheduleUpdate(true);
    });
  }

  function textControl(d, path, value) {
    var id = nextId("gs-f");
    var control;
    if (d.widget === "textarea" || d.widget === "lines") {
      control = make("textarea", { id: id, name: pointer(path), rows: d.widget === "lines" ? 3 : 4 });
    } else {
      control = make("input", { id: id, name: pointer(path), type: "text", autocomplete: "off" });
      if (d.widget === "number") control.setAttribute("inputmode", d.integer ? "numeric" : "decimal");
      if (d.widget === "date") control.setAttribute("placeholder", "如 2024-05-12");
      if (d.widget === "partial-date") control.setAttribute("placeholder", "如 2019-03");
      if (d.schema.pattern === PATTERNS.url) control.setAttribute("inputmode", "url");
      if (d.schema.pattern === PATTERNS.color) control.setAttribute("placeholder", "#1B5E20");
    }
    if (d.required) control.setAttribute("aria-required", "true");
    control.value = text(value);
    bindInput(control, path, function () { return control.value; });
    return fieldShell(d, path, control, d.widget === "textarea" || d.widget === "lines");
  }

  function selectControl(d, path, value, choices, emptyLabel) {
    var id = nextId("gs-f");
    var control = make("select", { id: id, name: pointer(path) });
    if (d.required) control.setAttribute("aria-required", "true");
    control.appendChild(make("option", { value: "" }, emptyLabel));
    choices.forEach(function (o) { control.appendChild(make("option", { value: o.value }, o.label)); });
    control.value = text(value);
    if (control.value !== text(value)) {
      // a value from a draft that is no longer on the list: keep it visible rather than drop it
      control.appendChild(make("option", { value: text(value) }, text(value) + "（不在列表中）"));
      control.value = text(value);
    }
    bindInput(control, path, function () { return control.value; });
    return fieldShell(d, path, control, false);
  }

  function checkboxControl(d, path, value) {
    var id = nextId("gs-f");
    var box = make("div", { className: "gs-field gs-field--check" });
    var control = make("input", { id: id, name: pointer(path), type: "checkbox" });
    control.checked = value === true;
    var label = make("label", { for: id }, d.title);
    box.appendChild(control);
    box.appendChild(label);
    var described = [];
    if (d.description) {
      var help = make("p", { id: id + "-help", className: "gs-field__help" }, d.description);
      box.appendChild(help);
      described.push(help.id);
      control.setAttribute("aria-describedby", help.id);
    }
    var error = make("p", { id: id + "-error", className: "gs-field__error", hidden: true });
    box.appendChild(error);
    bindInput(control, path, function () { return control.checked; });
    register(path, { focus: control, error: error, inputs: [control], help: described, holder: control });
    return box;
  }

  function groupShell(d, path, className) {
    var id = nextId("gs-g");
    var set = make("fieldset", { className: "gs-group " + (className || ""), id: id });
    var legend = make("legend", null, d.title);
    if (d.required) legend.appendChild(make("span", { className: "gs-submit__req" }, "必填"));
    set.appendChild(legend);
    var described = [];
    if (d.description) {
      var help = make("p", { id: id + "-help", className: "gs-field__help" }, d.description);
      set.appendChild(help);
      described.push(help.id);
      set.setAttribute("aria-describedby", help.id);
    }
    var error = make("p", { id: id + "-error", className: "gs-field__error", hidden: true });
    set.appendChild(error);
    var entry = { focus: null, error: error, inputs: [], help: described, holder: set };
    register(path, entry);
    return { set: set, entry: entry };
  }

  function choicesControl(d, path, value) {
    var group = groupShell(d, path, "gs-group--choices");
    var chosen = Array.isArray(value) ? value.slice() : [];
    var list = make("div", { className: "gs-choices" });
    d.options.forEach(function (o) {
      var id = nextId("gs-c");
      var item = make("div", { className: "gs-choice" });
      var box = make("input", { id: id, type: "checkbox", value: o.value, name: pointer(path) });
      box.checked = chosen.indexOf(o.value) >= 0;
      box.addEventListener("change", function () {
        var now = (getAt(draft().values, path) || []).filter(function (v) { return v !== o.value; });
        if (box.checked) now.push(o.value);
        setAt(draft().values, path, now);
        touched[pointer(path)] = true;
        changed(true);
      });
      item.appendChild(box);
      item.appendChild(make("label", { for: id }, o.label));
      list.appendChild(item);
      group.entry.inputs.push(box);
    });
    group.entry.focus = group.entry.inputs[0];
    group.set.appendChild(list);
    return group.set;
  }

  function areaControl(kind, d, path, value) {
    var group = groupShell(d, path, "gs-group--area");
    var chosen = isObject(value) ? Object.assign({}, value) : {};
    var fields = fieldsOf(kind, d.model);
    var districts = areas && Array.isArray(areas.districts) ? areas.districts : null;
    if (!districts) {
      fields.forEach(function (f) { group.set.appendChild(textControl(f, path.concat([f.name]), chosen[f.name])); });
      group.entry.focus = group.set.querySelector("input");
      return group.set;
    }
    var levels = ["district", "street", "community"];
    var selects = {};
    var row = make("div", { className: "gs-area" });
    function optionsAt(level) {
      var ds = districts;
      if (level === "district") return ds;
      var district = ds.filter(function (x) { return x.name === chosen.district; })[0];
      var streets = district ? district.streets || [] : [];
      if (level === "street") return streets;
      var street = streets.filter(function (x) { return x.name === chosen.street; })[0];
      return street ? street.communities || [] : [];
    }
    function fill(level) {
      var select = selects[level];
      var wanted = text(chosen[level]);
      while (select.firstChild) select.removeChild(select.firstChild);
      var choices = optionsAt(level);
      select.appendChild(make("option", { value: "" }, choices.length ? "请选择" : "请先选择上一级"));
      choices.forEach(function (x) { select.appendChild(make("option", { value: x.name }, x.name)); });
      select.value = wanted;
      if (select.value !== wanted) {
        chosen[level] = "";
      }
      select.disabled = !choices.length;
    }
    levels.forEach(function (level) {
      var f = fields.filter(function (x) { return x.name === level; })[0] || { title: level, name: level };
      var shell = selectControl({ title: f.title, description: "", required: d.required || false, name: level }, path.concat([level]), "", [], "请选择");
      var select = shell.querySelector("select");
      selects[level] = select;
      // the select's own handlers store the value; the cascade refills the levels below it
      select.addEventListener("change", function () {
        chosen[level] = select.value;
        var below = levels.slice(levels.indexOf(level) + 1);
        below.forEach(function (l) { chosen[l] = ""; fill(l); setAt(draft().values, path.concat([l]), ""); });
        setAt(draft().values, path.concat([level]), select.value);
        changed(true);
      });
      row.appendChild(shell);
      group.entry.inputs.push(select);
    });
    levels.forEach(fill);
    group.entry.focus = selects.district;
    group.set.appendChild(row);
    return group.set;
  }

  function listControl(kind, d, path, value) {
    var group = groupShell(d, path, "gs-group--list");
    var items = Array.isArray(value) ? value : [];
    var max = d.schema.maxItems || 100;
    var holder = make("div", { className: "gs-list" });
    items.forEach(function (item, index) {
      var itemPath = path.concat([index]);
      var set = make("fieldset", { className: "gs-list__item" });
      set.appendChild(make("legend", null, d.title + " 第 " + (index + 1) + " 条"));
      fieldsOf(kind, d.model).forEach(function (f) { set.appendChild(control(kind, f, itemPath.concat([f.name]), isObject(item) ? item[f.name] : undefined)); });
      var remove = make("button", { type: "button", className: "md-button gs-list__remove" }, "删除第 " + (index + 1) + " 条");
      remove.addEventListener("click", function () {
        var list = getAt(draft().values, path) || [];
        list.splice(index, 1);
        setAt(draft().values, path, list);
        rebuild(pointer(path) + "#add");
      });
      set.appendChild(remove);
      holder.appendChild(set);
    });
    group.set.appendChild(holder);
    var add = make("button", { type: "button", className: "md-button gs-list__add", "data-gs-add": pointer(path) }, "添加一条" + d.title);
    if (items.length >= max) add.disabled = true;
    add.addEventListener("click", function () {
      var list = getAt(draft().values, path);
      if (!Array.isArray(list)) list = [];
      list.push({});
      setAt(draft().values, path, list);
      rebuild(pointer(path.concat([list.length - 1])));
    });
    group.set.appendChild(add);
    if (d.model === "Photo") group.set.appendChild(photoPicker(path));
    group.entry.focus = holder.querySelector("input, select, textarea") || add;
    return group.set;
  }

  function photoPicker(path) {
    // fills in the photos' file names from the person's own files; nothing is uploaded here
    var id = nextId("gs-p");
    var box = make("div", { className: "gs-field gs-photo-picker" });
    box.appendChild(make("label", { for: id, className: "gs-field__label" }, "从手机或电脑选择照片，自动填写文件名"));
    box.appendChild(make("p", { id: id + "-help", className: "gs-field__help" }, "只读取文件名，照片不会上传到本网站；照片本身在提交记录后上传（见下面的“接下来”）。"));
    var input = make("input", { id: id, type: "file", accept: "image/jpeg,image/png,image/webp", multiple: true, "aria-describedby": id + "-help" });
    input.addEventListener("change", function () {
      var list = getAt(draft().values, path);
      if (!Array.isArray(list)) list = [];
      var known = list.map(function (p) { return isObject(p) ? p.file : ""; });
      var added = 0;
      Array.prototype.forEach.call(input.files || [], function (file) {
        if (known.indexOf(file.name) >= 0) return;
        list.push({ file: file.name });
        added += 1;
      });
      setAt(draft().values, path, list);
      rebuild(null);
      announce("已添加 " + added + " 张照片的文件名，请为每张照片写“画面描述”。");
    });
    box.appendChild(input);
    return box;
  }

  function control(kind, d, path, value) {
    switch (d.widget) {
      case "object": {
        var group = groupShell(d, path, "gs-group--object");
        var values = isObject(value) ? value : {};
        fieldsOf(kind, d.model).forEach(function (f) { group.set.appendChild(control(kind, f, path.concat([f.name]), values[f.name])); });
        group.entry.focus = group.set.querySelector("input, select, textarea");
        return group.set;
      }
      case "area":
        return areaControl(kind, d, path, value);
      case "list":
        return listControl(kind, d, path, value);
      case "choices":
        return choicesControl(d, path, value);
      case "bool":
        return checkboxControl(d, path, value);
      case "bool3":
        return selectControl(d, path, value, [{ value: "true", label: "是" }, { value: "false", label: "否" }], "不填");
      case "select":
        return selectControl(d, path, value, d.options, d.required ? "请选择" : "不填");
      default:
        return textControl(d, path, value);
    }
  }

  function renderWhere(kind) {
    var where = draft().where;
    if (used && (kind === "activity" || kind === "organization")) loadSyllables();
    while (el.where.firstChild) el.where.removeChild(el.where.firstChild);
    whereFields(kind).forEach(function (f) {
      var id = nextId("gs-w");
      var input = make("input", { id: id, name: pointer(["@where", f.name]), type: "text", autocomplete: "off", autocapitalize: "none", spellcheck: "false", "aria-required": "true" });
      input.value = text(where[f.name]);
      if (f.list && orgs.length) {
        var listId = id + "-orgs";
        var datalist = make("datalist", { id: listId });
        orgChoices().forEach(function (o) { datalist.appendChild(make("option", { value: o.shown, label: o.note || o.shown })); });
        input.setAttribute("list", listId);
        el.where.appendChild(datalist);
      }
      var shell = fieldShell({ title: f.title, description: f.description, required: true }, ["@where", f.name], input, false);
      input.addEventListener("input", function () {
        draft().where[f.name] = input.value;
        // typed by hand: the name no longer follows the title; emptied: it follows again
        if (f.auto) draft().where[f.name + "Edited"] = input.value.trim() !== "";
        touched[pointer(["@where", f.name])] = true;
        changed(false);
      });
      input.addEventListener("blur", function () {
        touched[pointer(["@where", f.name])] = true;
        scheduleUpdate(true);
      });
      el.where.appendChild(shell);
    });
  }

  function renderFields(kind) {
    while (el.fields.firstChild) el.fields.removeChild(el.fields.firstChild);
    var values = draft().values;
    fieldsOf(kind, KINDS[kind].root).forEach(function (d) {
      el.fields.appendChild(control(kind, d, [d.name], values[d.name]));
    });
  }

  function rebuild(focusPointer) {
    drawing += 1; // a first drawing still under way stops: this one draws the whole form
    if (el.result) el.result.hidden = false;
    registry = {};
    renderWhere(state.kind);
    renderFields(state.kind);
    if (focusPointer) {
      var target = null;
      if (/#add$/.test(focusPointer)) {
        target = el.fields.querySelector('[data-gs-add="' + focusPointer.slice(0, -4) + '"]');
      } else {
        // registry keys follow the page's order: the first field inside what was just added
        var inside = Object.keys(registry).filter(function (key) {
          return key.indexOf(focusPointer + "/") === 0 && registry[key].focus;
        });
        target = inside.length ? registry[inside[0]].focus : null;
      }
      if (target) target.focus();
    }
    changed(true);
  }

  /* The first drawing, when the page opens, comes in slices of a few milliseconds, the browser
     laying out and painting between them. Drawn at once, the organization form (some 480
     elements) held the main thread for one task of about 90 ms on a fast computer — 20 ms to make
     the elements, 60 ms to lay them out — and four times that on Lighthouse's phone. Step 4 waits
     until the fields are there, so that nothing on the screen moves down while they come. */
  var SLICE_MS = 4;
  var SLICE_TEXT = 160; // characters of new text a slice adds: laying out new glyphs is the cost

  function afterNextPaint(callback) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      callback();
    }
    window.requestAnimationFrame(function () { window.setTimeout(once, 0); });
    window.setTimeout(once, 100); // a tab not shown paints nothing: carry on all the same
  }

  function drawInSlices() {
    var generation = (drawing += 1);
    var kind = state.kind;
    var values = draft().values;
    var queue = fieldsOf(kind, KINDS[kind].root).slice();
    registry = {};
    renderWhere(kind);
    while (el.fields.firstChild) el.fields.removeChild(el.fields.firstChild);
    if (el.result) el.result.hidden = true;
    return new Promise(function (resolve) {
      afterNextPaint(slice); // the steps above the fields first, on a frame of their own
      function slice() {
        if (generation !== drawing) return resolve(); // rebuild() has drawn the whole form since
        if (!queue.length) {
          if (el.result) el.result.hidden = false; // step 4, on a frame of its own
          changed(true);
          return resolve();
        }
        var began = window.performance.now();
        var added = 0;
        while (queue.length && (document.hidden || (added < SLICE_TEXT && window.performance.now() - began < SLICE_MS))) {
          var d = queue.shift();
          var drawn = control(kind, d, [d.name], values[d.name]);
          added += drawn.textContent.length;
          el.fields.appendChild(drawn);
        }
        afterNextPaint(slice);
      }
    });
  }

  // -- updating what the page shows ----------------------------------------------------------------

  function changed(now) {
    saveSoon();
    scheduleUpdate(now);
  }

  function scheduleUpdate(now) {
    window.clearTimeout(updateTimer);
    if (now) update();
    else updateTimer = window.setTimeout(update, 200);
  }

  function entryFor(path) {
    for (var n = path.length; n >= 0; n -= 1) {
      var key = pointer(path.slice(0, n));
      if (registry[key]) return { key: key, entry: registry[key] };
    }
    return null;
  }

  function update() {
    followTitle();
    var kind = state.kind;
    var data = recordData(kind, draft().values);
    var errors = checking ? validateRecord(kind, data) : [];
    var place = recordPath(kind, draft().where, data);
    errors = place.errors.concat(errors);
    var yaml = toYaml(kind, data);
    current = { data: data, yaml: yaml, path: place.rel, errors: errors };

    // errors next to their fields
    var byEntry = {};
    errors.forEach(function (e) {
      var found = entryFor(e.path);
      if (!found) return;
      e.key = found.key;
      if (!byEntry[found.key]) byEntry[found.key] = [];
      if (byEntry[found.key].indexOf(e.message) < 0) byEntry[found.key].push(e.message);
    });
    // the summary follows the page's order
    var order = Object.keys(registry);
    var rank = function (e) { return e.key === undefined ? order.length : order.indexOf(e.key); };
    errors.sort(function (a, b) { return rank(a) - rank(b); });
    var touchedKeys = Object.keys(touched);
    var invalid = [];
    Object.keys(registry).forEach(function (key) {
      var entry = registry[key];
      var messages = byEntry[key] || [];
      var visible = Boolean(messages.length) && (showAll || touchedKeys.some(function (t) { return t === key || t.indexOf(key + "/") === 0; }));
      entry.error.textContent = visible ? messages.join("；") : "";
      entry.error.hidden = !visible;
      var ids = entry.help.slice();
      if (visible) ids.push(entry.error.id);
      if (ids.length) entry.holder.setAttribute("aria-describedby", ids.join(" "));
      else entry.holder.removeAttribute("aria-describedby");
      if (entry.holder.tagName === "FIELDSET") entry.holder.classList.toggle("gs-group--invalid", visible);
      if (visible) invalid = invalid.concat(entry.inputs);
    });
    Object.keys(registry).forEach(function (key) {
      registry[key].inputs.forEach(function (input) {
        if (invalid.indexOf(input) >= 0) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
      });
    });

    // the summary, the file and the links
    el.count.textContent = !checking ? "开始填写后，这里会显示还需要填写或修改的地方。" : errors.length ? "还有 " + errors.length + " 处需要填写或修改。" : "检查通过：可以提交了。";
    el.count.classList.toggle("gs-submit__count--ok", checking && !errors.length);
    while (el.summaryList.firstChild) el.summaryList.removeChild(el.summaryList.firstChild);
    errors.forEach(function (e) {
      var entry = e.key !== undefined ? registry[e.key] : null;
      var item = make("li");
      if (entry && (entry.focus || entry.holder)) {
        var target = entry.focus || entry.holder;
        if (!target.id) target.id = nextId("gs-t");
        var link = make("a", { href: "#" + target.id }, e.message);
        link.addEventListener("click", function (event) {
          event.preventDefault();
          target.focus();
          target.scrollIntoView({ block: "center" });
        });
        item.appendChild(link);
      } else {
        item.textContent = e.message;
      }
      el.summaryList.appendChild(item);
    });
    el.summary.hidden = !(showAll && errors.length);
    el.path.textContent = place.rel || "（" + (kind === "organization" ? "填好上面的网址名" : kind === "project" ? "选好机构、填好项目编号" : "选好机构") + (kind === "activity" ? "，填好活动日期和名称" : kind === "annual-report" ? "，填好年度" : "") + "后显示）";
    el.yaml.textContent = yaml;
    var url = place.rel ? newFileUrl(place.rel, yaml) : null;
    if (el.open) {
      el.open.setAttribute("href", url || (CONFIG.host ? CONFIG.host.url : "#"));
    }
    if (CONFIG.host && CONFIG.host.prefills && place.rel && url && !prefilled(url)) {
      el.hostNote.textContent = "文件较长，放不进链接：点上面的按钮时会先把文件内容复制好，请在打开的页面里粘贴。";
    } else if (CONFIG.host && CONFIG.host.prefills) {
      el.hostNote.textContent = "";
    }
    while (el.steps.firstChild) el.steps.removeChild(el.steps.firstChild);
    steps(kind, place.rel, data, url).forEach(function (s) { el.steps.appendChild(make("li", null, s)); });
  }

  // -- actions ------------------------------------------------------------------------------------

  function copyText(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).then(function () { return true; }, function () { return legacyCopy(value); });
    }
    return Promise.resolve(legacyCopy(value));
  }

  function legacyCopy(value) {
    var area = make("textarea", { className: "gs-visually-hidden", "aria-hidden": "true", tabindex: "-1" });
    area.value = value;
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (error) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }

  function revealErrors() {
    if (!checking) {
      // the first touch started loading the rules: check as soon as they are here
      announce("正在加载检查规则…");
      loadChecker().then(revealErrors, function () {});
      return false;
    }
    showAll = true;
    update();
    if (current.errors.length) {
      announce("还有 " + current.errors.length + " 处需要填写或修改，见“还需要修改的地方”。");
      var heading = root.querySelector("#gs-summary-heading");
      if (heading) heading.focus();
      return false;
    }
    announce("检查通过：可以提交了。");
    return true;
  }

  function bindActions() {
    el.check.addEventListener("click", revealErrors);
    if (el.open) {
      el.open.addEventListener("click", function (event) {
        saveNow();
        if (!revealErrors()) {
          event.preventDefault();
          return;
        }
        if (!prefilled(el.open.getAttribute("href"))) {
          copyText(current.yaml).then(function (ok) {
            announce(ok ? "文件内容已复制，请在打开的页面里粘贴。" : "没能自动复制，请先点「复制文件内容」，或在预览里全选后复制。");
          });
        }
      });
    }
    el.copy.addEventListener("click", function () {
      copyText(current.yaml).then(function (ok) {
        announce(ok ? "文件内容已复制" + (current.path ? "，文件位置：" + current.path : "") + "。" : "没能自动复制：请在下面的预览里全选后复制。");
      });
    });
    el.download.addEventListener("click", function () {
      var name = current.path ? current.path.split("/").pop() : "record.yml";
      var blob = new Blob([current.yaml], { type: "text/yaml;charset=utf-8" });
      var link = make("a", { href: URL.createObjectURL(blob), download: name });
      document.body.appendChild(link);
      link.click();
      window.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      announce("已下载 " + name + (current.path ? "，它应放在 " + current.path : "") + "。");
    });
    el.clear.addEventListener("click", function () {
      if (!window.confirm("清空“" + KINDS[state.kind].title + "”已经填写的全部内容？清空后不能恢复。")) return;
      state.drafts[state.kind] = { where: {}, values: {} };
      touched = {};
      showAll = false;
      saveNow();
      rebuild(null);
      announce("已清空。");
    });
    Array.prototype.forEach.call(root.querySelectorAll('input[name="gs-kind"]'), function (radio) {
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        saveNow();
        state.kind = radio.value;
        touched = {};
        showAll = false;
        rebuild(null);
        saveNow();
      });
    });
    window.addEventListener("pagehide", saveNow);
  }

  // -- starting -----------------------------------------------------------------------------------

  function fetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(url + " " + response.status);
      return response.json();
    });
  }

  function start() {
    var base = root.getAttribute("data-schema-base");
    var restored = loadDrafts();
    var loads = Object.keys(KINDS).map(function (kind) {
      return fetchJson(base + kind + ".schema.json").then(function (schema) { schemas[kind] = schema; });
    });
    loads.push(fetchJson(root.getAttribute("data-areas")).then(function (data) { areas = data; }, function () { areas = null; }));
    loads.push(fetchJson(root.getAttribute("data-orgs")).then(function (rows) {
      orgs = (Array.isArray(rows) ? rows : []).filter(function (r) { return isObject(r) && r.name && !r.status_change; }).map(function (r) {
        return { id: String(r.id), name: String(r.name), place: [r.street, r.community].filter(Boolean).join(" "), code: r.code ? String(r.code) : "" };
      });
    }, function () { orgs = []; }));
    return Promise.all(loads).then(function () {
      var radio = root.querySelector('input[name="gs-kind"][value="' + state.kind + '"]');
      if (radio) radio.checked = true;
      el.form.hidden = false;
      bindActions();
      ["focusin", "pointerdown", "keydown"].forEach(function (type) {
        el.form.addEventListener(type, firstUse, { once: true });
      });
      // said as the form appears (a longer line said later would push the form down)
      el.status.textContent = restored ? "已恢复上次没有提交的草稿（保存在这台设备的浏览器里）。" : "表单已就绪。填写的内容会自动保存在这台设备的浏览器里。";
      return drawInSlices();
    }).catch(function () {
      el.status.textContent = "表单的规则没有加载成功，请检查网络后刷新页面。已经填写的草稿仍保存在这台设备的浏览器里，不会丢失。";
      el.status.classList.add("gs-submit__problem");
    });
  }

  var started = start();
  var ready = null;

  // For tests and for people who want to check a record by hand: the same functions the form uses.
  // `ready`: the form drawn and its checker loaded (asking for it loads the checker).
  window.GongshiSubmit = {
    get ready() {
      if (!ready) ready = started.then(function () { used = true; return Promise.all([loadChecker(), loadSyllables()]); });
      return ready;
    },
    validate: function (kind, data) {
      return validateRecord(kind, data).map(function (e) { return { path: pointer(e.path), message: e.message }; });
    },
    yaml: function (kind, data) { return toYaml(kind, data); },
    flush: function () {
      scheduleUpdate(true);
      saveNow();
    },
    newFileUrl: newFileUrl,
    fill: function (kind, data, where) {
      state.kind = kind;
      state.drafts[kind] = { where: isObject(where) ? where : {}, values: spreadModel(kind, KINDS[kind].root, isObject(data) ? data : {}) };
      var radio = root.querySelector('input[name="gs-kind"][value="' + kind + '"]');
      if (radio) radio.checked = true;
      touched = {};
      rebuild(null);
      saveNow();
    },
    current: function () {
      return { data: current.data, yaml: current.yaml, path: current.path, errors: current.errors.map(function (e) { return { path: pointer(e.path), message: e.message }; }) };
    },
  };
})();
