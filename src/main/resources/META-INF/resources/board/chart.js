'use strict';
// The weekly trend as an inline SVG line chart, drawn with DOM calls (no inline markup, so the
// page's Content-Security-Policy needs no 'unsafe-inline').
window.drawTrend = function (container, weeks, t) {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 1000, H = 260, left = 44, right = 16, top = 16, bottom = 40;
  const series = [
    { key: 'filed', label: t.seriesFiled, cls: 's-filed' },
    { key: 'closed', label: t.seriesClosed, cls: 's-closed' },
    { key: 'overdue', label: t.seriesOverdue, cls: 's-overdue' },
    { key: 'escalated', label: t.seriesEscalated, cls: 's-escalated' }
  ];
  const el = (name, attrs, text) => {
    const node = document.createElementNS(NS, name);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const max = Math.max(1, ...weeks.flatMap(w => series.map(s => w[s.key])));
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const top_ = Math.ceil(max / step) * step;
  const x = i => left + (weeks.length === 1 ? (W - left - right) / 2 : i * (W - left - right) / (weeks.length - 1));
  const y = v => top + (H - top - bottom) * (1 - v / top_);

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t.trends, id: 'trend-chart' });
  for (let g = 0; g <= 4; g++) {
    const v = top_ * g / 4;
    svg.appendChild(el('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.appendChild(el('text', { x: left - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' },
      Number.isInteger(v) ? v : v.toFixed(1)));
  }
  weeks.forEach((w, i) => {
    if (weeks.length <= 16 || i % Math.ceil(weeks.length / 16) === 0) {
      svg.appendChild(el('text', { x: x(i), y: H - bottom + 18, class: 'axis', 'text-anchor': 'middle' },
        w.weekStart.slice(5)));
    }
  });
  series.forEach(s => {
    const points = weeks.map((w, i) => `${x(i).toFixed(1)},${y(w[s.key]).toFixed(1)}`).join(' ');
    svg.appendChild(el('polyline', { points, class: `series ${s.cls}`, 'data-series': s.key }));
    weeks.forEach((w, i) => {
      const dot = el('circle', { cx: x(i), cy: y(w[s.key]), r: 3, class: `dot ${s.cls}` });
      dot.appendChild(el('title', {}, `${w.weekStart} ${s.label}: ${w[s.key]}`));
      svg.appendChild(dot);
    });
  });
  let lx = left;
  series.forEach(s => {
    svg.appendChild(el('rect', { x: lx, y: H - 14, width: 12, height: 4, class: `legend ${s.cls}` }));
    svg.appendChild(el('text', { x: lx + 16, y: H - 8, class: 'axis' }, s.label));
    lx += 120;
  });
  container.replaceChildren(svg);
};
