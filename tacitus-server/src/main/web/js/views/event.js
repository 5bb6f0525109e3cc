// SPDX-License-Identifier: GPL-3.0-or-later
// Event view: the merged event, its counts, and every mention's sentence with the trigger, the source and
// the target marked, the article it came from and the rule that fired.
import { getJson } from '../api.js';
import { el, appLink, actorLabel, QUAD_NAMES } from '../dom.js';
import { highlightedSentence, legend } from '../highlight.js';

function dateText(m) {
  if (!m.date) return 'undated';
  return `${m.date} (from the ${m.date_source === 'text' ? 'text' : 'publication date'})`;
}

function mention(m) {
  const sentence = highlightedSentence(m.sentence_text, [
    { kind: 'trigger', text: m.trigger, title: `trigger: ${m.trigger} (rule ${m.rule})` },
    { kind: 'source', text: m.source_text, title: `source: ${m.source}` },
    { kind: 'target', text: m.target_text, title: `target: ${m.target}` },
  ]);
  return el('li', { class: 'mention' },
    sentence,
    el('dl', { class: 'provenance' },
      el('dt', {}, 'article'), el('dd', {}, appLink('article', m.article_id, m.article_title ?? m.article_id),
        m.outlet ? ` · ${m.outlet}` : '', ` · sentence ${m.sentence + 1}`),
      el('dt', {}, 'coded'), el('dd', {}, `${m.source} (“${m.source_text}”)`,
        m.target ? ` → ${m.target} (“${m.target_text}”)` : '', ` · CAMEO ${m.cameo}`),
      el('dt', {}, 'date'), el('dd', {}, dateText(m)),
      el('dt', {}, 'rule'), el('dd', {}, el('code', {}, m.rule), ' fired by “', m.trigger, '”'),
      el('dt', {}, 'versions'), el('dd', {}, `lexicon ${m.lexicon_version ?? '–'} · actors ${m.actors_version ?? '–'}`)));
}

export async function render(root, params, id) {
  if (!id) throw new Error('no event id');
  const { event: e, mentions } = await getJson(`api/events/${encodeURIComponent(id)}`);
  const arrow = e.target ? (e.symmetric ? ' ↔ ' : ' → ') : '';
  root.append(
    el('h2', {}, `${e.cameo} ${e.cameo_name}`),
    el('p', { class: 'dyad' }, actorLabel(e.source, e.source_name), arrow,
      e.target ? actorLabel(e.target, e.target_name) : ''),
    el('dl', { class: 'facts' },
      el('dt', {}, 'date'), el('dd', {}, e.date ?? 'undated'),
      el('dt', {}, 'place'), el('dd', {}, e.place ? `${e.place} ${e.place_country ? `(${e.place_country})` : ''}` : '–'),
      el('dt', {}, 'type'),
      el('dd', {}, `root ${e.root} · quad class ${e.quad_class} (${QUAD_NAMES[e.quad_class - 1]}) · Goldstein ${e.goldstein}`),
      el('dt', {}, 'counts'), el('dd', { class: 'counts' },
        `${e.mentions} mention${e.mentions === 1 ? '' : 's'} in ${e.articles} article${e.articles === 1 ? '' : 's'} `
        + `from ${e.outlets} outlet${e.outlets === 1 ? '' : 's'}`)),
    el('h3', {}, 'Mentions'), legend(),
    el('ol', { class: 'mentions' }, mentions.map(mention)));
}
