/* The query page: YASGUI for SPARQL, the named queries with a form for their parameters,
   IRIs in results opening their entity page, CSV/JSON downloads of the last query. */
"use strict";
(function () {
  var config = JSON.parse(document.getElementById("config").textContent);
  var prefixes = config.prefixes;
  var prologue = Object.keys(prefixes).sort().map(function (p) { return "PREFIX " + p + ": <" + prefixes[p] + ">"; }).join("\n");
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: location.origin + "/sparql", method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return []; } },
    yasqe: { value: prologue + "\n\nSELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class }\nGROUP BY ?class ORDER BY DESC(?n) LIMIT 20\n" },
    yasr: { prefixes: prefixes, defaultPlugin: "table" }
  });
  var status = document.getElementById("status");

  function tab() { return yasgui.getTab(); }

  /* IRIs in the results open their entity page on this server */
  function relink(root) {
    root.querySelectorAll(".yasr a[href^='http']:not([href^='http://www.w3.org/2001/XMLSchema#'])").forEach(function (a) {
      var iri = a.getAttribute("href");
      a.setAttribute("href", "/entity?iri=" + encodeURIComponent(iri));
      a.removeAttribute("target");
      a.setAttribute("title", iri);
    });
  }
  new MutationObserver(function () { relink(document.getElementById("yasgui")); })
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  function downloads(query) {
    ["csv", "json"].forEach(function (fmt) {
      var a = document.getElementById("download-" + fmt);
      a.href = "/sparql?format=" + fmt + "&query=" + encodeURIComponent(query);
      a.hidden = false;
    });
  }

  function shown(yasr) {
    var results = yasr.results;
    var bindings = results && results.getBindings ? results.getBindings() : null;
    var answer = results && results.getBoolean ? results.getBoolean() : undefined;
    status.textContent = bindings ? bindings.length + " rows" : (answer !== undefined ? "answer: " + answer : "");
    status.setAttribute("data-rows", bindings ? String(bindings.length) : "0");
    relink(document.getElementById("yasgui"));
  }
  yasgui.on("queryBefore", function (instance, t) {
    status.textContent = "running…"; status.removeAttribute("data-rows");
    var yasr = t.getYasr();
    if (!yasr.ccmgraphHooked) { yasr.ccmgraphHooked = true; yasr.on("drawn", shown); }
    downloads(t.getQuery());
  });

  /* the named queries */
  var list = document.getElementById("query-list");
  var form = document.getElementById("param-form");
  var fields = document.getElementById("form-fields");
  var error = document.getElementById("form-error");
  var current = null;

  config.queries.forEach(function (q) {
    var item = document.createElement("li"), button = document.createElement("button");
    button.type = "button"; button.dataset.name = q.name;
    button.textContent = q.name;
    var summary = document.createElement("span"); summary.className = "summary"; summary.textContent = q.summary;
    button.appendChild(summary);
    button.addEventListener("click", function () { choose(q.name, {}); });
    item.appendChild(button); list.appendChild(item);
  });
  document.getElementById("filter").addEventListener("input", function (e) {
    var text = e.target.value.toLowerCase();
    list.querySelectorAll("li").forEach(function (li) { li.hidden = text && li.textContent.toLowerCase().indexOf(text) < 0; });
  });

  function choose(name, values) {
    current = config.queries.filter(function (q) { return q.name === name; })[0];
    if (!current) { return; }
    list.querySelectorAll("button").forEach(function (b) { b.classList.toggle("active", b.dataset.name === name); });
    document.getElementById("form-title").textContent = current.name;
    document.getElementById("form-summary").textContent = current.summary;
    fields.textContent = ""; error.textContent = "";
    current.params.forEach(function (p) {
      var label = document.createElement("label"), input;
      label.textContent = p.name + (p.required ? " *" : "") + " ";
      if (p.allowed.length) {
        input = document.createElement("select");
        [""].concat(p.allowed).forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = v || "(any)"; input.appendChild(o); });
      } else {
        input = document.createElement("input"); input.type = "text"; input.placeholder = p.kind;
      }
      input.name = p.name; input.required = p.required;
      input.value = values[p.name] || p.default || "";
      label.appendChild(input);
      var doc = document.createElement("span"); doc.className = "doc"; doc.textContent = p.doc; label.appendChild(doc);
      fields.appendChild(label);
    });
    form.hidden = false;
  }

  function runNamed() {
    var params = new URLSearchParams({ name: current.name });
    fields.querySelectorAll("input, select").forEach(function (i) { if (i.value) { params.set(i.name, i.value); } });
    error.textContent = "";
    return fetch("/api/bind?" + params.toString()).then(function (r) { return r.json(); }).then(function (data) {
      if (data.error) { error.textContent = data.error; return; }
      tab().setQuery(data.query);
      return tab().query();
    });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); runNamed(); });

  /* /?query=NAME&param=value&run=1 (links from entity pages) */
  var url = new URLSearchParams(location.search);
  if (url.get("query")) {
    var values = {};
    url.forEach(function (v, k) { if (k !== "query" && k !== "run") { values[k] = v; } });
    choose(url.get("query"), values);
    if (url.get("run") && current) { runNamed(); }
  }
  window.ccmgraphPage = { yasgui: yasgui, choose: choose, run: runNamed };
})();
