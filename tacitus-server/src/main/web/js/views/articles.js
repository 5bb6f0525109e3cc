// SPDX-License-Identifier: GPL-3.0-or-later
// Articles list, with paging.
import { getJson } from '../api.js';
import { el, appLink, viewHash } from '../dom.js';

const PAGE = 50;

export async function render(root, params) {
  const offset = Number(params.get('offset') ?? 0) || 0;
  root.append(el('h2', {}, 'Articles'));
  const page = await getJson('api/articles', { limit: PAGE, offset });
  const last = Math.min(page.offset + page.items.length, page.total);
  root.append(
    el('p', { class: 'pager' },
      page.offset > 0 ? el('a', { href: viewHash('articles', { offset: Math.max(0, offset - PAGE) }) }, '← previous') : '',
      ` articles ${page.total === 0 ? 0 : page.offset + 1}–${last} of ${page.total} `,
      last < page.total ? el('a', { href: viewHash('articles', { offset: offset + PAGE }) }, 'next →') : ''),
    el('table', { class: 'articles' },
      el('thead', {}, el('tr', {}, ['published', 'title', 'outlet', 'sentences', 'mentions'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.items.map((a) => el('tr', {},
        el('td', {}, a.published ?? '–'),
        el('td', {}, appLink('article', a.article_id, a.title ?? a.article_id)),
        el('td', {}, a.outlet ?? '–'),
        el('td', { class: 'num' }, a.sentence_count),
        el('td', { class: 'num' }, a.mention_count))))));
}
