// SPDX-License-Identifier: GPL-3.0-or-later
// Article view: the text (as text), the events it mentions and its mentions with their highlights.
import { getJson } from '../api.js';
import { el, appLink, externalLink, dyadLabel } from '../dom.js';
import { highlightedSentence, legend } from '../highlight.js';

function paragraphs(text) {
  return el('div', { class: 'article-text' },
    text.split(/\n\s*\n/).map((p) => el('p', {}, p)));
}

export async function render(root, params, id) {
  if (!id) throw new Error('no article id');
  const { article: a, text, events, mentions } = await getJson(`api/articles/${encodeURIComponent(id)}`);
  root.append(
    el('h2', {}, a.title ?? a.article_id),
    el('p', { class: 'meta' }, `${a.article_id} · published ${a.published ?? 'unknown'}`,
      a.outlet ? ` · ${a.outlet}` : '', a.url ? ' · ' : '', a.url ? externalLink(a.url) : '',
      ` · ${a.sentence_count} sentences · ${a.mention_count} mentions`),
    paragraphs(text),
    el('h3', {}, `Events (${events.length})`),
    el('ul', { class: 'article-events' }, events.map((e) => el('li', {},
      appLink('event', e.event_id, `${dyadLabel(e)} ${e.cameo} ${e.cameo_name}`), ` · ${e.date ?? 'undated'}`))),
    el('h3', {}, `Mentions (${mentions.length})`), legend(),
    el('ol', { class: 'mentions' }, mentions.map((m) => el('li', { class: 'mention' },
      highlightedSentence(m.sentence_text, [
        { kind: 'trigger', text: m.trigger, title: `trigger (rule ${m.rule})` },
        { kind: 'source', text: m.source_text, title: `source: ${m.source}` },
        { kind: 'target', text: m.target_text, title: `target: ${m.target}` },
      ]),
      el('p', { class: 'meta' }, appLink('event', m.event_id, `event #${m.event_id}`),
        ` · ${m.source}${m.target ? ' → ' + m.target : ''} · CAMEO ${m.cameo} · rule ${m.rule}`)))));
}
