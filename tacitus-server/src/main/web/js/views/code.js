// SPDX-License-Identifier: GPL-3.0-or-later
// "Code an article": paste a text and its date, see its events with their sentences highlighted at once;
// optionally store it.
import { postJson } from '../api.js';
import { el, appLink, errorBox } from '../dom.js';
import { highlightedSentence, legend } from '../highlight.js';

function eventItem(e) {
  const t = e.target;
  return el('li', { class: 'mention' },
    highlightedSentence(e.sentence_text, [
      { kind: 'trigger', text: e.trigger, title: `trigger (rule ${e.rule})` },
      { kind: 'source', text: e.source.text, title: `source: ${e.source.code}` },
      { kind: 'target', text: t ? t.text : null, title: t ? `target: ${t.code}` : null },
    ]),
    el('p', { class: 'meta' },
      el('strong', {}, `${e.source.code}${t ? ' → ' + t.code : ''} ${e.cameo} ${e.cameo_name}`),
      ` · ${e.date ?? 'undated'}${e.date_source === 'document' ? ' (publication date)' : ''}`,
      e.location ? ` · ${e.location.name}` : '', ` · rule ${e.rule} · sentence ${e.sentence + 1}`));
}

function result(r) {
  const stored = r.stored && el('p', { class: 'stored' },
    r.stored.outcome === 'stored'
      ? [`Stored as ${r.article_id}: ${r.stored.mentions} mentions, ${r.stored.new_events} new events, `
        + `${r.stored.merged_into} existing events updated. `, appLink('article', r.article_id, 'open the article')]
      : `Not stored again: ${r.stored.outcome.replace('_', ' ')} (${r.article_id}).`);
  return el('div', { class: 'code-result', dataset: { events: String(r.events.length) } },
    el('h3', {}, `${r.events.length} event${r.events.length === 1 ? '' : 's'} in ${r.sentences} sentences`),
    stored, r.problems.map((p) => el('p', { class: 'problem' }, p)), legend(),
    el('ol', { class: 'mentions' }, r.events.map(eventItem)));
}

export async function render(root) {
  const today = new Date().toISOString().slice(0, 10);
  const out = el('div', { class: 'code-output' });
  const f = el('form', { class: 'code-form' },
    el('label', {}, 'Title ', el('input', { name: 'title', size: 60 })),
    el('label', {}, 'Publication date ', el('input', { name: 'date', type: 'date', value: today, required: true })),
    el('label', { class: 'block' }, 'Text', el('textarea', { name: 'text', rows: 12, required: true,
      placeholder: 'US President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday.' })),
    el('label', {}, el('input', { type: 'checkbox', name: 'store' }), ' store it in the event store'),
    el('button', { type: 'submit' }, 'Code'));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    const button = f.querySelector('button');
    button.disabled = true;
    out.replaceChildren(el('p', { class: 'busy' }, 'Coding… (the first article loads the language models: allow half a minute)'));
    try {
      const r = await postJson('api/code', { text: d.get('text'), date: d.get('date'), title: d.get('title') || null },
        { store: d.get('store') ? 'true' : '' });
      out.replaceChildren(result(r));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    } finally {
      button.disabled = false;
    }
  });
  root.append(el('h2', {}, 'Code an article'), f, out);
}
