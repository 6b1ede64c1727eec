/* actorgraph explorer: draws the graph in #ag-data with vis-network.
 * Every string in the data comes from article text: it is written with textContent only,
 * and a link is made only from an http(s) URL or a Wikidata QID. */
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("ag-data").textContent);
  const STYLE = DATA.style;
  const RELATIONS = ["attacks", "backs", "pressures"];
  const LARGE = DATA.edges.length > STYLE.largeGraph || DATA.actors.length > STYLE.largeGraph;
  const state = {
    types: new Set(Object.keys(STYLE.types)),
    kinds: new Set(Object.keys(STYLE.kinds)),
    modalities: new Set(Object.keys(STYLE.modalities).filter((m) => STYLE.modalities[m].on)),
    minStatements: 1, from: "", to: "", sizeBy: "degree", minConfidence: DATA.minConfidence || 0,
  };
  const api = { ready: false, data: DATA };
  window.actorgraph = api;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value; else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }

  function safeLink(url, text) {
    if (typeof url === "string" && /^https?:\/\//i.test(url)) {
      const a = el("a", { target: "_blank", rel: "noopener noreferrer nofollow" }, text);
      a.href = url;
      return a;
    }
    return null;
  }

  function typeStyle(type) { return STYLE.types[type] || STYLE.types.Actor; }

  // ---------- legend ----------
  const SVG = "http://www.w3.org/2000/svg";
  function svg(width, height, ...shapes) {
    const root = document.createElementNS(SVG, "svg");
    root.setAttribute("width", width); root.setAttribute("height", height);
    for (const [tag, attrs] of shapes) {
      const shape = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
      root.append(shape);
    }
    return root;
  }
  function polygon(n, r, rot, inner) {
    const pts = [];
    const steps = inner ? n * 2 : n;
    for (let i = 0; i < steps; i++) {
      const radius = inner && i % 2 ? inner : r;
      const angle = rot + (i * 2 * Math.PI) / steps;
      pts.push((9 + radius * Math.cos(angle)).toFixed(1) + "," + (9 + radius * Math.sin(angle)).toFixed(1));
    }
    return pts.join(" ");
  }
  function shapeIcon(shape, color) {
    const paint = { fill: color, stroke: "#333", "stroke-width": 0.8 };
    const shapes = {
      dot: ["circle", { cx: 9, cy: 9, r: 7 }], square: ["rect", { x: 2.5, y: 2.5, width: 13, height: 13 }],
      triangle: ["polygon", { points: polygon(3, 8, -Math.PI / 2) }],
      diamond: ["polygon", { points: polygon(4, 8, 0) }],
      hexagon: ["polygon", { points: polygon(6, 8, 0) }],
      star: ["polygon", { points: polygon(5, 8.5, -Math.PI / 2, 3.6) }],
    };
    const [tag, attrs] = shapes[shape] || shapes.dot;
    return svg(18, 18, [tag, Object.assign({}, attrs, paint)]);
  }
  function lineIcon(color, width, dashed) {
    const line = { x1: 2, y1: 9, x2: 30, y2: 9, stroke: color, "stroke-width": width };
    if (dashed) line["stroke-dasharray"] = "5,3";
    return svg(38, 18, ["line", line], ["polygon", { points: "30,4 37,9 30,14", fill: color }]);
  }
  function buildLegend() {
    const types = document.getElementById("legend-types");
    for (const [type, s] of Object.entries(STYLE.types)) {
      if (type === "Actor" && !DATA.actors.some((a) => a.type === "Actor")) continue;
      types.append(el("div", { class: "legend-row" }, shapeIcon(s.shape, s.color), s.label));
    }
    const kinds = document.getElementById("legend-kinds");
    for (const s of Object.values(STYLE.kinds)) {
      kinds.append(el("div", { class: "legend-row" }, lineIcon(s.color, s.light ? 1 : 2, false), s.label));
    }
    kinds.append(el("div", { class: "legend-row" }, lineIcon("#555", 2, true), "only alleged"));
    kinds.append(el("div", { class: "legend-row" }, lineIcon("#555", 6, false), "more statements"));
    sizeNote();
  }
  function sizeNote() {
    document.getElementById("legend-size").textContent = "Shape and colour: actor type. Size: number of " +
      (state.sizeBy === "degree" ? "edges" : "mentions in the articles") + ". Width: number of statements.";
  }

  // ---------- filters ----------
  function known(v) { return v !== null && v !== undefined; }
  function decimal(v) { return String(Math.round(v * 1000) / 1000); }
  // When a statement happened: its event's dates, else its own time, else its article's day.
  function statementSpan(s) {
    if (known(s.event)) { const e = DATA.events[s.event]; return [e.from, e.to]; }
    if (s.precision && s.precision !== "article" && s.to) return [s.from || "", s.to];
    const day = known(s.doc) ? DATA.documents[s.doc].day : null;
    return day ? [day, day] : null;
  }
  function statementShown(i) {
    const s = DATA.statements[i];
    if (s.modality && !state.modalities.has(s.modality)) return false;
    // a relation statement (it has a modality) below the confidence asked for; one without a confidence too
    if (s.modality && state.minConfidence > 0 && !(s.confidence >= state.minConfidence)) return false;
    const span = statementSpan(s);
    if (span && state.from && span[1] && span[1] < state.from) return false;
    if (span && state.to && span[0] && span[0].slice(0, state.to.length) > state.to) return false;
    return true;
  }
  function edgeLook(e) {
    const shown = e.st.filter(statementShown);
    const relation = RELATIONS.includes(e.kind);
    const visible = state.kinds.has(e.kind) && shown.length > 0 && state.types.has(DATA.actors[e.from].type) &&
      state.types.has(DATA.actors[e.to].type) && shown.length >= state.minStatements;
    const alleged = relation && shown.length > 0 && shown.every((i) => DATA.statements[i].modality === "alleged");
    const width = relation ? Math.min(1.5 + 1.5 * Math.log2(Math.max(shown.length, 1)), 9) : 1;
    return { hidden: !visible, dashes: alleged, width: width };
  }
  function nodeValue(a) { return state.sizeBy === "degree" ? a.degree : a.mentions; }
  // An actor is drawn when its type is shown and, once a confidence threshold is set, it has an edge drawn.
  function nodesHidden(edgeLooks) {
    const linked = new Uint8Array(DATA.actors.length);
    DATA.edges.forEach((e, j) => { if (!edgeLooks[j].hidden) { linked[e.from] = 1; linked[e.to] = 1; } });
    return DATA.actors.map((a, i) => !state.types.has(a.type) || (state.minConfidence > 0 && !linked[i]));
  }

  function nodeFor(a, i) {
    const s = typeStyle(a.type);
    const label = a.label.length > 40 ? a.label.slice(0, 39) + "…" : a.label;
    return {
      id: i, label: label, shape: s.shape, x: a.x, y: a.y, value: nodeValue(a), hidden: looks.nodes[i].hidden,
      color: { background: s.color, border: "#333", highlight: { background: s.color, border: "#000" } },
    };
  }
  function edgeFor(e, i) {
    const s = STYLE.kinds[e.kind];
    const look = looks.edges[i];
    const edge = {
      id: i, from: e.from, to: e.to, hidden: look.hidden, dashes: look.dashes, width: look.width,
      color: { color: s.color, highlight: s.color, opacity: s.light ? 0.7 : 1 },
      arrows: { to: { enabled: true, scaleFactor: s.light ? 0.35 : 0.6 } },
    };
    if (!LARGE) edge.smooth = { enabled: s.roundness > 0, type: "curvedCW", roundness: s.roundness };
    return edge;
  }

  let nodes, edges, network;
  const looks = { nodes: [], edges: [] };

  function applyFilters() {
    if (!network) return;
    const nodeChanges = [], edgeChanges = [];
    const edgeLooks = DATA.edges.map(edgeLook);
    const hiddenNodes = nodesHidden(edgeLooks);
    DATA.actors.forEach((a, i) => {
      const hidden = hiddenNodes[i];
      const value = nodeValue(a);
      const old = looks.nodes[i];
      if (!old || old.hidden !== hidden || old.value !== value) {
        looks.nodes[i] = { hidden, value };
        nodeChanges.push({ id: i, hidden, value });
      }
    });
    DATA.edges.forEach((e, i) => {
      const look = edgeLooks[i];
      const old = looks.edges[i];
      if (!old || old.hidden !== look.hidden || old.dashes !== look.dashes || old.width !== look.width) {
        looks.edges[i] = look;
        edgeChanges.push(Object.assign({ id: i }, look));
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    showCounts();
  }
  function showCounts() {
    const n = looks.nodes.filter((l) => !l.hidden).length;
    const m = looks.edges.filter((l) => !l.hidden).length;
    document.getElementById("counts").textContent =
      `showing ${n} of ${DATA.actors.length} actors, ${m} of ${DATA.edges.length} edges`;
  }

  function checkbox(container, key, label, checked, onChange) {
    const box = el("input", { type: "checkbox", "data-key": key });
    box.checked = checked;
    box.addEventListener("change", () => { onChange(box.checked); applyFilters(); });
    container.append(el("label", null, box, label));
  }
  function toggler(set, key) { return (on) => { if (on) set.add(key); else set.delete(key); }; }

  function buildControls() {
    const present = new Set(DATA.actors.map((a) => a.type));
    const types = document.getElementById("filter-types");
    for (const [type, s] of Object.entries(STYLE.types)) {
      if (present.has(type)) checkbox(types, type, s.label, true, toggler(state.types, type));
    }
    const kinds = document.getElementById("filter-kinds");
    for (const [kind, s] of Object.entries(STYLE.kinds)) checkbox(kinds, kind, s.label, true, toggler(state.kinds, kind));
    const modalities = document.getElementById("filter-modalities");
    for (const [m, s] of Object.entries(STYLE.modalities)) {
      checkbox(modalities, m, s.label, state.modalities.has(m), toggler(state.modalities, m));
    }
    const min = document.getElementById("min-statements");
    const most = Math.max(1, ...DATA.edges.map((e) => e.st.length));
    min.max = String(most);
    min.addEventListener("input", () => { state.minStatements = Math.max(1, parseInt(min.value, 10) || 1); applyFilters(); });
    if (DATA.statements.some((s) => typeof s.confidence === "number")) {
      document.getElementById("confidence").hidden = false;
      const slider = document.getElementById("min-confidence");
      const shown = document.getElementById("min-confidence-value");
      slider.min = String(state.minConfidence);  // what the page was written with: the statements below are not in it
      slider.value = String(state.minConfidence);
      shown.textContent = decimal(state.minConfidence);
      slider.addEventListener("input", () => {
        state.minConfidence = parseFloat(slider.value) || 0;
        shown.textContent = decimal(state.minConfidence);
        applyFilters();
      });
    }
    const days = DATA.documents.map((d) => d.day).concat(DATA.events.flatMap((e) => [e.from, e.to]))
      .filter((d) => d && d.length === 10).sort();
    if (days.length) {
      document.getElementById("dates").hidden = false;
      for (const [id, key] of [["date-from", "from"], ["date-to", "to"]]) {
        const input = document.getElementById(id);
        input.min = days[0].length === 10 ? days[0] : ""; input.max = days[days.length - 1].length === 10 ? days[days.length - 1] : "";
        input.addEventListener("change", () => { state[key] = input.value; applyFilters(); });
      }
    }
    const size = document.getElementById("size-by");
    size.addEventListener("change", () => { state.sizeBy = size.value; sizeNote(); applyFilters(); });
    document.getElementById("physics").addEventListener("change", (ev) => {
      if (network) network.setOptions({ physics: { enabled: ev.target.checked } });
    });
    const names = document.getElementById("actor-names");
    const seen = new Set();
    for (const a of DATA.actors) {
      if (!seen.has(a.label)) { seen.add(a.label); names.append(el("option", { value: a.label })); }
    }
    document.getElementById("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      search(document.getElementById("search").value);
    });
  }

  // ---------- search ----------
  function findActor(query) {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return -1;
    const tests = [
      (a) => a.label.toLocaleLowerCase() === q,
      (a) => a.names.some((n) => n.toLocaleLowerCase() === q),
      (a) => a.label.toLocaleLowerCase().startsWith(q),
      (a) => a.label.toLocaleLowerCase().includes(q) || a.names.some((n) => n.toLocaleLowerCase().includes(q)),
    ];
    for (const test of tests) {
      let best = -1;
      DATA.actors.forEach((a, i) => { if (test(a) && (best < 0 || a.degree > DATA.actors[best].degree)) best = i; });
      if (best >= 0) return best;
    }
    return -1;
  }
  function search(query) {
    const status = document.getElementById("search-status");
    const i = findActor(query);
    if (i < 0 || !network) { status.textContent = query.trim() ? `no actor matches "${query.trim()}"` : ""; return -1; }
    const a = DATA.actors[i];
    if (!state.types.has(a.type)) {
      state.types.add(a.type);
      const box = document.querySelector(`#filter-types input[data-key="${a.type}"]`);
      if (box) box.checked = true;
      applyFilters();
    }
    status.textContent = "";
    focusActor(i);
    return i;
  }
  function focusActor(i) {
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showActor(i);
  }

  // ---------- details ----------
  function actorButton(i) {
    const b = el("button", { class: "link", type: "button" }, DATA.actors[i].label);
    b.addEventListener("click", () => focusActor(i));
    return b;
  }
  function edgeButton(j, text) {
    const b = el("button", { class: "link", type: "button" }, text);
    b.addEventListener("click", () => { network.selectEdges([j]); showEdge(j); });
    return b;
  }
  function showActor(i) {
    const a = DATA.actors[i];
    const info = document.getElementById("info");
    const rows = [el("h2", null, a.label), el("p", null, el("strong", null, "Type: "), typeStyle(a.type).label)];
    if (a.names.length) rows.push(el("p", null, el("strong", null, "Other names: "), a.names.join(", ")));
    if (a.qid && /^Q\d+$/.test(a.qid)) {
      rows.push(el("p", null, el("strong", null, "Wikidata: "), safeLink("https://www.wikidata.org/wiki/" + a.qid, a.qid)));
    }
    rows.push(el("p", null, `${a.mentions} mentions, ${a.degree} edges`));
    const groups = new Map();
    DATA.edges.forEach((e, j) => {
      if (e.from !== i && e.to !== i) return;
      const s = STYLE.kinds[e.kind];
      const heading = e.from === i ? s.label : s.inverse;
      const other = e.from === i ? e.to : e.from;
      if (!groups.has(heading)) groups.set(heading, []);
      const shown = !looks.edges[j].hidden;
      const count = e.st.filter(statementShown).length;
      groups.get(heading).push(el("li", shown ? null : { class: "filtered", title: "hidden by the filters" },
        edgeButton(j, DATA.actors[other].label), ` (${count === e.st.length ? "" : count + " of "}` +
        `${e.st.length} statement${e.st.length === 1 ? "" : "s"})`));
    });
    if (!groups.size) rows.push(el("p", { class: "note" }, "No relations."));
    for (const [heading, items] of groups) rows.push(el("h3", null, heading), el("ul", null, ...items));
    info.replaceChildren(...rows);
  }
  function statementView(i) {
    const s = DATA.statements[i];
    const box = el("div", { class: "statement" + (statementShown(i) ? "" : " filtered") });
    if (s.modality) box.append(el("span", { class: "badge " + s.modality }, s.modality), " ");
    if (typeof s.confidence === "number") box.append(el("span", { class: "confidence" }, "confidence " + decimal(s.confidence)), " ");
    if (s.role) box.append(el("span", null, "role: " + s.role));
    if (s.quote) box.append(el("blockquote", null, "“" + s.quote + "”"));
    if (s.sentence) box.append(el("blockquote", null, s.sentence));
    else box.append(el("p", { class: "note" }, "No evidence sentence recorded."));
    if (s.when) box.append(el("div", { class: "when" }, `when: ${s.when} (${s.from ? s.from + " to " : "to "}${s.to}, ${s.precision})`));
    if (s.doc !== null && s.doc !== undefined) {
      const d = DATA.documents[s.doc];
      const source = el("div", { class: "source" }, d.title);
      if (d.date) source.append(" — " + d.date);
      const link = safeLink(d.url, "open article");
      if (link) source.append(" — ", link);
      box.append(source);
    }
    return box;
  }
  function showEdge(j) {
    const e = DATA.edges[j];
    const s = STYLE.kinds[e.kind];
    const title = el("h2", null, actorButton(e.from), " " + s.label + " ", actorButton(e.to));
    const count = el("p", null, `${e.st.length} statement${e.st.length === 1 ? "" : "s"}` +
      (e.st.some((i) => !statementShown(i)) ? " (greyed ones are hidden by the filters)" : ""));
    const byEvent = new Map(), loose = [];
    for (const i of e.st) {
      const k = DATA.statements[i].event;
      if (known(k)) { if (!byEvent.has(k)) byEvent.set(k, []); byEvent.get(k).push(i); } else loose.push(i);
    }
    const order = [...byEvent.keys()].sort((a, b) => (DATA.events[a].from + DATA.events[a].to)
      .localeCompare(DATA.events[b].from + DATA.events[b].to));
    const parts = [];
    if (order.length) parts.push(el("p", null, `${order.length} event${order.length === 1 ? "" : "s"}, each with its reports:`));
    for (const k of order) parts.push(eventView(k, byEvent.get(k)));
    if (order.length && loose.length) parts.push(el("h3", null, "Statements of no event (durative, undated or not holding)"));
    document.getElementById("info").replaceChildren(title, count, ...parts, ...loose.map(statementView));
  }
  function eventView(k, members) {
    const e = DATA.events[k];
    const box = el("section", { class: "event" });
    box.append(el("h3", null, `${e.date}${e.place ? " — " + e.place : ""}`),
      el("p", { class: "note" }, `dated to the ${e.precision}; ${e.reports} report${e.reports === 1 ? "" : "s"} in all`));
    for (const i of members) box.append(statementView(i));
    return box;
  }

  // ---------- start ----------
  function start() {
    buildLegend();
    buildControls();
    if (!DATA.actors.length) {
      document.getElementById("counts").textContent = "no actors";
      api.ready = true;
      document.body.dataset.ready = "true";
      return;
    }
    DATA.edges.forEach((e, j) => { looks.edges[j] = edgeLook(e); });
    const hiddenNodes = nodesHidden(looks.edges);
    DATA.actors.forEach((a, i) => { looks.nodes[i] = { hidden: hiddenNodes[i], value: nodeValue(a) }; });
    nodes = new vis.DataSet(DATA.actors.map(nodeFor));
    edges = new vis.DataSet(DATA.edges.map(edgeFor));
    network = new vis.Network(document.getElementById("graph"), { nodes, edges }, {
      physics: { enabled: false, solver: "barnesHut", stabilization: false,
                 barnesHut: { gravitationalConstant: -4000, springLength: 120, avoidOverlap: 0.2 } },
      layout: { improvedLayout: false },
      nodes: { scaling: { min: 8, max: 36, label: { enabled: false } }, font: { size: 14, strokeWidth: 3, strokeColor: "#fff" } },
      edges: { smooth: LARGE ? false : { type: "curvedCW", roundness: 0.15 }, selectionWidth: 2 },
      interaction: { hover: false, tooltipDelay: 1e9, hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE, multiselect: false },
    });
    network.on("click", (params) => {
      if (params.nodes.length) showActor(params.nodes[0]);
      else if (params.edges.length) showEdge(params.edges[0]);
    });
    network.once("afterDrawing", () => {
      Object.assign(api, { ready: true, readyAt: performance.now() });
      document.body.dataset.ready = "true";
    });
    showCounts();
    Object.assign(api, {
      network, nodes, edges, search, showEdge, showActor, statementShown,
      drawnCounts: () => ({ nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length }),
    });
  }
  start();
})();
