// SPDX-License-Identifier: GPL-3.0-or-later
// Building DOM safely: every piece of data becomes a text node or an attribute value, never markup.

/**
 * Creates an element. attrs: 'class', 'dataset' (object), 'on<event>' (listener), others as attributes.
 * Children: nodes, or anything else as text.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return append(node, children);
}

/** Appends children: nodes as they are, anything else (but null) as a text node. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link inside the app: '#event/12'. The parts are URI-encoded. */
export function appLink(view, id, ...children) {
  return el('a', { href: `#${view}/${encodeURIComponent(id)}` }, ...children);
}

/** A hash for a view with query parameters; empty values are left out. */
export function viewHash(view, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return `#${view}${s ? '?' + s : ''}`;
}

/** An external link, only for http(s) addresses; otherwise the address as plain text. */
export function externalLink(url, text) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text ?? url);
  }
  return document.createTextNode(text ?? url ?? '');
}

/** An actor: the code, with the canonical name after it when there is one. */
export function actorLabel(code, name) {
  if (!code) return '–';
  return name ? `${code} (${name})` : code;
}

/** "RUSGOV ↔ USAGOV", "USAGOV → RUSGOV" or "RUS". */
export function dyadLabel(e) {
  if (!e.target) return e.source;
  return `${e.source} ${e.symmetric ? '↔' : '→'} ${e.target}`;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOURS = ['#74a9cf', '#0570b0', '#fd8d3c', '#d7301f'];

export function errorBox(message) {
  return el('p', { class: 'error', role: 'alert' }, message);
}
