// SPDX-License-Identifier: GPL-3.0-or-later
// Period labels as the store writes them ("2019-06", "2019-Q2", "2019", "2014 (year only)", "undated"), and a
// continuous axis of them, so that periods without events show as gaps.

const YEAR_ONLY = ' (year only)';
const MAX_AXIS = 400;

function pad(n) {
  return String(n).padStart(2, '0');
}

function label(by, year, index) {
  if (by === 'year') return String(year);
  if (by === 'quarter') return `${year}-Q${index + 1}`;
  return `${year}-${pad(index + 1)}`;
}

/** [year, index of month or quarter] of a regular label, or null. */
function position(l, by) {
  let m;
  if (by === 'year' && (m = /^(\d{4})$/.exec(l))) return [Number(m[1]), 0];
  if (by === 'quarter' && (m = /^(\d{4})-Q([1-4])$/.exec(l))) return [Number(m[1]), Number(m[2]) - 1];
  if (by === 'month' && (m = /^(\d{4})-(\d{2})$/.exec(l))) return [Number(m[1]), Number(m[2]) - 1];
  return null;
}

function dayPosition(day, by) {
  const m = /^(\d{4})-(\d{2})/.exec(day ?? '');
  if (!m) return null;
  const month = Number(m[2]) - 1;
  return [Number(m[1]), by === 'year' ? 0 : by === 'quarter' ? Math.floor(month / 3) : month];
}

/**
 * Every period from the first to the last day of the store (and of the dyad's own labels), with each
 * "(year only)" label before its year and "undated" last. Falls back to the dyad's labels when the span is
 * too long to draw.
 */
export function periodAxis(labels, by, firstDay, lastDay) {
  const per = by === 'year' ? 1 : by === 'quarter' ? 4 : 12;
  const points = labels.map((l) => position(l, by))
    .concat([dayPosition(firstDay, by), dayPosition(lastDay, by)])
    .concat(labels.filter((l) => l.endsWith(YEAR_ONLY)).map((l) => [Number(l.slice(0, 4)), 0]))
    .filter((p) => p !== null).map(([y, i]) => y * per + i);
  if (points.length === 0) return labels.slice();
  const from = Math.min(...points);
  const to = Math.max(...points);
  if (to - from + 1 > MAX_AXIS) return labels.slice();
  const axis = [];
  for (let n = from; n <= to; n++) {
    const year = Math.floor(n / per);
    const index = n % per;
    if (index === 0 && labels.includes(`${year}${YEAR_ONLY}`)) axis.push(`${year}${YEAR_ONLY}`);
    axis.push(label(by, year, index));
  }
  if (labels.includes('undated')) axis.push('undated');
  return axis;
}

/** {from, to} as the events filter takes them ("2019-04", "2019-06"), or null for "undated". */
export function periodRange(l) {
  let m;
  if (l.endsWith(YEAR_ONLY) || /^\d{4}$/.test(l)) return { from: l.slice(0, 4), to: l.slice(0, 4) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(l))) {
    const q = Number(m[2]);
    return { from: `${m[1]}-${pad(q * 3 - 2)}`, to: `${m[1]}-${pad(q * 3)}` };
  }
  if (/^\d{4}-\d{2}$/.test(l)) return { from: l, to: l };
  return null;
}
