// SPDX-License-Identifier: GPL-3.0-or-later
// Events table: filters (actors, root, quad class, dates, place) and paging, all kept in the hash.
import { getJson } from '../api.js';
import { el, appLink, viewHash, dyadLabel, QUAD_NAMES } from '../dom.js';

const PAGE = 50;
const FIELDS = ['actor', 'source', 'target', 'either', 'root', 'quad', 'from', 'to', 'place'];

function input(name, label, value, attrs = {}) {
  return el('label', {}, `${label} `, el('input', { name, value: value ?? '', ...attrs }));
}

function form(q) {
  const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
  const f = el('form', { class: 'filters' },
    input('actor', 'Actor', q.actor, { size: 8, placeholder: 'USA' }),
    input('source', 'Source', q.source, { size: 8 }),
    input('target', 'Target', q.target, { size: 8 }),
    el('label', {}, el('input', { type: 'checkbox', name: 'either', checked: q.either === 'true' }), ' either way'),
    el('label', {}, 'Root ', el('select', { name: 'root' }, el('option', { value: '' }, 'any'),
      roots.map((r) => el('option', { value: r, selected: r === q.root }, r)))),
    el('label', {}, 'Quad ', el('select', { name: 'quad' }, el('option', { value: '' }, 'any'),
      QUAD_NAMES.map((n, i) => el('option', { value: String(i + 1), selected: String(i + 1) === q.quad }, `${i + 1} ${n}`)))),
    input('from', 'From', q.from, { size: 10, placeholder: '2014' }),
    input('to', 'To', q.to, { size: 10, placeholder: '2019-06-28' }),
    input('place', 'Place', q.place, { size: 10, placeholder: 'Osaka or JPN' }),
    el('button', { type: 'submit' }, 'Filter'));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    const next = {};
    for (const k of FIELDS) next[k] = k === 'either' ? (d.get(k) ? 'true' : '') : (d.get(k) ?? '').trim();
    window.location.hash = viewHash('events', next);
  });
  return f;
}

function table(items) {
  const head = ['id', 'date', 'dyad', 'CAMEO', 'event', 'Goldstein', 'quad', 'place', 'mentions', 'articles', 'outlets'];
  return el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
    el('tbody', {}, items.map((e) => el('tr', {},
      el('td', {}, appLink('event', e.event_id, String(e.event_id))),
      el('td', {}, e.date ?? '–'),
      el('td', {}, dyadLabel(e)),
      el('td', {}, e.cameo),
      el('td', {}, appLink('event', e.event_id, e.cameo_name)),
      el('td', { class: 'num' }, e.goldstein.toFixed(1)),
      el('td', { class: `num quad-${e.quad_class}` }, e.quad_class),
      el('td', {}, e.place ?? '–'),
      el('td', { class: 'num' }, e.mentions),
      el('td', { class: 'num' }, e.articles),
      el('td', { class: 'num' }, e.outlets)))));
}

function pager(page, q) {
  const last = Math.min(page.offset + page.items.length, page.total);
  const go = (offset) => viewHash('events', { ...q, offset });
  return el('p', { class: 'pager' },
    page.offset > 0 ? el('a', { href: go(Math.max(0, page.offset - page.limit)) }, '← previous') : '',
    ` events ${page.total === 0 ? 0 : page.offset + 1}–${last} of ${page.total} `,
    last < page.total ? el('a', { href: go(page.offset + page.limit) }, 'next →') : '');
}

export async function render(root, params) {
  const q = {};
  for (const k of FIELDS) q[k] = params.get(k) ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  root.append(el('h2', {}, 'Events'), form(q));
  const page = await getJson('api/events', { ...q, either: q.either === 'true' ? 'true' : '', limit: PAGE, offset });
  root.append(pager(page, q), table(page.items), pager(page, q));
}
