import { el, fill, safeHref } from './dom.js';
import { assertion, firstDay, positionOf, SIDE_LABEL, STATUS_LABEL } from './format.js';

const LANES = ['RU', 'UA', 'NEUTRAL'];

const citationsByEvent = (claims) => {
  const by = new Map();
  for (const claim of claims) {
    const list = by.get(claim.eventId) ?? [];
    list.push(claim);
    by.set(claim.eventId, list);
  }
  return by;
};

const articleLink = (claim) => `#/article/${encodeURIComponent(claim.article.articleId)}?s=${claim.evidence.start}&e=${claim.evidence.end}`;

const citation = (claim) => {
  const href = claim.article.url ? safeHref(claim.article.url) : null;
  return el(
    'li',
    { class: 'citation', 'data-testid': 'citation', dataset: { claimId: claim.claimId } },
    el(
      'div',
      { class: 'who' },
      el('strong', {}, claim.claimant.name),
      claim.claimant.role ? ` (${claim.claimant.role})` : '',
      ' in ',
      el('span', { class: 'outlet' }, claim.article.outlet ?? claim.article.source ?? 'an article'),
      `, ${claim.article.publishedAt ?? 'undated'}`,
    ),
    el('blockquote', { class: 'evidence', 'data-testid': 'evidence' }, claim.evidence.text),
    el(
      'div',
      { class: 'links' },
      el('a', { href: articleLink(claim), 'data-testid': 'article-link' }, claim.article.headline ?? 'read the article'),
      href ? [' · ', el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null,
    ),
  );
};

const eventCard = (event, { claims, conflictReasons, isPosition, isDissent }) => {
  const cited = claims.length
    ? claims
    : event.citations.map((c) => ({
        ...c,
        eventId: event.eventId,
        article: { articleId: c.articleId, outlet: c.outlet, publishedAt: c.publishedAt, url: null, headline: null, source: null },
      }));
  return el(
    'article',
    {
      class: `event ${event.stance}${conflictReasons.length ? ' conflicting' : ''}${isPosition ? ' position' : ''}${isDissent ? ' dissent' : ''}`,
      id: `event-${event.eventId}`,
      'data-testid': 'event',
      dataset: { eventId: event.eventId, side: event.side, claimedAt: event.claimedAt, citations: cited.length },
    },
    el(
      'header',
      {},
      el('time', {}, event.claimedAt),
      ' ',
      el('span', { class: 'assertion' }, assertion(event)),
      isPosition ? el('span', { class: 'badge current' }, 'current position') : null,
      isDissent ? el('span', { class: 'badge dissent' }, 'dissent') : null,
      conflictReasons.length ? el('span', { class: 'badge conflict', 'data-testid': 'conflict-mark' }, 'in conflict') : null,
    ),
    el('p', { class: 'claimants' }, event.claimants.join(', ')),
    el('p', { class: 'count' }, `${cited.length} citation${cited.length === 1 ? '' : 's'}`),
    el('ol', { class: 'citations' }, cited.map(citation)),
  );
};

/** The lanes: one row per side, each event a mark at its date; a mark links to its card below. */
const laneStrip = (timeline, conflicted) => {
  if (timeline.length === 0) return null;
  const days = timeline.map((e) => firstDay(e.claimedAt)).sort();
  const from = days[0];
  const to = days[days.length - 1];
  return el(
    'div',
    { class: 'lanes', 'data-testid': 'lanes' },
    LANES.map((side) =>
      el(
        'div',
        { class: `lane ${side}`, 'data-testid': `lane-${side}` },
        el('span', { class: 'lane-label' }, SIDE_LABEL[side]),
        el(
          'div',
          { class: 'track' },
          timeline
            .filter((e) => e.side === side)
            .map((e) =>
              el('a', {
                class: `mark ${e.stance}${conflicted.has(e.eventId) ? ' conflicting' : ''}`,
                href: `#event-${e.eventId}`,
                style: `left: calc(${(positionOf(e.claimedAt, from, to) * 100).toFixed(2)}% - 6px)`,
                title: `${e.claimedAt}: ${e.claimants.join(', ')} — ${assertion(e)}`,
                onclick: (ev) => {
                  ev.preventDefault();
                  document.getElementById(`event-${e.eventId}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
                },
              }),
            ),
        ),
      ),
    ),
    el('div', { class: 'axis' }, el('span', {}, from), el('span', {}, to)),
  );
};

/** One place: status, each side's position, conflicts with their reasons, the lanes, and every event with its citations. */
export const renderPlace = (section, state, claims, { asOf, onClose }) => {
  const byEvent = citationsByEvent(claims);
  const conflictReasons = new Map();
  for (const c of state.conflicts) for (const id of [c.a, c.b]) conflictReasons.set(id, [...(conflictReasons.get(id) ?? []), c.reason]);
  const positions = new Map(state.positions.map((p) => [p.side, p.event]));
  const currentIds = new Set(state.positions.map((p) => p.event.eventId));
  const dissentIds = new Set(state.dissent.map((e) => e.eventId));
  const place = state.place;
  fill(
    section,
    el('button', { class: 'close', type: 'button', onclick: onClose, 'data-testid': 'place-close' }, 'close'),
    el(
      'h2',
      { 'data-testid': 'place-name' },
      place.name,
      ' ',
      el(
        'span',
        { class: `status ${state.status}`, 'data-testid': 'place-status', dataset: { status: state.status } },
        STATUS_LABEL[state.status],
      ),
    ),
    el(
      'p',
      { class: 'meta' },
      [place.admin1, place.country].filter(Boolean).join(', '),
      place.resolved ? '' : ' (provisional: not in the gazetteer)',
      ` · ${state.claimCount} claims, ${state.eventCount} events, ${state.outletCount} outlets · version ${state.version} · `,
      asOf ? el('strong', { 'data-testid': 'place-as-of' }, `as of ${asOf}`) : `updated ${state.updatedAt}`,
    ),
    el(
      'div',
      { class: 'positions' },
      LANES.map((side) => {
        const event = positions.get(side);
        return el(
          'div',
          { class: `position ${side}`, 'data-testid': `position-${side}` },
          el('h3', {}, SIDE_LABEL[side]),
          event
            ? [el('p', { class: 'assertion' }, assertion(event)), el('p', {}, `${event.claimants.join(', ')}, ${event.claimedAt}`)]
            : el('p', { class: 'none' }, 'nothing said'),
        );
      }),
    ),
    state.conflicts.length
      ? el(
          'div',
          { class: 'conflicts', 'data-testid': 'conflicts' },
          el('h3', {}, 'Conflicts'),
          el(
            'ul',
            {},
            state.conflicts.map((c) =>
              el(
                'li',
                { 'data-testid': 'conflict', dataset: { a: c.a, b: c.b } },
                el('span', { class: 'reason', 'data-testid': 'conflict-reason' }, c.reason),
                ' ',
                el('a', { href: `#event-${c.a}`, onclick: (e) => jump(e, c.a) }, 'one'),
                ' · ',
                el('a', { href: `#event-${c.b}`, onclick: (e) => jump(e, c.b) }, 'the other'),
              ),
            ),
          ),
        )
      : el('p', { class: 'note', 'data-testid': 'no-conflicts' }, 'The two sides’ positions do not contradict each other.'),
    laneStrip(state.timeline, conflictReasons),
    el(
      'div',
      { class: 'columns' },
      LANES.map((side) =>
        el(
          'section',
          { class: `column ${side}`, 'data-testid': `column-${side}` },
          el('h3', {}, SIDE_LABEL[side]),
          state.timeline
            .filter((e) => e.side === side)
            .reverse()
            .map((e) =>
              eventCard(e, {
                claims: byEvent.get(e.eventId) ?? [],
                conflictReasons: conflictReasons.get(e.eventId) ?? [],
                isPosition: currentIds.has(e.eventId),
                isDissent: dissentIds.has(e.eventId),
              }),
            ),
        ),
      ),
    ),
  );
};

const jump = (event, eventId) => {
  event.preventDefault();
  document.getElementById(`event-${eventId}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
};
