// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON API (GET/POST under /api). Errors come back as {"error", "status"} and are thrown as Error.

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new Error(body && body.error ? `${body.error} (HTTP ${response.status})` : `HTTP ${response.status}`);
  }
  return body;
}

function url(path, params) {
  const u = new URL(path, window.location.href);
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v !== null && v !== undefined && v !== '') u.searchParams.set(k, String(v));
  }
  return u;
}

export async function getJson(path, params) {
  return answer(await fetch(url(path, params), { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body, params) {
  return answer(await fetch(url(path, params), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}
