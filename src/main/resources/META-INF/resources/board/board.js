'use strict';
// The steering board: reads the public JSON API with a dashboard token and renders it. The token
// is kept in sessionStorage (this tab only) and never put in a URL the page requests.
(function () {
  const API = '/api/v1';
  const KEY_AREAS = ['CASE_FILING', 'PETITIONS', 'ENFORCEMENT'];
  const $ = id => document.getElementById(id);
  let lang = sessionStorage.getItem('board.lang') || (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh');
  let data = null;

  const t = () => window.BOARD_I18N[lang];
  const h = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null) return;
      if (k === 'class') node.className = v; else node.setAttribute(k, String(v));
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  };
  const pct = v => (v === null || v === undefined) ? '–' : (v * 100).toFixed(1) + '%';
  const num = v => (v === null || v === undefined) ? '–' : String(v);

  function tokenFromFragment() {
    const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (m) {
      sessionStorage.setItem('board.token', decodeURIComponent(m[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
  }

  async function get(path) {
    const response = await fetch(API + path, {
      headers: { 'Authorization': 'Bearer ' + sessionStorage.getItem('board.token'), 'Accept': 'application/json' },
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer'
    });
    if (response.status === 401) throw Object.assign(new Error('unauthorised'), { unauthorised: true });
    if (!response.ok) {
      let detail = response.status + '';
      try { detail += ' ' + (await response.json()).title; } catch (ignored) { /* not problem+json */ }
      throw new Error(detail);
    }
    return response.json();
  }

  async function load() {
    if (!sessionStorage.getItem('board.token')) return showLogin('');
    try {
      const [byUnit, byArea, trends, units, escalated, priority] = await Promise.all([
        get('/dashboard/summary?groupBy=UNIT'), get('/dashboard/summary?groupBy=KEY_AREA'), get('/dashboard/trends'),
        get('/units?limit=200'), get('/escalations/board'), get('/problems?priority=true&limit=50')]);
      data = { byUnit, byArea, trends, units, escalated, priority, at: new Date() };
      render();
      document.body.dataset.state = 'ready';
    } catch (e) {
      if (e.unauthorised) {
        sessionStorage.removeItem('board.token');
        return showLogin(t().badToken);
      }
      $('error').hidden = false;
      $('error').textContent = t().failed + e.message;
      document.body.dataset.state = 'error';
    }
  }

  function showLogin(message) {
    $('board').hidden = true;
    $('logout').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message;
    document.body.dataset.state = 'login';
  }

  function metric(name, value, text, cls) {
    return h('div', { class: 'metric ' + (cls || ''), 'data-metric': name, 'data-value': value === null ? '' : value },
      h('span', { class: 'value' }, text), h('span', { class: 'label' }, t()[name]));
  }

  function totals(m) {
    return [metric('filed', m.filed, num(m.filed)), metric('closed', m.closed, num(m.closed)),
      metric('completionRate', m.completionRate, pct(m.completionRate)),
      metric('onTimeRate', m.onTimeRate, pct(m.onTimeRate)),
      metric('overdueRate', m.overdueRate, pct(m.overdueRate), m.overdue > 0 ? 'warn' : ''),
      metric('overdue', m.overdue, num(m.overdue), m.overdue > 0 ? 'warn' : ''),
      metric('escalated', m.escalated, num(m.escalated), m.escalated > 0 ? 'alert' : ''),
      metric('unansweredUrges', m.unansweredUrges, num(m.unansweredUrges)),
      metric('relapses', m.relapses, num(m.relapses)),
      metric('measures', m.measuresDone, m.measuresDone + ' / ' + m.measures),
      metric('meanDaysToClose', m.meanDaysToClose, num(m.meanDaysToClose)),
      metric('medianDaysToClose', m.medianDaysToClose, num(m.medianDaysToClose))];
  }

  function lights(m) {
    return h('div', { class: 'lights' },
      ['red', 'yellow', 'green'].map(c => h('span', { class: 'light ' + c, 'data-metric': c, title: t()[c] },
        h('i', { class: 'dot ' + c }), String(m[c]))));
  }

  function worst(m) {
    return m.red > 0 ? 'red' : m.yellow > 0 ? 'yellow' : m.green > 0 ? 'green' : 'none';
  }

  function unitCard(group, unit) {
    const m = group.metrics;
    const name = unit ? (lang === 'zh' ? unit.nameZh : unit.nameEn) : group.unitCode;
    return h('article', { class: 'unit ' + worst(m), 'data-unit': group.unitCode },
      h('header', {}, h('strong', {}, group.unitCode), h('span', { class: 'name' }, name),
        m.escalated > 0 ? h('span', { class: 'badge', 'data-metric': 'escalated' }, t().escalated + ' ' + m.escalated) : ''),
      lights(m),
      h('div', { class: 'row' }, metric('filed', m.filed, num(m.filed)), metric('closed', m.closed, num(m.closed)),
        metric('overdue', m.overdue, num(m.overdue), m.overdue > 0 ? 'warn' : '')),
      h('div', { class: 'row' }, metric('completionRate', m.completionRate, pct(m.completionRate)),
        metric('onTimeRate', m.onTimeRate, pct(m.onTimeRate)), metric('overdueRate', m.overdueRate, pct(m.overdueRate))));
  }

  function areaTile(group) {
    const m = group.metrics;
    return h('article', { class: 'area ' + worst(m), 'data-area': group.key },
      h('header', {}, h('strong', {}, t()[group.key])), lights(m),
      h('div', { class: 'row' }, metric('filed', m.filed, num(m.filed)), metric('open', m.open, num(m.open)),
        metric('overdue', m.overdue, num(m.overdue), m.overdue > 0 ? 'warn' : '')));
  }

  function problemRow(p, escalated) {
    const areas = (p.keyAreas || []).map(a => h('span', { class: 'chip key' }, t()[a]));
    return h('tr', { class: escalated ? 'escalated' : '', 'data-problem': p.problemId || p.id },
      h('td', {}, p.ledgerNumber, escalated ? h('span', { class: 'badge' }, t().escalated) : ''),
      h('td', {}, p.unitCode), h('td', {}, p.title), h('td', {}, areas),
      h('td', {}, p.light ? h('i', { class: 'dot ' + p.light.toLowerCase(), title: t()[p.light] }) : ''),
      h('td', {}, p.deadline));
  }

  function render() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t().title;
    document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t()[n.dataset.i18n]; });
    if (!data) return;
    $('login').hidden = true;
    $('board').hidden = false;
    $('logout').hidden = false;
    $('updated').textContent = t().updated + data.at.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
    $('totals').replaceChildren(...totals(data.byUnit.total));
    $('key-areas').replaceChildren(...data.byArea.groups.filter(g => KEY_AREAS.includes(g.key)).map(areaTile));
    const unitsById = new Map(data.units.map(u => [u.id, u]));
    $('units').replaceChildren(...data.byUnit.groups.map(g => unitCard(g, unitsById.get(g.unitId))));
    // escalated problems first, then the other key-area problems
    const onBoard = new Set(data.escalated.map(e => e.problemId));
    const rows = data.escalated.map(e => problemRow(e, true))
      .concat(data.priority.filter(p => !onBoard.has(p.id) && p.status !== 'CLOSED').map(p => problemRow(p, false)));
    $('problems').tBodies[0].replaceChildren(...(rows.length ? rows
      : [h('tr', {}, h('td', { colspan: 6, class: 'muted' }, t().none))]));
    window.drawTrend($('trend'), data.trends.weeks, t());
  }

  document.addEventListener('DOMContentLoaded', () => {
    tokenFromFragment();
    $('lang').addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      sessionStorage.setItem('board.lang', lang);
      render();
    });
    $('logout').addEventListener('click', () => {
      sessionStorage.removeItem('board.token');
      data = null;
      showLogin('');
    });
    $('token-form').addEventListener('submit', event => {
      event.preventDefault();
      sessionStorage.setItem('board.token', $('token').value.trim());
      $('token').value = '';
      load();
    });
    render();
    load();
  });
})();
