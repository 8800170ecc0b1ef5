import type { Claim, ClaimEvent, PlaceState } from '../shared/model.js';
import { printable } from '../shared/printable.js';

// Human output only (JSON output is left as it is): every line passes through `printable`, so that control and
// bidirectional characters from articles or other producers' records are shown as escapes, never acted on.
const lines = (list: string[]): string => list.map(printable).join('\n');

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** An article that names no outlet is cited as such, not by its id as if that were an outlet. */
const outletOf = (c: { outlet: string | null }): string => c.outlet ?? 'no outlet named';

type Assertion = Pick<ClaimEvent, 'stance' | 'controller' | 'extent' | 'qualifier'>;

const extentText = (e: Assertion): string =>
  e.extent !== null
    ? `${Math.round(e.extent * 100)}%${e.qualifier && e.qualifier !== 'full' ? ` (${e.qualifier})` : ''}`
    : e.qualifier
      ? e.qualifier
      : '';

/** "CONTROL RU 100% — Maria Zakharova, 2025-12-18" */
export const eventSummary = (e: ClaimEvent): string => `${assertionText(e)} — ${e.claimants.join(', ')}, ${e.claimedAt}`;

/** "CONTROL RU 100%", "DENIAL RU": what an event or a claim asserts. */
const assertionText = (e: Assertion): string =>
  [e.stance, e.controller ?? '', e.stance === 'CONTROL' ? extentText(e) : ''].filter(Boolean).join(' ');

const position = (state: PlaceState, side: string): string => {
  const p = state.positions.find((x) => x.side === side);
  return p ? eventSummary(p.event) : '-';
};

/** One line per place: status and each side's current position. */
export const formatStateTable = (states: PlaceState[]): string => {
  if (states.length === 0) return 'no places';
  const nameWidth = Math.max(5, ...states.map((s) => s.place.name.length));
  const table = [`${'place'.padEnd(nameWidth)}  ${'status'.padEnd(12)}  claims outlets  positions`];
  for (const s of states) {
    table.push(
      `${s.place.name.padEnd(nameWidth)}  ${s.status.padEnd(12)}  ${String(s.claimCount).padStart(6)} ${String(s.outletCount).padStart(7)}  RU: ${position(s, 'RU')}`,
    );
    table.push(`${''.padEnd(nameWidth + 32)}UA: ${position(s, 'UA')}`);
    if (s.positions.some((p) => p.side === 'NEUTRAL')) table.push(`${''.padEnd(nameWidth + 32)}NEUTRAL: ${position(s, 'NEUTRAL')}`);
  }
  return lines(table);
};

/** One line for one change, as `claimwire watch` prints it. */
export const formatStateLine = (s: PlaceState): string =>
  lines([`${s.updatedAt}  ${s.place.name}  ${s.status}  v${s.version}  RU: ${position(s, 'RU')}  |  UA: ${position(s, 'UA')}`]);

const quote = (text: string): string => `«${text.length > 220 ? `${text.slice(0, 217)}...` : text}»`;

/** One place in full: positions, conflicts, dissent and the timeline with every citation's sentence. */
export const formatStateDetail = (s: PlaceState): string => {
  const place = [s.place.name, s.place.admin1, s.place.country].filter(Boolean).join(', ');
  const detail = [
    `${place}  [${s.placeKey}]${s.place.resolved ? '' : '  (provisional: not in the gazetteer)'}`,
    `status: ${s.status}   version ${s.version}   ${count(s.claimCount, 'claim')}, ${count(s.eventCount, 'event')}, ${count(s.outletCount, 'outlet')}   updated ${s.updatedAt}`,
    '',
    'positions:',
    ...s.positions.map((p) => `  ${p.side.padEnd(7)} ${eventSummary(p.event)}`),
  ];
  if (s.conflicts.length) detail.push('', 'conflicts:', ...s.conflicts.map((c) => `  - ${c.reason}`));
  if (s.dissent.length) detail.push('', 'dissent within a side:', ...s.dissent.map((e) => `  ${e.side.padEnd(7)} ${eventSummary(e)}`));
  detail.push('', 'timeline:');
  for (const e of s.timeline) {
    detail.push(`  ${e.claimedAt.padEnd(10)} ${e.side.padEnd(7)} ${eventSummary(e)}`);
    for (const c of e.citations) detail.push(`      ${outletOf(c)} (${c.publishedAt ?? 'undated'}): ${quote(c.evidence.text)}`);
  }
  return lines(detail);
};

/** "2025-12-18  RU  CONTROL RU 100% — Maria Zakharova (TASS, 2025-12-18): «...»" */
export const formatClaimLine = (c: Claim): string =>
  lines([
    `${c.claimedAt.padEnd(10)}  ${c.claimant.side.padEnd(7)} ${assertionText(c)} — ${c.claimant.name} (${outletOf(c)}, ${c.publishedAt ?? 'undated'}): ${quote(c.evidence.text)}`,
  ]);
