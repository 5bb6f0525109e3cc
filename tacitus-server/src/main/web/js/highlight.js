// SPDX-License-Identifier: GPL-3.0-or-later
// Provenance highlighting: the trigger, the source and the target marked in the sentence they were read in,
// found as substrings (a whole phrase first, else its words one by one). Text stays text: the marks are
// elements whose content is set with text nodes.
import { el } from './dom.js';

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function pattern(phrase, flags) {
  const body = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(BEFORE + body + AFTER, flags);
}

function overlaps(range, taken) {
  return taken.some((t) => range.start < t.end && t.start < range.end);
}

/** The first occurrence of the phrase, at word boundaries, that overlaps no range already taken. */
function find(sentence, phrase, taken) {
  for (const flags of ['gu', 'giu']) {
    for (const m of sentence.matchAll(pattern(phrase, flags))) {
      const range = { start: m.index, end: m.index + m[0].length };
      if (!overlaps(range, taken)) return range;
    }
  }
  return null;
}

/** Ranges for one part: the whole phrase if found, else each of its words that is found. */
function rangesOf(sentence, part, taken) {
  const whole = find(sentence, part.text, taken);
  if (whole) return [whole];
  const found = [];
  for (const word of part.text.trim().split(/\s+/)) {
    if (word.length < 2) continue;
    const r = find(sentence, word, taken.concat(found));
    if (r) found.push(r);
  }
  return found;
}

/**
 * Where to mark the parts in the sentence: [{start, end, kind, title}] in sentence order, without overlaps.
 * parts: [{kind: 'trigger', text: 'agreed', title: 'rule ...'}, ...]; earlier parts win overlaps.
 */
export function markRanges(sentence, parts) {
  const taken = [];
  for (const part of parts) {
    if (!part.text || !part.text.trim()) continue;
    for (const r of rangesOf(sentence, part, taken)) taken.push({ ...r, kind: part.kind, title: part.title });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The sentence as a <p class="sentence"> with <mark class="trigger|source|target"> around the parts found. */
export function highlightedSentence(sentence, parts) {
  const p = el('p', { class: 'sentence' });
  let at = 0;
  for (const r of markRanges(sentence, parts)) {
    if (r.start > at) p.append(document.createTextNode(sentence.slice(at, r.start)));
    p.append(el('mark', { class: r.kind, title: r.title }, sentence.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < sentence.length) p.append(document.createTextNode(sentence.slice(at)));
  return p;
}

/** The legend of the marks. */
export function legend() {
  return el('p', { class: 'legend' },
    el('mark', { class: 'trigger' }, 'trigger'), ' ',
    el('mark', { class: 'source' }, 'source'), ' ',
    el('mark', { class: 'target' }, 'target'));
}
