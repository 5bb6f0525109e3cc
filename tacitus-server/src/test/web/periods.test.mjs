// SPDX-License-Identifier: GPL-3.0-or-later
// node --test: the continuous period axis of the dyad chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodAxis, periodRange } from '../../main/web/js/views/periods.js';

test('spans the store from its first to its last day, by month', () => {
  const axis = periodAxis(['2016-11', '2019-06'], 'month', '2014-01-01', '2019-06-29');
  assert.equal(axis[0], '2014-01');
  assert.equal(axis.at(-1), '2019-06');
  assert.equal(axis.length, 66);
  assert.ok(axis.includes('2016-11'));
});

test('puts a year-only line before its year and undated last', () => {
  const axis = periodAxis(['2014 (year only)', '2014-03', 'undated'], 'quarter', '2014-01-01', '2014-12-31');
  assert.deepEqual(axis, ['2014 (year only)', '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4', 'undated']);
});

test('counts by year', () => {
  assert.deepEqual(periodAxis(['2016', '2019'], 'year', '2014-01-01', '2019-06-29'),
    ['2014', '2015', '2016', '2017', '2018', '2019']);
});

test('falls back to the labels when the span is too long to draw', () => {
  assert.deepEqual(periodAxis(['1950-01', '2019-06'], 'month', '1950-01-01', '2019-06-29'), ['1950-01', '2019-06']);
});

test('turns a period into the from and to of the events filter', () => {
  assert.deepEqual(periodRange('2019-Q2'), { from: '2019-04', to: '2019-06' });
  assert.deepEqual(periodRange('2014 (year only)'), { from: '2014', to: '2014' });
  assert.deepEqual(periodRange('2018-11'), { from: '2018-11', to: '2018-11' });
  assert.equal(periodRange('undated'), null);
});
