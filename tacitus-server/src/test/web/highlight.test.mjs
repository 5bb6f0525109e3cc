// SPDX-License-Identifier: GPL-3.0-or-later
// node --test: where the provenance marks go in a sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markRanges } from '../../main/web/js/highlight.js';

const marked = (sentence, parts) => markRanges(sentence, parts).map((r) => [r.kind, sentence.slice(r.start, r.end)]);

test('marks the whole trigger, source and target when they are in the sentence', () => {
  const s = 'US President Donald Trump met Russian President Vladimir Putin in Osaka.';
  assert.deepEqual(marked(s, [
    { kind: 'trigger', text: 'met' },
    { kind: 'source', text: 'US President Donald Trump' },
    { kind: 'target', text: 'Russian President Vladimir Putin' },
  ]), [['source', 'US President Donald Trump'], ['trigger', 'met'], ['target', 'Russian President Vladimir Putin']]);
});

test('marks the words of a trigger that is not contiguous', () => {
  const s = 'The US has enacted severe sanctions on Russia.';
  assert.deepEqual(marked(s, [{ kind: 'trigger', text: 'enacted sanctions' }]),
    [['trigger', 'enacted'], ['trigger', 'sanctions']]);
});

test('gives the same words to source and target at two different places', () => {
  const s = 'In their first meeting since their talks in Lima.';
  assert.deepEqual(marked(s, [{ kind: 'source', text: 'their' }, { kind: 'target', text: 'their' }]),
    [['source', 'their'], ['target', 'their']]);
});

test('matches whole words only, in any case when needed', () => {
  assert.deepEqual(marked('Ushering in the US era.', [{ kind: 'source', text: 'US' }]), [['source', 'US']]);
  assert.deepEqual(marked('the Kremlin said', [{ kind: 'source', text: 'kremlin' }]), [['source', 'Kremlin']]);
  assert.deepEqual(marked('him and his', [{ kind: 'target', text: 'hi' }]), []);
});

test('marks nothing for words that are not in the sentence, or empty parts', () => {
  assert.deepEqual(marked('The meeting came as Obama prepared.', [
    { kind: 'source', text: 'Putin' }, { kind: 'target', text: null }, { kind: 'trigger', text: ' ' },
  ]), []);
});

test('treats regular-expression characters in the text literally', () => {
  const s = 'The (so-called) deal [sic] cost $5.';
  assert.deepEqual(marked(s, [{ kind: 'trigger', text: '(so-called)' }, { kind: 'source', text: '$5' }]),
    [['trigger', '(so-called)'], ['source', '$5']]);
});
