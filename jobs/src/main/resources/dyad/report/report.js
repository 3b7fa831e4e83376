// dyad report: draws the data embedded by `dyad report` with plain SVG, no library, so the page
// needs nothing but a browser. Layout is seeded, so the same output gives the same picture.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("dyad-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"];
  var DIRECTION_COLOURS = ["#b5542a", "#2a6fb5"];

  function el(tag, attrs, parent) {
    var e = tag.indexOf("svg:") === 0 ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    if (parent) parent.appendChild(e);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function fmt(x, digits) { return x === null || x === undefined ? "–" : Number(x).toFixed(digits === undefined ? 3 : digits); }
  function name(id) { return (DATA.names && DATA.names[id]) || id; }
  function option(select, value, label) { el("option", {value: value, text: label}, select); }

  // Seeded random numbers (mulberry32): the layout is the same on every load.
  function random(seed) {
    return function () {
      seed |= 0; seed = seed + 0x6D2B79F5 | 0;
      var t = Math.imul(seed ^ seed >>> 15, 1 | seed);
      t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }

  var tooltip = document.getElementById("tooltip");
  function showTip(evt, html) {
    tooltip.innerHTML = html; tooltip.hidden = false;
    tooltip.style.left = (evt.clientX + 12) + "px"; tooltip.style.top = (evt.clientY + 12) + "px";
  }
  function hideTip() { tooltip.hidden = true; }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c];
    });
  }

  // ---- header and row counts ----
  function header() {
    var m = DATA.manifest || {};
    var input = m.input && m.input.path ? m.input.path : "?";
    document.getElementById("run-info").textContent = "dyad " + (m.dyad_version || "?") + " · " + (m.command || "run")
      + " of " + input + " · finished " + (m.finished_at || "?").slice(0, 19).replace("T", " ") + " UTC";
    var body = document.querySelector("#row-counts tbody");
    Object.keys(m.tables || {}).forEach(function (t) {
      var tr = el("tr", {}, body);
      el("td", {text: t}, tr);
      el("td", {"class": "n", text: String(m.tables[t].rows)}, tr);
    });
    var counts = m.counts || {};
    var inBody = document.querySelector("#input-counts tbody");
    ["records", "articles", "duplicates", "rejects", "undated_articles"].forEach(function (k) {
      if (counts[k] === undefined) return;
      var tr = el("tr", {}, inBody);
      el("td", {text: k.replace("_", " ")}, tr);
      el("td", {"class": "n", text: String(counts[k])}, tr);
    });
  }

  // ---- network ----
  function layout(nodes, edges, width, height) {
    var rnd = random(20210419), n = nodes.length, index = {};
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      var a = 2 * Math.PI * i / Math.max(1, n), r = Math.min(width, height) * 0.35;
      d.x = width / 2 + r * Math.cos(a) + rnd() * 10; d.y = height / 2 + r * Math.sin(a) + rnd() * 10;
    });
    var links = edges.map(function (e) { return {s: index[e.a], t: index[e.b], w: Math.log(1 + e.articles)}; })
      .filter(function (l) { return l.s !== undefined && l.t !== undefined; });
    var maxW = Math.max.apply(null, links.map(function (l) { return l.w; }).concat([1]));
    // Fruchterman-Reingold: repulsion k²/d between all nodes, attraction d²/k along edges (stronger
    // for pairs named in more articles), a pull to the centre, and a cooling step size.
    var k = Math.sqrt(width * height / Math.max(1, n)) * 0.45;
    for (var it = 0; it < 400; it++) {
      var temp = (1 - it / 400) * width * 0.04 + 0.2;
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y, d2 = x * x + y * y + 0.01, f = k * k / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l.s], b = nodes[l.t], x = a.x - b.x, y = a.y - b.y, d = Math.sqrt(x * x + y * y) + 0.01;
        var f = d * d / k * (0.03 + 0.12 * l.w / maxW);
        dx[l.s] -= x / d * f; dy[l.s] -= y / d * f; dx[l.t] += x / d * f; dy[l.t] += y / d * f;
      });
      for (i = 0; i < n; i++) {
        dx[i] += (width / 2 - nodes[i].x) * 0.03; dy[i] += (height / 2 - nodes[i].y) * 0.03;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9, step = Math.min(len, temp);
        nodes[i].x = Math.max(30, Math.min(width - 30, nodes[i].x + dx[i] / len * step));
        nodes[i].y = Math.max(20, Math.min(height - 20, nodes[i].y + dy[i] / len * step));
      }
    }
    return index;
  }

  function drawNetwork(level) {
    var svg = document.getElementById("network"), legend = document.getElementById("network-legend");
    clear(svg); clear(legend);
    var net = DATA.networks[level] || {nodes: [], edges: []};
    var nodes = net.nodes.map(function (d) { return Object.assign({}, d); });
    if (!nodes.length) {
      el("svg:text", {x: 20, y: 40, "class": "empty", text: "No edges at this level."}, svg);
      return;
    }
    var width = 960, height = 620, index = layout(nodes, net.edges, width, height);
    var communities = [];
    nodes.forEach(function (d) { if (communities.indexOf(d.community) < 0) communities.push(d.community); });
    function colour(c) { return PALETTE[communities.indexOf(c) % PALETTE.length]; }
    var maxPr = Math.max.apply(null, nodes.map(function (d) { return d.pagerank; }));
    var maxArticles = Math.max.apply(null, net.edges.map(function (e) { return e.articles; }).concat([1]));
    var edgeGroup = el("svg:g", {}, svg), nodeGroup = el("svg:g", {}, svg), labelGroup = el("svg:g", {}, svg);
    var lines = net.edges.map(function (e) {
      var a = nodes[index[e.a]], b = nodes[index[e.b]], npmi = e.npmi === null ? 0 : e.npmi;
      var shade = Math.round(200 - 170 * Math.max(0, Math.min(1, npmi)));
      var line = el("svg:line", {"class": "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        stroke: "rgb(" + shade + "," + shade + "," + Math.min(255, shade + 30) + ")",
        "stroke-width": (0.5 + 5 * Math.sqrt(e.articles / maxArticles)).toFixed(2), "stroke-opacity": 0.7}, edgeGroup);
      line.addEventListener("mousemove", function (evt) {
        showTip(evt, escapeHtml(name(e.a) + " – " + name(e.b)) + "<br>articles " + e.articles + " · sentences "
          + e.sentences + " · NPMI " + fmt(e.npmi));
      });
      line.addEventListener("mouseleave", hideTip);
      return {line: line, a: a, b: b};
    });
    var labels = [];
    nodes.forEach(function (d, i) {
      d.r = 4 + 22 * Math.sqrt(d.pagerank / maxPr);
      var c = el("svg:circle", {"class": "node", cx: d.x, cy: d.y, r: d.r.toFixed(2), fill: colour(d.community),
        "data-id": d.id}, nodeGroup);
      var label = i < 30 ? el("svg:text", {"class": "label", x: d.x + d.r + 2, y: d.y + 4, text: d.name || d.id}, labelGroup) : null;
      labels.push(label);
      c.addEventListener("mousemove", function (evt) {
        showTip(evt, "<b>" + escapeHtml(d.name || d.id) + "</b> (" + escapeHtml(d.id) + ")<br>PageRank " + fmt(d.pagerank)
          + " · degree " + d.degree + "<br>mentions " + d.mentions + " · articles " + d.articles
          + "<br>community " + escapeHtml(name(d.community)));
      });
      c.addEventListener("mouseleave", hideTip);
      c.addEventListener("mousedown", function (down) {
        down.preventDefault();
        var pt = svg.createSVGPoint();
        function move(evt) {
          pt.x = evt.clientX; pt.y = evt.clientY;
          var p = pt.matrixTransform(svg.getScreenCTM().inverse());
          d.x = p.x; d.y = p.y;
          c.setAttribute("cx", d.x); c.setAttribute("cy", d.y);
          if (label) { label.setAttribute("x", d.x + d.r + 2); label.setAttribute("y", d.y + 4); }
          lines.forEach(function (l) {
            if (l.a === d) { l.line.setAttribute("x1", d.x); l.line.setAttribute("y1", d.y); }
            if (l.b === d) { l.line.setAttribute("x2", d.x); l.line.setAttribute("y2", d.y); }
          });
        }
        function up() { window.removeEventListener("mousemove", move); window.removeEventListener("mouseup", up); }
        window.addEventListener("mousemove", move); window.addEventListener("mouseup", up);
      });
    });
    communities.slice(0, 15).forEach(function (c) {
      var row = el("div", {}, legend);
      el("span", {"class": "swatch", style: "background:" + colour(c)}, row);
      row.appendChild(document.createTextNode(name(c)));
    });
  }

  // ---- small charts ----
  function axes(svg, w, h, m, periods, yMin, yMax, yTicks) {
    var x = function (i) { return m.l + (periods.length <= 1 ? (w - m.l - m.r) / 2 : i * (w - m.l - m.r) / (periods.length - 1)); };
    var y = function (v) { return h - m.b - (v - yMin) / (yMax - yMin || 1) * (h - m.t - m.b); };
    el("svg:line", {"class": "axis", x1: m.l, y1: h - m.b, x2: w - m.r, y2: h - m.b}, svg);
    el("svg:line", {"class": "axis", x1: m.l, y1: m.t, x2: m.l, y2: h - m.b}, svg);
    yTicks.forEach(function (v) { el("svg:text", {x: m.l - 4, y: y(v) + 4, "text-anchor": "end", text: String(v)}, svg); });
    var every = Math.max(1, Math.ceil(periods.length / 6));
    periods.forEach(function (p, i) {
      // the outermost labels are anchored inwards so that they are not cut at the edges
      var anchor = periods.length > 1 && i === 0 ? "start" : periods.length > 1 && i === periods.length - 1 ? "end" : "middle";
      if (i % every === 0 || i === periods.length - 1) el("svg:text", {x: x(i), y: h - m.b + 14, "text-anchor": anchor, text: p}, svg);
    });
    return {x: x, y: y};
  }

  function drawMentions(pair) {
    var svg = document.getElementById("pair-mentions"); clear(svg);
    var rows = pair.mentions;
    if (!rows.length) { el("svg:text", {x: 20, y: 40, "class": "empty", text: "No dated articles for this pair."}, svg); return; }
    var periods = rows.map(function (r) { return r.period; });
    var max = Math.max.apply(null, rows.map(function (r) { return r.articles; }));
    var m = {l: 36, r: 16, t: 12, b: 24}, w = 460, h = 220;
    var s = axes(svg, w, h, m, periods, 0, max, [0, max]);
    var bw = Math.max(2, Math.min(30, (w - m.l - m.r) / periods.length * 0.7));
    rows.forEach(function (r, i) {
      var rect = el("svg:rect", {"class": "bar", x: s.x(i) - bw / 2, y: s.y(r.articles), width: bw,
        height: Math.max(0.5, s.y(0) - s.y(r.articles))}, svg);
      rect.addEventListener("mousemove", function (evt) {
        showTip(evt, r.period + ": " + r.articles + " articles, " + r.sentences + " sentences");
      });
      rect.addEventListener("mouseleave", hideTip);
    });
  }

  function drawSentiment(pair) {
    var svg = document.getElementById("pair-sentiment"), legend = document.getElementById("pair-sentiment-legend");
    clear(svg); clear(legend);
    var dated = pair.sentiment.filter(function (r) { return r.period !== "all"; });
    var directions = [[pair.a, pair.b], [pair.b, pair.a]];
    if (!dated.length) {
      el("svg:text", {x: 20, y: 40, "class": "empty", text: "No dated directed records for this pair."}, svg);
    } else {
      var periods = dated.map(function (r) { return r.period; })
        .filter(function (p, i, a) { return a.indexOf(p) === i; }).sort();
      var m = {l: 36, r: 16, t: 12, b: 24}, w = 460, h = 220;
      var s = axes(svg, w, h, m, periods, -1, 1, [-1, 0, 1]);
      el("svg:line", {"class": "zero", x1: m.l, y1: s.y(0), x2: w - m.r, y2: s.y(0)}, svg);
      directions.forEach(function (dir, di) {
        var rows = dated.filter(function (r) { return r.source === dir[0] && r.target === dir[1]; });
        if (!rows.length) return;
        var colour = DIRECTION_COLOURS[di];
        var withCi = rows.filter(function (r) { return r.low !== null && r.high !== null; });
        if (withCi.length) {
          var upper = withCi.map(function (r) { return s.x(periods.indexOf(r.period)) + "," + s.y(Math.min(1, r.high)); });
          var lower = withCi.slice().reverse().map(function (r) { return s.x(periods.indexOf(r.period)) + "," + s.y(Math.max(-1, r.low)); });
          var band = "M" + upper.join("L") + "L" + lower.join("L") + "Z";
          if (withCi.length === 1) {
            var r0 = withCi[0], x0 = s.x(periods.indexOf(r0.period));
            band = "M" + (x0 - 4) + "," + s.y(Math.min(1, r0.high)) + "H" + (x0 + 4) + "V" + s.y(Math.max(-1, r0.low)) + "H" + (x0 - 4) + "Z";
          }
          el("svg:path", {"class": "ci-band", d: band, fill: colour}, svg);
        }
        var pts = rows.map(function (r) { return s.x(periods.indexOf(r.period)) + "," + s.y(r.mean); });
        el("svg:path", {"class": "line", d: "M" + pts.join("L"), stroke: colour}, svg);
        rows.forEach(function (r) {
          var dot = el("svg:circle", {cx: s.x(periods.indexOf(r.period)), cy: s.y(r.mean), r: 3.5, fill: colour}, svg);
          dot.addEventListener("mousemove", function (evt) {
            showTip(evt, escapeHtml(name(r.source) + " → " + name(r.target)) + " " + r.period + "<br>mean " + fmt(r.mean)
              + " [" + fmt(r.low) + ", " + fmt(r.high) + "] · " + r.records + " records"
              + (r.cooperation === null ? "" : "<br>cooperation " + fmt(r.cooperation, 1)));
          });
          dot.addEventListener("mouseleave", hideTip);
        });
      });
    }
    directions.forEach(function (dir, di) {
      var all = pair.sentiment.filter(function (r) { return r.period === "all" && r.source === dir[0] && r.target === dir[1]; })[0];
      var row = el("div", {}, legend);
      el("span", {"class": "swatch", style: "background:" + DIRECTION_COLOURS[di]}, row);
      row.appendChild(document.createTextNode(name(dir[0]) + " → " + name(dir[1]) + ": "
        + (all ? "mean " + fmt(all.mean) + " [" + fmt(all.low) + ", " + fmt(all.high) + "], " + all.records + " records, all time"
          : "no records")));
    });
  }

  function drawEvents(pair) {
    var box = document.getElementById("pair-events");
    clear(box);
    var rows = pair.events || [];
    if (!rows.length) { el("p", {"class": "empty", text: "No coded events between them."}, box); return; }
    var table = el("table", {}, box), head = el("tr", {}, el("thead", {}, table));
    ["direction", "period", "events", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "Goldstein", "95% CI"]
      .forEach(function (h) { el("th", {text: h}, head); });
    var body = el("tbody", {}, table);
    rows.forEach(function (r) {
      var tr = el("tr", {}, body);
      el("td", {text: name(r.source) + " → " + name(r.target)}, tr);
      el("td", {text: r.period}, tr);
      [r.events, r.vc, r.mc, r.vk, r.mk].forEach(function (v) { el("td", {"class": "n", text: String(v)}, tr); });
      el("td", {"class": "n " + (r.goldstein > 0 ? "pos" : r.goldstein < 0 ? "neg" : ""), text: fmt(r.goldstein, 1)}, tr);
      el("td", {"class": "n", text: r.low === null ? "" : "[" + fmt(r.low, 1) + ", " + fmt(r.high, 1) + "]"}, tr);
    });
  }

  function topicLabel(id) {
    var t = (DATA.topics.topics || []).filter(function (x) { return x.id === id; })[0];
    return t ? t.terms.slice(0, 6).join(" · ") : "topic " + id;
  }

  function drawPair(pair) {
    document.getElementById("pair-summary").textContent = pair
      ? pair.label + ": named together in " + pair.articles + " articles, " + pair.sentences + " sentences; NPMI "
        + fmt(pair.npmi) + " (article scope, all time)" : "No pairs at this level.";
    var topics = document.getElementById("pair-topics"), examples = document.getElementById("pair-examples");
    clear(topics); clear(examples);
    if (!pair) {
      clear(document.getElementById("pair-mentions")); clear(document.getElementById("pair-sentiment"));
      clear(document.getElementById("pair-events")); return;
    }
    drawMentions(pair);
    drawSentiment(pair);
    drawEvents(pair);
    if (!pair.topics.length) el("p", {"class": "empty", text: "No topics for this pair."}, topics);
    pair.topics.forEach(function (t) {
      var div = el("div", {"class": "pair-topic"}, topics);
      div.textContent = (100 * t.weight).toFixed(0) + "% · " + topicLabel(t.topic);
    });
    if (!pair.examples.length) el("li", {"class": "empty", text: "No sentence where one speaks of the other."}, examples);
    pair.examples.forEach(function (e) {
      var li = el("li", {}, examples);
      el("span", {"class": "dir", text: name(e.source) + " → " + name(e.target) + " "}, li);
      el("span", {"class": e.score > 0.05 ? "pos" : e.score < -0.05 ? "neg" : "", text: "(" + fmt(e.score, 2) + ", " + e.cue + ") "}, li);
      li.appendChild(document.createTextNode(e.text));
      el("span", {"class": "hint", text: " — " + e.article}, li);
    });
  }

  function pairs() {
    var levelSelect = document.getElementById("pair-level"), pairSelect = document.getElementById("pair-select");
    Object.keys(DATA.pairs).forEach(function (l) { option(levelSelect, l, l); });
    function fill() {
      clear(pairSelect);
      var list = DATA.pairs[levelSelect.value] || [];
      list.forEach(function (p, i) { option(pairSelect, String(i), p.label + " (" + p.articles + ")"); });
      drawPair(list[0]);
    }
    levelSelect.addEventListener("change", fill);
    pairSelect.addEventListener("change", function () { drawPair(DATA.pairs[levelSelect.value][+pairSelect.value]); });
    fill();
  }

  // ---- topics ----
  function topics() {
    var box = document.getElementById("topic-cards"), periods = DATA.topics.periods || [];
    var list = DATA.topics.topics || [];
    if (!list.length) el("p", {"class": "empty", text: "No topics in this run (see topics.skipped in the manifest)."}, box);
    list.forEach(function (t) {
      var card = el("div", {"class": "topic-card", "data-topic": t.id}, box);
      el("h4", {text: "#" + t.id + " " + t.label}, card);
      el("div", {"class": "hint", text: "NPMI " + fmt(t.npmi, 2) + " · share " + (100 * t.share).toFixed(1) + "% · main topic of "
        + t.size + " articles"}, card);
      var maxW = t.weights.length ? t.weights[0] : 1;
      t.terms.forEach(function (term, i) {
        var row = el("div", {"class": "term"}, card);
        el("i", {style: "width:" + (80 * t.weights[i] / maxW).toFixed(0) + "px"}, row);
        row.appendChild(document.createTextNode(term));
      });
      if (periods.length > 1) {
        var svg = el("svg:svg", {"class": "trend", viewBox: "0 0 240 50", width: 240, height: 50}, card);
        el("div", {"class": "hint", text: "share by period, " + periods[0] + " … " + periods[periods.length - 1]}, card);
        var max = Math.max.apply(null, t.trend.concat([1e-9]));
        var pts = t.trend.map(function (v, i) { return (5 + i * 230 / (periods.length - 1)) + "," + (45 - 40 * v / max); });
        el("svg:path", {"class": "line", d: "M" + pts.join("L"), stroke: "#5b8db8"}, svg);
      }
      if (t.titles && t.titles.length) el("div", {"class": "hint", text: "e.g. " + t.titles.filter(Boolean).slice(0, 2).join("; ")}, card);
    });
  }

  function network() {
    var select = document.getElementById("network-level");
    Object.keys(DATA.networks).forEach(function (l) { option(select, l, l); });
    select.addEventListener("change", function () { drawNetwork(select.value); });
    drawNetwork(select.value);
  }

  header();
  network();
  pairs();
  topics();
  document.body.setAttribute("data-rendered", "true");
})();
