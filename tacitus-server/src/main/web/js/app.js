// SPDX-License-Identifier: GPL-3.0-or-later
// The Tacitus web app: one page, views chosen by the hash (#dyad?x=USA&y=RUS, #events, #event/12, ...).
import { getJson } from './api.js';
import { el, errorBox } from './dom.js';
import * as dyad from './views/dyad.js';
import * as events from './views/events.js';
import * as event from './views/event.js';
import * as articles from './views/articles.js';
import * as article from './views/article.js';
import * as map from './views/map.js';
import * as code from './views/code.js';

const VIEWS = { dyad, events, event, articles, article, map, code };
const NAV = { event: 'events', article: 'articles' };

/** '#event/12?x=1' → {name: 'event', arg: '12', params}. */
function parseHash() {
  const hash = window.location.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  let arg = null;
  if (slash >= 0) {
    try {
      arg = decodeURIComponent(path.slice(slash + 1));
    } catch {
      arg = path.slice(slash + 1);
    }
  }
  return { name: VIEWS[name] ? name : 'dyad', arg, params };
}

async function route() {
  const { name, arg, params } = parseHash();
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('active', a.dataset.view === (NAV[name] ?? name));
  }
  // each view draws into a fresh root: a slow answer for a view left meanwhile lands in a detached node
  const root = el('div', { class: `view view-${name}` });
  document.getElementById('view').replaceChildren(root);
  try {
    await VIEWS[name].render(root, params, arg);
  } catch (e) {
    root.append(errorBox(e.message));
  }
}

async function stats() {
  try {
    const s = await getJson('api/stats');
    const span = s.first_day ? ` · ${s.first_day} to ${s.last_day}` : '';
    document.getElementById('stats').textContent =
      `${s.events} events · ${s.mentions} mentions · ${s.articles} articles${span}`;
  } catch (e) {
    document.getElementById('stats').textContent = `store unavailable: ${e.message}`;
  }
}

window.addEventListener('hashchange', () => {
  route();
  stats();
});
route();
stats();
