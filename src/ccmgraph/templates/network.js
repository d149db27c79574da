/* The network explorer: sigma.js draws the graph (WebGL), labels are placed so that none
   overlaps another (heaviest and found actors first), the panel beside it filters by convention, theme, kind of actor and year,
   plays the years, finds an actor and shows a clicked actor's links. */
"use strict";
(function () {
  var started = performance.now();
  function fail(error) {
    var box = document.createElement("div");
    box.id = "ccm-error"; box.textContent = "This network could not be drawn: " + (error && error.message || error);
    document.getElementById("graph").appendChild(box);
  }
  var data;
  try {
    data = JSON.parse(document.getElementById("ccm-data").textContent);
  } catch (error) { fail(error); return; }
  var L = window.ccmgraphLibs;
  var graph = new L.Graph();
  data.nodes.forEach(function (n) {
    graph.addNode(n.id, { label: n.label, x: n.x, y: 1 - n.y, size: Math.max(3, n.r * 0.7), color: n.color,
                          kind: n.kind, weight: n.weight });
  });
  data.edges.forEach(function (e, i) {
    graph.addEdgeWithKey("e" + i, e.source, e.target, { size: Math.max(0.5, e.width * 0.6), color: "#cbd5e0",
                                                        via: e.via, facets: e.facets, weight: e.weight });
  });

  var state = { convention: "", theme: "", kind: "", year: null, search: "", selected: null };
  function facetMatches(f) {
    return (!state.convention || f.convention === state.convention) && (!state.theme || f.theme === state.theme) &&
           (state.year === null || f.year === state.year);
  }
  var edgeFilter = function () { return state.convention || state.theme || state.year !== null; };
  function edgeShown(key) {
    var a = graph.getEdgeAttributes(key);
    if (state.kind && (graph.getNodeAttribute(graph.source(key), "kind") !== state.kind ||
                       graph.getNodeAttribute(graph.target(key), "kind") !== state.kind)) { return false; }
    return !edgeFilter() || a.facets.some(facetMatches);
  }
  var shownNodes = new Set(), shownEdges = new Set();
  function compute() {
    shownEdges = new Set(graph.filterEdges(function (key) { return edgeShown(key); }));
    shownNodes = new Set();
    graph.forEachNode(function (node, a) {
      if (state.kind && a.kind !== state.kind) { return; }
      if (!edgeFilter() || graph.edges(node).some(function (e) { return shownEdges.has(e); })) { shownNodes.add(node); }
    });
    document.getElementById("counts").textContent = shownNodes.size + " of " + graph.order + " actors, " +
      shownEdges.size + " of " + graph.size + " links shown";
  }
  function matches(node) {
    return state.search && graph.getNodeAttribute(node, "label").toLowerCase().indexOf(state.search) >= 0;
  }
  /* labels: greedily, most weighty (and searched or selected) first, each only where it overlaps
     no label already placed and no other actor's circle, recomputed whenever the camera moves */
  var labelled = new Set(), measure = document.createElement("canvas").getContext("2d");
  function placeLabels() {
    var size = renderer.getSetting("labelSize"), box = container.getBoundingClientRect(), kept = [];
    measure.font = renderer.getSetting("labelWeight") + " " + size + "px " + renderer.getSetting("labelFont");
    var order = Array.from(shownNodes).sort(function (a, b) {
      var fa = focused(a) ? 1 : 0, fb = focused(b) ? 1 : 0;
      return fb - fa || graph.getNodeAttribute(b, "weight") - graph.getNodeAttribute(a, "weight") || (a < b ? -1 : 1);
    });
    labelled = new Set();
    var circles = {};  /* a label covers no other actor's circle either */
    order.forEach(function (node) {
      var d = renderer.getNodeDisplayData(node);
      if (!d) { return; }
      var p = renderer.framedGraphToViewport(d), r = renderer.scaleSize(d.size);
      circles[node] = [p.x - r, p.y - r, p.x + r, p.y + r];
    });
    function clear(label, node) {
      var hit = function (k) { return label[0] < k[2] && k[0] < label[2] && label[1] < k[3] && k[1] < label[3]; };
      return !kept.some(hit) && !Object.keys(circles).some(function (other) { return other !== node && hit(circles[other]); });
    }
    order.forEach(function (node) {
      var d = renderer.getNodeDisplayData(node);
      if (!d || focused(node) === false) { return; }
      var p = renderer.framedGraphToViewport(d), r = renderer.scaleSize(d.size);
      var left = p.x + r + 3, label = [left, p.y - size / 2 - 1, left + measure.measureText(d.label || "").width, p.y + size / 2 + 1];
      if (label[2] < 0 || label[0] > box.width || label[3] < 0 || label[1] > box.height) { return; }
      if (!clear(label, node)) { return; }
      kept.push(label); labelled.add(node);
    });
  }
  function focused(node) {
    if (state.search) { return matches(node); }
    if (state.selected) { return node === state.selected || graph.areNeighbors(node, state.selected); }
    return null;
  }
  var container = document.getElementById("graph");
  var renderer = new L.Sigma(graph, container, {
    zIndex: true,
    nodeReducer: function (node, a) {
      var out = Object.assign({}, a);
      if (!shownNodes.has(node)) { out.hidden = true; return out; }
      var focus = focused(node);
      if (focus === false) { out.color = "#e2e8f0"; out.zIndex = 0; }
      if (focus === true) { out.highlighted = true; out.zIndex = 2; }
      if (labelled.has(node)) { out.forceLabel = true; } else { out.label = ""; }
      return out;
    },
    edgeReducer: function (edge, a) {
      var out = Object.assign({}, a);
      if (!shownEdges.has(edge)) { out.hidden = true; return out; }
      if (state.selected && graph.extremities(edge).indexOf(state.selected) >= 0) { out.color = "#4a5568"; }
      else if (state.selected || state.search) { out.color = "#edf2f7"; }
      return out;
    }
  });
  function relabel() { placeLabels(); renderer.refresh({ skipIndexation: true }); }
  function apply() { compute(); renderer.refresh(); relabel(); details(); }
  var pending = null;
  renderer.getCamera().on("updated", function () { clearTimeout(pending); pending = setTimeout(relabel, 60); });
  renderer.on("resize", function () { clearTimeout(pending); pending = setTimeout(relabel, 60); });

  /* the panel */
  document.getElementById("title").textContent = data.title;
  document.getElementById("subtitle").textContent = data.filters + " · size: " + data.node_weight + " · line: " + data.edge_weight;
  function options(id, values, labels) {
    var select = document.getElementById(id);
    values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = labels ? labels[v] : v; select.appendChild(o); });
    select.disabled = values.length === 0;
    select.addEventListener("change", function () { state[id.slice(2)] = select.value; apply(); });
  }
  var facets = [].concat.apply([], data.edges.map(function (e) { return e.facets; }));
  function distinct(key) { return Array.from(new Set(facets.map(function (f) { return f[key]; }).filter(function (v) { return v; }))).sort(); }
  options("f-convention", distinct("convention"));
  options("f-theme", distinct("theme"));
  var kinds = {}; data.legend.forEach(function (item) { kinds[item.kind] = item.label; });
  options("f-kind", data.legend.map(function (item) { return item.kind; }), kinds);
  data.legend.forEach(function (item) {
    var row = document.createElement("div");
    row.innerHTML = "<span class='dot'></span>"; row.firstChild.style.background = item.color;
    row.appendChild(document.createTextNode(item.label + " (" + item.count + ")"));
    document.getElementById("legend").appendChild(row);
  });
  var years = distinct("year").map(Number), slider = document.getElementById("year"), yearLabel = document.getElementById("year-label");
  var first = years.length ? Math.min.apply(null, years) : 0, last = years.length ? Math.max.apply(null, years) : 0;
  slider.min = String(first - 1); slider.max = String(last); slider.value = slider.min; slider.disabled = !years.length;
  document.getElementById("play").disabled = !years.length;
  function setYear(value) {
    slider.value = String(value);
    state.year = value < first ? null : value;
    yearLabel.textContent = state.year === null ? "all years" : String(state.year);
    apply();
  }
  slider.addEventListener("input", function () { setYear(Number(slider.value)); });
  var playing = null;
  document.getElementById("play").addEventListener("click", function () {
    if (playing) { clearInterval(playing); playing = null; this.textContent = "▶ play years"; return; }
    var button = this; button.textContent = "■ stop"; setYear(first);
    playing = setInterval(function () {
      if (state.year === null || state.year >= last) { clearInterval(playing); playing = null; button.textContent = "▶ play years"; setYear(first - 1); return; }
      setYear(state.year + 1);
    }, 1200);
  });
  function fit() { renderer.getCamera().animatedReset({ duration: 250 }); }
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("relayout").addEventListener("click", function () {
    L.forceAtlas2.assign(graph, { iterations: 150, settings: L.forceAtlas2.inferSettings(graph) });
    fit();
  });
  document.getElementById("search").addEventListener("input", function (e) { state.search = e.target.value.trim().toLowerCase(); state.selected = null; apply(); });
  renderer.on("clickNode", function (event) { state.selected = event.node; state.search = ""; apply(); });
  renderer.on("clickStage", function () { state.selected = null; apply(); });
  function details() {
    var box = document.getElementById("details");
    box.textContent = "";
    if (!state.selected) { return; }
    var a = graph.getNodeAttributes(state.selected), title = document.createElement("strong");
    title.textContent = a.label + " — " + (kinds[a.kind] || a.kind) + ", " + data.node_weight + ": " + a.weight;
    box.appendChild(title);
    var list = document.createElement("ul");
    graph.edges(state.selected).filter(function (e) { return shownEdges.has(e); }).forEach(function (e) {
      var item = document.createElement("li");
      item.textContent = graph.getNodeAttribute(graph.opposite(state.selected, e), "label") + ": " + graph.getEdgeAttribute(e, "via");
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  apply();
  requestAnimationFrame(function () { requestAnimationFrame(relabel); });  /* again once laid out on screen */
  var marker = document.createElement("div");
  marker.id = "ccm-drawn"; marker.hidden = true;
  marker.setAttribute("data-nodes", String(graph.order)); marker.setAttribute("data-edges", String(graph.size));
  marker.setAttribute("data-ms", (performance.now() - started).toFixed(1));
  document.body.appendChild(marker);
  window.ccmgraphNetwork = { graph: graph, renderer: renderer, state: state, apply: apply, setYear: setYear, fit: fit,
                             relabel: relabel, labelled: function () { return Array.from(labelled); },
                             shown: function () { return { nodes: Array.from(shownNodes), edges: Array.from(shownEdges) }; } };
})();
