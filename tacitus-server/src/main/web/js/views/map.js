// SPDX-License-Identifier: GPL-3.0-or-later
// Map of event places. No tile server: land outlines from the bundled world-atlas (Natural Earth 1:110m),
// a 30° graticule, and one circle per place, sized by its events. Works offline.
import { getJson } from '../api.js';
import { el, viewHash } from '../dom.js';

function graticule(L, map) {
  const style = { color: '#b9c6d3', weight: 1, interactive: false };
  for (let lon = -180; lon <= 180; lon += 30) L.polyline([[-85, lon], [85, lon]], style).addTo(map);
  for (let lat = -60; lat <= 60; lat += 30) L.polyline([[lat, -180], [lat, 180]], style).addTo(map);
}

/**
 * A ring that crosses the antimeridian, made continuous (longitudes past ±180) so that it draws flat, then
 * moved by 360° if its middle fell outside -180..180.
 */
function unwrap(ring) {
  let shift = 0;
  const out = ring.map(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
  const lons = out.map((p) => p[0]);
  const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
  const back = middle > 180 ? -360 : middle < -180 ? 360 : 0;
  return back === 0 ? out : out.map(([lon, lat]) => [lon + back, lat]);
}

function flat(geometry) {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrap) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrap)) };
  }
  return geometry;
}

async function land(L, map) {
  try {
    const topology = await (await fetch('vendor/land-110m.json')).json();
    const shapes = window.topojson.feature(topology, topology.objects.land);
    for (const f of shapes.features ?? [shapes]) f.geometry = flat(f.geometry);
    L.geoJSON(shapes, { style: { color: '#9aa5ae', weight: 1, fillColor: '#e4e8e1', fillOpacity: 1 }, interactive: false })
      .addTo(map);
  } catch (e) {
    // the grid alone still places the markers
  }
}

function popup(p) {
  return el('div', {}, el('strong', {}, p.name), p.country ? ` (${p.country})` : '', el('br'),
    `${p.events} event${p.events === 1 ? '' : 's'}, ${p.mentions} mentions `, el('br'),
    el('a', { href: viewHash('events', { place: p.name }) }, 'list the events'));
}

export async function render(root, params) {
  const actor = params.get('actor') ?? '';
  const f = el('form', { class: 'filters' },
    el('label', {}, 'Actor ', el('input', { name: 'actor', value: actor, size: 8, placeholder: 'any' })),
    el('button', { type: 'submit' }, 'Show'));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    window.location.hash = viewHash('map', { actor: new FormData(f).get('actor').trim() });
  });
  const box = el('div', { id: 'map', class: 'map' });
  root.append(el('h2', {}, 'Where events happened'), f, box);
  const { places } = await getJson('api/places', { actor });
  const L = window.L;
  const map = L.map(box, { attributionControl: false, worldCopyJump: false, minZoom: 1, maxZoom: 8,
    maxBounds: [[-90, -200], [90, 200]] }).setView([25, 20], 2);
  graticule(L, map);
  await land(L, map);
  for (const p of places) {
    L.circleMarker([p.lat, p.lon], { radius: 5 + 3 * Math.sqrt(p.events), color: '#b2182b', weight: 2,
      fillColor: '#ef8a62', fillOpacity: 0.8 })
      .bindTooltip(`${p.name}: ${p.events}`, { permanent: true, direction: 'right' })
      .bindPopup(popup(p)).addTo(map);
  }
  box.dataset.rendered = 'true';
  box.dataset.places = String(places.length);
  root.append(el('ul', { class: 'places' }, places.map((p) => el('li', {},
    el('a', { href: viewHash('events', { place: p.name }) }, p.name), p.country ? ` (${p.country})` : '',
    ` · ${p.events} event${p.events === 1 ? '' : 's'}`))));
  if (places.length === 0) root.append(el('p', {}, 'No event with a known place.'));
}
