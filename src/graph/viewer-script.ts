/**
 * The HTML viewer's script, inlined into every page `renderHtml` writes (no network at view
 * time). It reads the page's JSON data and draws the current view into one SVG:
 *
 * - pan (drag), zoom (wheel, + and − buttons, at the pointer), fit (button, and on every tab);
 * - tabs for the main flow and each event flow; search by name (every view; Enter or ↓ goes to
 *   the next match, switching tab); click an activity for its settings, links and notes;
 * - large flows stay usable through viewport culling (a uniform grid finds what is on screen;
 *   only that is in the DOM) and level of detail (below 35% zoom a box is one rectangle and text
 *   is not drawn, since it could not be read anyway). Small views are drawn whole once.
 *
 * `window.flowgenViewer` exposes what the browser tests drive: the view list, showView, fit,
 * zoomTo, select and search. Plain ES2020, no template literals (this text is a TS raw string).
 */
export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('flow-data').textContent);
  var svg = document.getElementById('canvas');
  var world = document.getElementById('world');
  var linkLayer = document.getElementById('links');
  var nodeLayer = document.getElementById('nodes');
  var panel = document.getElementById('details');
  var searchBox = document.getElementById('search');
  var searchInfo = document.getElementById('search-info');
  var FAR = 0.35, CELL = 600, WHOLE = 400;
  var state = { view: 0, k: 1, tx: 0, ty: 0, selected: -1, matches: [], match: -1 };
  var drawn = { nodes: new Map(), links: new Map(), far: null };
  var grids = [];
  var frame = 0;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function gridOf(v) {
    if (grids[v]) return grids[v];
    var view = data.views[v], cells = new Map();
    function add(kind, i, x0, y0, x1, y1) {
      for (var cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
        for (var cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
          var key = cx + ',' + cy, cell = cells.get(key);
          if (!cell) cells.set(key, (cell = { n: [], l: [] }));
          cell[kind].push(i);
        }
    }
    var long = [];
    view.n.forEach(function (i) { var n = data.nodes[i]; add('n', i, n.x - 12, n.y - 12, n.x + n.w + 12, n.y + n.h + 12); });
    // A link across much of the canvas would sit in thousands of cells: such links are tested by their box instead.
    view.l.forEach(function (i) {
      var b = data.links[i].bb;
      if ((Math.floor(b[2] / CELL) - Math.floor(b[0] / CELL) + 1) * (Math.floor(b[3] / CELL) - Math.floor(b[1] / CELL) + 1) > 64) long.push(i);
      else add('l', i, b[0], b[1], b[2], b[3]);
    });
    var xs = view.n.map(function (i) { return data.nodes[i].x; }), ys = view.n.map(function (i) { return data.nodes[i].y; });
    var x1 = view.n.map(function (i) { return data.nodes[i].x + data.nodes[i].w; }), y1 = view.n.map(function (i) { return data.nodes[i].y + data.nodes[i].h; });
    grids[v] = { cells: cells, long: long, bounds: view.n.length ? [Math.min.apply(null, xs) - 20, Math.min.apply(null, ys) - 20, Math.max.apply(null, x1) + 20, Math.max.apply(null, y1) + 40] : [0, 0, 100, 100] };
    return grids[v];
  }

  function visible() {
    var view = data.views[state.view];
    if (view.n.length + view.l.length <= WHOLE) return { n: view.n, l: view.l };
    var w = svg.clientWidth, h = svg.clientHeight;
    var x0 = -state.tx / state.k, y0 = -state.ty / state.k, x1 = (w - state.tx) / state.k, y1 = (h - state.ty) / state.k;
    var grid = gridOf(state.view), n = new Set(), l = new Set();
    for (var cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
      for (var cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
        var cell = grid.cells.get(cx + ',' + cy);
        if (!cell) continue;
        cell.n.forEach(function (i) { n.add(i); });
        cell.l.forEach(function (i) { l.add(i); });
      }
    grid.long.forEach(function (i) {
      var b = data.links[i].bb;
      if (b[0] <= x1 && b[2] >= x0 && b[1] <= y1 && b[3] >= y0) l.add(i);
    });
    return { n: Array.from(n), l: Array.from(l) };
  }

  function farMarkup(i) {
    var n = data.nodes[i];
    return '<rect class="far-box' + (n.c ? ' ' + n.c : '') + '" data-i="' + i + '" x="' + n.x + '" y="' + n.y + '" width="' + n.w + '" height="' + n.h + '" rx="6"/>';
  }

  function decorate(i, e) {
    e.classList.toggle('selected', i === state.selected);
    e.classList.toggle('match', state.matches.indexOf(i) !== -1);
  }

  function sync(layer, map, wanted, markup, isNode) {
    var want = new Set(wanted), changes = 0;
    map.forEach(function (_, i) { if (!want.has(i)) changes++; });
    want.forEach(function (i) { if (!map.has(i)) changes++; });
    if (changes === 0) return;
    if (changes > 300 || map.size === 0) {
      layer.innerHTML = wanted.map(markup).join('');
      map.clear();
      for (var c = layer.firstElementChild; c; c = c.nextElementSibling) {
        var i = Number(c.getAttribute(isNode ? 'data-i' : 'data-l'));
        map.set(i, c);
        if (isNode) decorate(i, c);
      }
      return;
    }
    map.forEach(function (e, i) { if (!want.has(i)) { e.remove(); map.delete(i); } });
    want.forEach(function (i) {
      if (map.has(i)) return;
      layer.insertAdjacentHTML('beforeend', markup(i));
      var e = layer.lastElementChild;
      map.set(i, e);
      if (isNode) decorate(i, e);
    });
  }

  function render() {
    frame = 0;
    world.setAttribute('transform', 'translate(' + state.tx + ',' + state.ty + ') scale(' + state.k + ')');
    var far = state.k < FAR;
    if (drawn.far !== far) {
      drawn.far = far;
      svg.classList.toggle('far', far);
      nodeLayer.innerHTML = '';
      drawn.nodes.clear();
    }
    var v = visible();
    sync(linkLayer, drawn.links, v.l, function (i) { return data.links[i].m; }, false);
    sync(nodeLayer, drawn.nodes, v.n, far ? farMarkup : function (i) { return data.nodes[i].m; }, true);
    document.getElementById('zoom-level').textContent = Math.round(state.k * 100) + '%';
  }

  function schedule() { if (!frame) frame = requestAnimationFrame(render); }

  function fit() {
    var b = gridOf(state.view).bounds, w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    var k = Math.min(w / (b[2] - b[0]), h / (b[3] - b[1]), 1.25);
    state.k = k;
    state.tx = (w - (b[2] - b[0]) * k) / 2 - b[0] * k;
    state.ty = (h - (b[3] - b[1]) * k) / 2 - b[1] * k;
    render();
  }

  function zoomAt(factor, px, py) {
    var k = Math.max(0.02, Math.min(4, state.k * factor));
    state.tx = px - (px - state.tx) * (k / state.k);
    state.ty = py - (py - state.ty) * (k / state.k);
    state.k = k;
    schedule();
  }

  function showView(v) {
    state.view = v;
    linkLayer.innerHTML = '';
    nodeLayer.innerHTML = '';
    drawn.nodes.clear();
    drawn.links.clear();
    drawn.far = null;
    Array.prototype.forEach.call(document.querySelectorAll('#tabs button'), function (b, i) { b.setAttribute('aria-selected', String(i === v)); });
    fit();
  }

  function centreOn(i) {
    var n = data.nodes[i], w = svg.clientWidth, h = svg.clientHeight;
    state.k = Math.max(state.k, 0.9);
    state.tx = w / 2 - (n.x + n.w / 2) * state.k;
    state.ty = h / 2 - (n.y + n.h / 2) * state.k;
    render();
  }

  function refreshMarks() { drawn.nodes.forEach(function (e, i) { decorate(i, e); }); }

  function linkRow(label, i) {
    var li = el('li');
    li.appendChild(document.createTextNode(label + ' '));
    var a = el('button', { type: 'button', 'class': 'goto' }, data.nodes[i].n);
    a.addEventListener('click', function () { select(i, true); });
    li.appendChild(a);
    return li;
  }

  function showDetails(i) {
    panel.innerHTML = '';
    if (i < 0) { panel.appendChild(el('p', { 'class': 'hint' }, 'Click an activity to see its settings.')); return; }
    var n = data.nodes[i];
    panel.appendChild(el('h2', {}, n.n));
    panel.appendChild(el('p', { 'class': 'kind' }, n.k));
    if (n.note) panel.appendChild(el('p', { 'class': 'note' }, n.note));
    if (n.s) panel.appendChild(el('p', { 'class': 'summary' }, n.s));
    if (n.d) panel.appendChild(el('p', { 'class': 'description' }, n.d));
    var outs = data.links.map(function (l, j) { return j; }).filter(function (j) { return data.links[j].a === i; });
    var ins = data.links.map(function (l, j) { return j; }).filter(function (j) { return data.links[j].b === i; });
    if (outs.length) {
      panel.appendChild(el('h3', {}, 'Links out'));
      var ul = el('ul', { 'class': 'links-out' });
      outs.forEach(function (j) { ul.appendChild(linkRow(data.links[j].p + (data.links[j].note ? ' (' + data.links[j].note + ')' : '') + ' →', data.links[j].b)); });
      panel.appendChild(ul);
    }
    if (ins.length) {
      panel.appendChild(el('h3', {}, 'Links in'));
      var ul2 = el('ul', { 'class': 'links-in' });
      ins.forEach(function (j) { ul2.appendChild(linkRow('from ' + data.links[j].p + ' of', data.links[j].a)); });
      panel.appendChild(ul2);
    }
    panel.appendChild(el('h3', {}, 'Settings'));
    var table = el('table', { 'class': 'settings' });
    n.set.forEach(function (row) {
      var tr = el('tr');
      tr.appendChild(el('th', {}, row[0]));
      tr.appendChild(el('td', {}, row[1]));
      table.appendChild(tr);
    });
    if (!n.set.length) panel.appendChild(el('p', { 'class': 'hint' }, 'No settings.'));
    else panel.appendChild(table);
  }

  function viewOf(i) {
    if (data.views[state.view].n.indexOf(i) !== -1) return state.view;
    for (var v = 0; v < data.views.length; v++) if (data.views[v].n.indexOf(i) !== -1) return v;
    return state.view;
  }

  function select(i, centre) {
    state.selected = i;
    if (i >= 0 && centre) {
      var v = viewOf(i);
      if (v !== state.view) showView(v);
      centreOn(i);
    }
    refreshMarks();
    showDetails(i);
  }

  function search(query) {
    var q = query.trim().toLowerCase();
    state.matches = [];
    state.match = -1;
    if (q) data.nodes.forEach(function (n, i) { if (n.n.toLowerCase().indexOf(q) !== -1) state.matches.push(i); });
    searchInfo.textContent = q ? (state.matches.length ? state.matches.length + ' found' : 'no activity named like that') : '';
    refreshMarks();
    return state.matches.map(function (i) { return data.nodes[i].n; });
  }

  function nextMatch() {
    if (!state.matches.length) return;
    state.match = (state.match + 1) % state.matches.length;
    searchInfo.textContent = (state.match + 1) + ' of ' + state.matches.length;
    select(state.matches[state.match], true);
  }

  function buildChrome() {
    var tabs = document.getElementById('tabs');
    data.views.forEach(function (v, i) {
      var b = el('button', { type: 'button', role: 'tab', 'aria-selected': 'false' }, v.t + ' (' + v.n.length + ')');
      b.addEventListener('click', function () { showView(i); });
      tabs.appendChild(b);
    });
    document.getElementById('fit').addEventListener('click', fit);
    document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(1.25, svg.clientWidth / 2, svg.clientHeight / 2); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(0.8, svg.clientWidth / 2, svg.clientHeight / 2); });
    searchBox.addEventListener('input', function () { search(searchBox.value); });
    searchBox.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); nextMatch(); } });
  }

  function bindCanvas() {
    var drag = null;
    svg.addEventListener('pointerdown', function (e) { drag = { x: e.clientX, y: e.clientY, tx: state.tx, ty: state.ty, moved: false }; svg.setPointerCapture(e.pointerId); });
    svg.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (!drag.moved) return;
      state.tx = drag.tx + dx;
      state.ty = drag.ty + dy;
      schedule();
    });
    svg.addEventListener('pointerup', function (e) {
      var wasDrag = drag && drag.moved;
      drag = null;
      if (wasDrag) return;
      var hit = document.elementFromPoint(e.clientX, e.clientY);
      var node = hit && hit.closest('[data-i]');
      select(node ? Number(node.getAttribute('data-i')) : -1, false);
    });
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = svg.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    window.addEventListener('resize', schedule);
  }

  buildChrome();
  bindCanvas();
  showDetails(-1);
  showView(0);
  window.flowgenViewer = {
    names: data.nodes.map(function (n) { return n.n; }),
    views: data.views.map(function (v) { return { title: v.t, nodes: v.n.map(function (i) { return data.nodes[i].n; }), links: v.l.length }; }),
    showView: showView,
    fit: fit,
    zoomTo: function (k) { zoomAt(k / state.k, svg.clientWidth / 2, svg.clientHeight / 2); render(); },
    select: function (name) { var i = data.nodes.findIndex(function (n) { return n.n === name; }); select(i, true); return i; },
    search: search,
    next: nextMatch,
    state: function () { return { view: state.view, zoom: state.k, selected: state.selected >= 0 ? data.nodes[state.selected].n : null, drawnNodes: drawn.nodes.size, drawnLinks: drawn.links.size }; },
    ready: true
  };
})();
`;
