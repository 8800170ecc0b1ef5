import { ApiError, fetchClaims, fetchPlace, fetchPlaces, getJson } from './api.js';
import { showArticle } from './articleView.js';
import { el, fill } from './dom.js';
import { addDays, daysBetween, firstDay, STATUS_LABEL } from './format.js';
import { createMap } from './map.js';
import { renderPlace } from './placeView.js';

const $ = (id) => document.getElementById(id);

/** What the page shows: the filters, the day it shows (null: now, live), the open place. */
const view = { asOf: null, selected: null, filters: { q: '', status: '', region: '', since: '' } };
let places = [];
let position = null;
let map = null;
let range = { from: null, to: null };

const setConnection = (text, ok) => {
  const node = $('connection');
  node.textContent = text;
  node.dataset.state = ok ? 'live' : 'down';
};

// ---- the date slider: day 0 is the first event any place has, the last step is "now" (live) ----

const today = () => new Date().toISOString().slice(0, 10);

const updateRange = (summaries) => {
  const firsts = summaries
    .map((p) => p.firstEventAt)
    .filter(Boolean)
    .map(firstDay)
    .sort();
  const from = firsts[0] ?? today();
  const last =
    summaries
      .map((p) => p.lastEventAt)
      .filter(Boolean)
      .map(firstDay)
      .sort()
      .at(-1) ?? from;
  const to = last > today() ? last : today();
  range = { from, to };
  const slider = $('asof-range');
  slider.min = '0';
  slider.max = String(Math.max(0, daysBetween(from, to)));
  slider.value = view.asOf ? String(daysBetween(from, view.asOf)) : slider.max;
  $('asof-date').min = from;
  $('asof-date').max = to;
  $('asof-date').value = view.asOf ?? '';
};

const setAsOf = async (day) => {
  const asOf = day && day < today() ? day : null;
  if (asOf === view.asOf) return;
  view.asOf = asOf;
  document.body.dataset.asOf = asOf ?? '';
  $('live').disabled = asOf === null;
  $('asof-date').value = asOf ?? '';
  if (range.from) $('asof-range').value = asOf ? String(daysBetween(range.from, asOf)) : $('asof-range').max;
  await Promise.all([loadPlaces(), view.selected ? openPlace(view.selected) : null]);
};

// ---- the list and the map ----

const listItem = (p) =>
  el(
    'li',
    {},
    el(
      'button',
      {
        type: 'button',
        class: `place-item ${p.status}${p.placeKey === view.selected ? ' selected' : ''}`,
        'data-testid': 'place-item',
        dataset: { place: p.name, placeKey: p.placeKey, status: p.status },
        onclick: () => select(p.placeKey),
      },
      el('span', { class: `dot ${p.status}` }),
      el('span', { class: 'name' }, p.name),
      el('span', { class: 'region' }, p.region ?? ''),
      el('span', { class: 'status-text' }, STATUS_LABEL[p.status]),
      el(
        'span',
        { class: 'lines' },
        p.positions.filter((x) => x.side !== 'NEUTRAL').map((x) => el('span', { class: 'line' }, `${x.side}: ${x.line}`)),
      ),
      p.lat === null ? el('span', { class: 'note' }, 'not on the map (no coordinates)') : null,
    ),
  );

let loading = 0;
const loadPlaces = async () => {
  const ticket = ++loading;
  const { q, status, region, since } = view.filters;
  let page;
  try {
    page = await fetchPlaces({ q, status, region, since, asOf: view.asOf });
  } catch (error) {
    if (ticket !== loading) return;
    fill($('list-note'), el('span', { class: 'error' }, error instanceof ApiError ? error.message : String(error)));
    return;
  }
  if (ticket !== loading) return;
  places = page.items;
  if (!view.asOf) position = page.position;
  fill($('list-note'), `${page.total} place${page.total === 1 ? '' : 's'}${view.asOf ? ` as of ${view.asOf}` : ''}`);
  fill($('places'), places.map(listItem));
  map?.draw(places, view.selected);
  document.body.dataset.placesLoaded = String(ticket);
};

// ---- the place view and the article view, from the address (#/place/<key>, #/article/<id>?s=&e=) ----

let placeTicket = 0;
const openPlace = async (placeKey) => {
  const ticket = ++placeTicket;
  const section = $('place');
  section.hidden = false;
  const asOf = view.asOf;
  try {
    const [state, claims] = await Promise.all([fetchPlace(placeKey, asOf), fetchClaims(placeKey, asOf)]);
    if (ticket !== placeTicket) return;
    renderPlace(section, state, claims.items, { asOf, onClose: () => (location.hash = '#/') });
    section.dataset.placeKey = placeKey;
    section.dataset.version = String(state.version);
    section.dataset.asOf = asOf ?? '';
  } catch (error) {
    if (ticket !== placeTicket) return;
    fill(
      section,
      el('button', { class: 'close', type: 'button', onclick: () => (location.hash = '#/') }, 'close'),
      el('p', { class: 'note', 'data-testid': 'place-missing' }, error instanceof ApiError ? error.message : String(error)),
    );
    section.dataset.asOf = asOf ?? '';
  }
};

const select = (placeKey) => {
  location.hash = `#/place/${encodeURIComponent(placeKey)}`;
};

const route = async () => {
  const hash = location.hash;
  const place = /^#\/place\/([^?]+)/.exec(hash);
  const article = /^#\/article\/([^?]+)(?:\?s=(\d+)&e=(\d+))?/.exec(hash);
  $('article').hidden = !article;
  if (article) {
    await showArticle($('article'), decodeURIComponent(article[1]), Number(article[2] ?? -1), Number(article[3] ?? -1), () =>
      history.back(),
    );
    return;
  }
  view.selected = place ? decodeURIComponent(place[1]) : null;
  map?.draw(places, view.selected);
  if (view.selected) await openPlace(view.selected);
  else $('place').hidden = true;
};

// ---- live: every new state from the change stream refreshes what it touches ----

let refresh = null;
const onChange = (state) => {
  if (view.asOf) return; // the past does not change
  clearTimeout(refresh);
  refresh = setTimeout(async () => {
    await loadPlaces();
    updateRange(places);
  }, 150);
  if (view.selected === state.placeKey) void openPlace(state.placeKey);
};

const connect = () => {
  const source = new EventSource(`/api/changes${position ? `?lastEventId=${encodeURIComponent(position)}` : ''}`);
  source.addEventListener('open', () => setConnection('live', true));
  source.addEventListener('error', () => setConnection('reconnecting…', false));
  source.addEventListener('state', (event) => onChange(JSON.parse(event.data)));
  // The server no longer holds the changes since our position: reload what we show.
  source.addEventListener('reset', () => {
    void loadPlaces();
    if (view.selected) void openPlace(view.selected);
  });
};

const debounce = (fn, ms) => {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
};

const start = async () => {
  const outlines = await getJson('/map/outlines.json');
  map = createMap($('map'), outlines, select);
  await loadPlaces();
  updateRange(places);
  const regions = [...new Set(places.map((p) => p.region).filter(Boolean))].sort();
  fill(
    $('regions'),
    regions.map((r) => el('option', { value: r })),
  );
  connect();

  const onFilter = debounce(() => {
    view.filters = { q: $('q').value.trim(), status: $('status').value, region: $('region').value.trim(), since: $('since').value };
    void loadPlaces();
  }, 200);
  $('filters').addEventListener('input', onFilter);
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('asof-range').addEventListener(
    'input',
    debounce(() => {
      const day = addDays(range.from, Number($('asof-range').value));
      void setAsOf(Number($('asof-range').value) >= Number($('asof-range').max) ? null : day);
    }, 150),
  );
  $('asof-date').addEventListener('change', () => void setAsOf($('asof-date').value || null));
  $('live').addEventListener('click', () => void setAsOf(null));
  $('live').disabled = true;
  window.addEventListener('hashchange', () => void route());
  await route();
  document.body.dataset.ready = 'true';
};

void start();
