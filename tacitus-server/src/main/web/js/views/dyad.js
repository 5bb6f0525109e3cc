// SPDX-License-Identifier: GPL-3.0-or-later
// Dyad view: events between two actors per period, as stacked bars by quad class with the mean Goldstein
// score as a line, on the time span of the whole store; the top events of each period listed below.
import { getJson } from '../api.js';
import { el, appLink, viewHash, dyadLabel, QUAD_NAMES, QUAD_COLOURS } from '../dom.js';
import { periodAxis, periodRange } from './periods.js';

function form(x, y, by, directed) {
  const f = el('form', { class: 'filters' },
    el('label', {}, 'Actor X ', el('input', { name: 'x', value: x, size: 8, required: true })),
    el('label', {}, 'Actor Y ', el('input', { name: 'y', value: y, size: 8, required: true })),
    el('label', {}, 'by ', el('select', { name: 'by' },
      ['month', 'quarter', 'year'].map((p) => el('option', { value: p, selected: p === by }, p)))),
    el('label', {}, el('input', { type: 'checkbox', name: 'directed', checked: directed }), ' X → Y only'),
    el('button', { type: 'submit' }, 'Show'));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    window.location.hash = viewHash('dyad', {
      x: d.get('x').trim(), y: d.get('y').trim(), by: d.get('by'), directed: d.get('directed') ? 'true' : '',
    });
  });
  return f;
}

function chart(canvas, axis, byLabel, onPick) {
  const counts = (key) => axis.map((label) => (byLabel.has(label) ? byLabel.get(label)[key] : 0));
  const keys = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
  const bars = keys.map((key, i) => ({
    type: 'bar', label: `q${i + 1} ${QUAD_NAMES[i]}`, data: counts(key), backgroundColor: QUAD_COLOURS[i],
    stack: 'events', yAxisID: 'y', order: 2,
  }));
  const line = {
    type: 'line', label: 'mean Goldstein', yAxisID: 'goldstein', order: 1, borderColor: '#222',
    backgroundColor: '#222', pointRadius: 3, spanGaps: true,
    // dashed across periods without events: there the line only joins two means, it measures nothing
    segment: { borderDash: (c) => (c.p0.skip || c.p1.skip || c.p1DataIndex - c.p0DataIndex > 1 ? [5, 5] : undefined) },
    data: axis.map((label) => (byLabel.has(label) ? byLabel.get(label).mean_goldstein : null)),
  };
  return new window.Chart(canvas, {
    data: { labels: axis, datasets: [...bars, line] },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      onClick: (ev, elements) => {
        if (elements.length > 0) onPick(axis[elements[0].index]);
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } },
        goldstein: { position: 'right', min: -10, max: 10, title: { display: true, text: 'Goldstein' },
          grid: { drawOnChartArea: false } },
      },
    },
  });
}

function periodList(periods, q) {
  return el('div', { class: 'periods' }, periods.map((p) => {
    const range = periodRange(p.label);
    const all = range && el('a', {
      href: viewHash('events', { source: q.x, target: q.y, either: q.directed ? '' : 'true', from: range.from, to: range.to }),
    }, 'all events of the period');
    return el('section', { class: 'period', id: `period-${p.label}`, dataset: { period: p.label } },
      el('h3', {}, p.label),
      el('p', { class: 'counts' },
        `${p.events} events, ${p.mentions} mentions · q1 ${p.verbal_cooperation} · q2 ${p.material_cooperation}`
        + ` · q3 ${p.verbal_conflict} · q4 ${p.material_conflict} · mean Goldstein ${p.mean_goldstein.toFixed(2)} `,
        all),
      el('ol', { class: 'top-events' }, p.top.map((e) => el('li', {},
        appLink('event', e.event_id, `${dyadLabel(e)} ${e.cameo} ${e.cameo_name}`),
        ` · ${e.date ?? 'undated'} · ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`))));
  }));
}

function showPeriod(root, label) {
  const section = [...root.querySelectorAll('section.period')].find((s) => s.dataset.period === label);
  if (!section) return;
  root.querySelectorAll('section.period.chosen').forEach((s) => s.classList.remove('chosen'));
  section.classList.add('chosen');
  section.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export async function render(root, params) {
  const q = {
    x: params.get('x') || 'USA', y: params.get('y') || 'RUS', by: params.get('by') || 'month',
    directed: params.get('directed') === 'true',
  };
  root.append(el('h2', {}, `${q.x.toUpperCase()} ${q.directed ? '→' : '↔'} ${q.y.toUpperCase()}`),
    form(q.x, q.y, q.by, q.directed));
  const [dyad, stats] = await Promise.all([
    getJson('api/dyad', { x: q.x, y: q.y, by: q.by, directed: q.directed ? 'true' : '', top: 5 }),
    getJson('api/stats'),
  ]);
  const axis = periodAxis(dyad.periods.map((p) => p.label), q.by, stats.first_day, stats.last_day);
  const total = dyad.periods.reduce((n, p) => n + p.events, 0);
  root.append(el('p', { class: 'summary', dataset: { axisFrom: axis[0] ?? '', axisTo: axis[axis.length - 1] ?? '' } },
    `${total} events in ${dyad.periods.length} periods with events, shown by ${dyad.by} over the store's span `,
    el('strong', { class: 'axis-from' }, axis[0] ?? '–'), ' to ', el('strong', { class: 'axis-to' }, axis[axis.length - 1] ?? '–'),
    '. Click a bar to see the period\'s top events.'));
  if (dyad.periods.length === 0) {
    root.append(el('p', {}, 'No events between these actors.'));
    return;
  }
  const canvas = el('canvas', { id: 'dyad-chart', 'aria-label': 'events per period by quad class, and mean Goldstein score' });
  root.append(el('div', { class: 'chart-box' }, canvas));
  const byLabel = new Map(dyad.periods.map((p) => [p.label, p]));
  chart(canvas, axis, byLabel, (label) => showPeriod(root, label));
  canvas.dataset.rendered = 'true';
  canvas.dataset.periods = dyad.periods.map((p) => p.label).join(' ');
  root.append(el('h3', {}, 'Periods with events'), periodList(dyad.periods, q));
}
