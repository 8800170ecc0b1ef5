// extract(article) → claims: pure, deterministic, and fast enough to be the pipeline's hot path.
//
// Per sentence: find places (gazetteer), actors (lexicon and descriptors), cues of control, denial and
// contest (grammar), and who reports them (frames). Each cue becomes claims about the places of its clause —
// or, for "the city" or "the claim", the place the discourse is about — attributed to the speaker of the
// frame that governs it (else the outlet's own voice), its controller read from the agent of the verb, its
// date from the frame's clause, the discourse, or publication.
import { claimIdFor, placeKeyOf } from '../shared/ids.js';
import type { Article, Claim, Claimant, DatePrecision, Party, PlaceRef, Side, Stance } from '../shared/model.js';
import { findActors, sideMarkers, type ActorMention } from './actors.js';
import { findDates, referenceDate, type ClaimDate, type DateMention } from './dates.js';
import { extentNear } from './extent.js';
import { loadGazetteer, type PlaceMention } from './gazetteer/index.js';
import { clauseBreaks } from './clauses.js';
import { matchSentence, type Cue, type Frame } from './rules/matcher.js';
import { splitSentences, type Sentence } from './sentences.js';

const OUTLET: Claimant = { name: 'outlet', role: 'outlet', side: 'NEUTRAL' };
const other = (side: Party): Party => (side === 'RU' ? 'UA' : 'RU');
const asParty = (side: Side | null | undefined): Party | null => (side === 'RU' || side === 'UA' ? side : null);

/** What the article has said so far: for pronouns, "the city", "the claim" and "at the time". */
interface Discourse {
  lastPerson: ActorMention | null;
  lastActor: ActorMention | null;
  lastCountry: ActorMention | null;
  /** Institutions by head noun ("general staff" → Ukraine's General Staff), for a bare "the General Staff". */
  bySide: Map<string, Side>;
  focus: PlaceRef | null;
  lastClaim: Claim | null;
  lastControlClaim: Claim | null;
  lastExplicitDate: ClaimDate | null;
  paragraphDate: { paragraph: number; date: ClaimDate } | null;
  recentSpeaker: { claimant: Claimant; sentence: number } | null;
  /** Mentions of each place so far, by place key: what "the town" most likely refers to. */
  mentionCounts: Map<string, number>;
}

interface Speaker {
  claimant: Claimant;
  date: ClaimDate | null;
}

const ANAPHORIC_PLACE =
  /\b(?:the|this|that)\s+(?:(?:[\w-]+)\s+){0,3}?(?:city|town|village|settlement|hub|stronghold)(?:['’]s)?\b|\bits\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:outskirts|centre|center|districts?|suburbs|streets|part)\b/i;
const ANAPHORIC_CLAIM =
  /\b(?:the|these|this|those|such)\s+(?:claims?|reports?|statements?|assertions?)\b|\b(?:denied|denies|deny|rejected|dismissed)\s+(?:this|it|that)\b/i;
const AT_THE_TIME = /\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then|then)\b/i;
const AT_THE_SAME_TIME = /\b(?:at\s+the\s+same\s+time|simultaneously|meanwhile)\b/i;
const NOT_TARGET_BEFORE =
  /(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|\b(?:km|kilometers|kilometres|miles)\)?\s+(?:from|of|to)|\b(?:near|outside|towards?|direction|visit(?:ed)?(?:\s+to)?)|\bin\s+the\s+direction\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;

export const extract = (article: Article): Claim[] => {
  const gazetteer = loadGazetteer();
  const body = article.body;
  const published = (article.publishedAt ?? article.receivedAt).slice(0, 10);
  const ref = referenceDate(published);
  const sentences = splitSentences(body);
  const mentionsAll = gazetteer.scan(body);
  const placesAll = gazetteer.resolve(mentionsAll);
  const d: Discourse = {
    lastPerson: null,
    lastActor: null,
    lastCountry: null,
    bySide: new Map(),
    focus: null,
    lastClaim: null,
    lastControlClaim: null,
    lastExplicitDate: null,
    paragraphDate: null,
    recentSpeaker: null,
    mentionCounts: new Map(),
  };
  const claims: ArticleClaims = { byKey: new Map(), fromHeadline: new Set() };
  let cursor = 0;
  const namedSpeakers = new Map<number, Claimant>();
  const sentenceOfClaim = new Map<string, number>();

  sentences.forEach((sentence, index) => {
    const places: { mention: PlaceMention; place: PlaceRef }[] = [];
    while (cursor < mentionsAll.length && mentionsAll[cursor]!.start < sentence.start) cursor++;
    for (let i = cursor; i < mentionsAll.length && mentionsAll[i]!.end <= sentence.end; i++)
      places.push({ mention: mentionsAll[i]!, place: placesAll[i]! });
    const local = (offset: number): number => offset - sentence.start;
    const text = sentence.text;
    const actors = findActors(text).map((a) => resolveActor(a, d));
    const dates = findDates(text, ref);
    const sentenceDate = dates[0] ?? null;
    const matched = matchSentence(text);
    const cues = matched.cues;
    const sentenceFrames = matched.frames;

    if (cues.length && (places.length || ANAPHORIC_PLACE.test(text) || cues.some((c) => c.stance === 'DENIAL'))) {
      const frames = sentenceFrames;
      const breaks = clauseBreaks(text);
      const clauseOf = (pos: number): number => breaks.reduce((k, b, i) => (b.at <= pos ? i : k), 0);
      const clauseSpan = (k: number): [number, number] => [breaks[k]!.at, breaks[k + 1]?.at ?? text.length];
      const speakers = new Map<Frame, Speaker>();
      let previous: Speaker | null = null;
      for (const f of frames) {
        const s: Speaker = speakerOf(f, text, actors, clauseSpan(clauseOf(f.start)), previous, d, dates, index);
        speakers.set(f, s);
        previous = s;
      }
      const consumed = new Set<Cue>();
      for (const c of cues) {
        if (consumed.has(c)) continue;
        if (c.weak && !places.length && !ANAPHORIC_CLAIM.test(text)) continue;
        if (actors.some((a) => a.kind === 'named' && a.start <= c.start && a.end >= c.end)) continue;
        const k = clauseOf(c.start);
        const frame = governingFrame(c, frames, clauseOf, breaks, text);
        if (c.nominal && (!frame || speakers.get(frame)!.claimant === OUTLET)) continue;
        const speaker = frame ? speakers.get(frame)! : recentSpeakerFor(c, d, index, text);
        const claimant = speaker?.claimant ?? OUTLET;
        const [from, to] = clauseSpan(k);
        const isTargetHere = (p: { mention: PlaceMention; place: PlaceRef }): boolean =>
          isTarget(p, text, local) &&
          !actors.some((a) => a.start < local(p.mention.end) && a.end > local(p.mention.start) && a.kind !== 'named');
        let targets = places.filter((p) => local(p.mention.start) >= from && local(p.mention.end) <= to && isTargetHere(p));
        // Fighting, encirclement and gains are about the place they happen in, next to the words.
        if (c.stance === 'CONTESTED')
          targets = targets.filter((p) => local(p.mention.start) >= c.start - 60 && local(p.mention.start) <= c.end + 80);
        // "Russia says it has retaken Sudzha": an active verb's object is what it claims; the places before it
        // count only when nothing follows ("the villages of A and B have been liberated").
        if (c.stance === 'CONTROL' && !c.passive) {
          const objects = targets.filter((p) => local(p.mention.start) >= c.end && local(p.mention.start) - c.end < 90);
          if (objects.length || c.objectOnly)
            targets = c.objectOnly
              ? [
                  ...objects,
                  ...targets.filter(
                    (p) =>
                      /\bof\s+$/.test(text.slice(Math.max(0, local(p.mention.start) - 4), local(p.mention.start))) &&
                      /^\s+(?:it|they|we|Ukraine|Russia)\s+(?:still\s+)?(?:holds?|held)/i.test(text.slice(local(p.mention.end), c.end)),
                  ),
                ]
              : objects;
        }
        if (targets.some((t) => t.place.id?.startsWith('geonames-admin1') !== true))
          targets = targets.filter((t) => !t.place.id?.startsWith('geonames-admin1') || t.mention.cue !== 'region');

        let stance: Stance = c.stance;
        let controller: Party | null;
        let anaphoricClaim: Claim | null = null;
        if (c.stance === 'DENIAL') {
          const negated = /\b(?:not|n['’]t|never)\b/i.test(c.text);
          // "denied that X was captured" denies what follows; "the claim was untrue" denies what came before.
          const embedded = negated
            ? c
            : c.weak
              ? cues.find((e) => e.end <= c.start && e.stance === 'CONTROL' && !e.concession && clauseOf(e.start) === k)
              : cues.find((e) => e.start > c.end && e.stance === 'CONTROL' && !e.concession);
          // A cue after the denial belongs to what is denied unless another report comes between them.
          const inDenial = (e: Cue): boolean => e.start > c.end && !frames.some((f) => f.start > c.end && f.start < e.start && !f.denial);
          if (embedded && (embedded === c || embedded.end <= c.start || inDenial(embedded))) consumed.add(embedded);
          if (!c.weak) for (const e of cues) if (e.stance === 'CONTESTED' && inDenial(e)) consumed.add(e);
          const claimsOf = /\b(Russian|Ukrainian|Moscow['’]s|Kyiv['’]s|Russia['’]s|Ukraine['’]s)\s+(?:claims?|reports?|statements?)/i.exec(
            c.weak ? text.slice(from, c.start) : text.slice(c.end, c.end + 40),
          );
          if (embedded) {
            controller = negated
              ? controllerOf(
                  { ...c, stance: 'CONTROL', passive: /\bby\b/.test(text.slice(c.end, c.end + 5)) || c.passive },
                  text,
                  actors,
                  { ...claimant, side: 'NEUTRAL' },
                  claimant,
                )
              : controllerOf(
                  embedded,
                  text,
                  actors,
                  claimant,
                  speakerOfCue(embedded, frames, speakers, clauseOf, breaks, text) ?? claimant,
                );
            if (negated && (!controller || controller === claimant.side))
              controller = asParty(claimant.side) ? other(asParty(claimant.side)!) : controller;
            if (!targets.length) {
              const [, eTo] = clauseSpan(clauseOf(embedded.start));
              targets = places.filter((p) => local(p.mention.start) > c.end && local(p.mention.end) <= eTo && isTargetHere(p));
            }
          } else if (claimsOf) {
            controller = /russia|moscow/i.test(claimsOf[1]!) ? 'RU' : 'UA';
          } else {
            // "denied that its forces were encircled": a denial of a contest, not of anyone's control.
            const deniesContest =
              /^\s+that\b/.test(text.slice(c.end, c.end + 6)) &&
              cues.some((e) => e.stance === 'CONTESTED' && clauseOf(e.start) === k && inDenial(e));
            if (deniesContest) continue;
            anaphoricClaim = d.lastControlClaim;
            controller = anaphoricClaim?.controller ?? null;
          }
          if (!targets.length && anaphoricClaim) targets = [{ mention: null as unknown as PlaceMention, place: anaphoricClaim.place }];
          if (!targets.length && d.lastClaim && (ANAPHORIC_CLAIM.test(text) || ANAPHORIC_PLACE.test(text)))
            targets = [{ mention: null as unknown as PlaceMention, place: d.lastClaim.place }];
          if (claimant.side === 'NEUTRAL') continue;
        } else if (c.stance === 'CONTESTED') {
          controller = contestedController(c, text, actors, claimant);
        } else {
          controller = controllerOf(c, text, actors, claimant, claimant);
          if (c.concession && controller) stance = 'CONTROL';
        }
        const anaphoraScope =
          c.stance === 'CONTESTED'
            ? text.slice(Math.max(from, c.start - 60), Math.min(to, c.end + 80))
            : c.objectOnly
              ? text.slice(c.end, to)
              : text.slice(from, to);
        // "... occupied Kherson before being driven out": a participle clause goes on about the previous clause's place.
        if (
          !targets.length &&
          k > 0 &&
          /^(?:before|after|while|and|then)?\s*(?:being|having|\w+ing)\b/i.test(text.slice(from, to).replace(/^[,;\s]+/, ''))
        ) {
          const [pFrom, pTo] = clauseSpan(k - 1);
          targets = places.filter((p) => local(p.mention.start) >= pFrom && local(p.mention.end) <= pTo && isTargetHere(p));
        }
        if (!targets.length && d.focus && ANAPHORIC_PLACE.test(anaphoraScope))
          targets = [{ mention: null as unknown as PlaceMention, place: d.focus }];
        if (!targets.length) continue;
        if (stance !== 'CONTESTED' && !controller) continue;

        const date = claimDate(
          c,
          k,
          frame ? speakers.get(frame)!.date : null,
          clauseSpan,
          dates,
          sentenceDate,
          text,
          sentence,
          d,
          anaphoricClaim,
          published,
          claimant,
        );
        if (!date) continue;
        for (const t of targets) {
          const extent =
            stance === 'CONTROL' ? extentNear(text, c, t.mention ? local(t.mention.start) : null) : { extent: null, qualifier: null };
          const claim = buildClaim(article, t.place, claimant, stance, controller, extent, date, sentence);
          sentenceOfClaim.set(claim.claimId, index);
          keep(claims, claim, sentence.headline);
          d.lastClaim = claim;
          if (claim.stance === 'CONTROL') d.lastControlClaim = claim;
        }
      }
    }

    // Discourse bookkeeping for the sentences that follow.
    const narrated = dates.filter((x) => !insideQuote(text, x.start) && !/^(?:today|tonight|now)$/i.test(text.slice(x.start, x.end)));
    if (narrated.length) d.lastExplicitDate = { value: narrated[0]!.value, precision: narrated[0]!.precision };
    if (sentenceDate) d.paragraphDate = { paragraph: sentence.paragraph, date: sentenceDate };
    else if (AT_THE_SAME_TIME.test(text) && d.lastExplicitDate)
      d.paragraphDate = { paragraph: sentence.paragraph, date: d.lastExplicitDate };
    else if (d.paragraphDate && d.paragraphDate.paragraph !== sentence.paragraph) d.paragraphDate = null;
    for (const a of actors) remember(a, d);
    const lastFrame = sentenceFrames.at(-1);
    if (lastFrame) {
      const s = speakerOf(lastFrame, text, actors, [0, text.length], null, d, dates, index);
      if (s.claimant.side !== 'NEUTRAL') d.recentSpeaker = { claimant: s.claimant, sentence: index };
      if (isPersonName(s.claimant)) namedSpeakers.set(index, s.claimant);
    }
    // "the town" refers to the place the story is about: the most mentioned so far, the latest of those on a tie.
    for (const p of places)
      if (p.mention && p.place.id?.startsWith('geonames-admin1') !== true && isTarget(p, text, local)) {
        const key = placeKeyOf(p.place);
        d.mentionCounts.set(key, (d.mentionCounts.get(key) ?? 0) + 1);
        if (!d.focus || d.mentionCounts.get(key)! >= (d.mentionCounts.get(placeKeyOf(d.focus)) ?? 0)) d.focus = p.place;
      }
  });
  // "Russia insisted on Thursday that ... Speaking in Moscow, Maria Zakharova said ...": a lede that gives a
  // country or an unnamed group the claim, followed by the person who made it, names that person too.
  return [...claims.byKey.values()].map((c) => {
    if (isPersonName(c.claimant) || c.claimant.side === 'NEUTRAL' || /\(/.test(c.claimant.name)) return c;
    const next = namedSpeakers.get((sentenceOfClaim.get(c.claimId) ?? -2) + 1);
    return next && next.side === c.claimant.side ? { ...c, claimant: { ...c.claimant, name: `${c.claimant.name} (${next.name})` } } : c;
  });
};

/** Whether a position lies between an odd number of quotation marks. */
const insideQuote = (text: string, at: number): boolean => (text.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1;

/** A generic actor without a side takes it from the discourse: "his generals", "the General Staff". */
const resolveActor = (a: ActorMention, d: Discourse): ActorMention => {
  if (a.side || a.kind === 'pronoun') return a;
  const head = a.name.toLowerCase().split(' ').slice(-2).join(' ');
  const known = d.bySide.get(head) ?? d.bySide.get(head.split(' ').pop()!);
  if (known) return { ...a, side: known };
  if (/^(?:his|her)\b/i.test(a.name) && d.lastPerson?.side) return { ...a, side: d.lastPerson.side };
  return a;
};

const remember = (a: ActorMention, d: Discourse): void => {
  if (a.kind === 'pronoun' || !a.side) return;
  if (a.kind === 'named' && a.role !== 'media' && a.role !== 'group') d.lastPerson = a;
  if (a.kind === 'country') d.lastCountry = a;
  d.lastActor = a;
  const words = a.name.toLowerCase().split(' ');
  d.bySide.set(words.slice(-2).join(' '), a.side);
  // "the ministry" after "the Russian Defence Ministry": a singular head noun alone refers back too ("forces" or
  // "troops" do not: "its forces" is whoever "it" is).
  const head = words.at(-1)!;
  if (a.kind !== 'country' && words.length > 1 && !/s$/.test(head) && !/^(?:its|their|his|her)$/.test(words[0]!))
    d.bySide.set(head, a.side);
};

/** The actor a pronoun stands for. */
const pronounReferent = (a: ActorMention, d: Discourse, speaker: Claimant | null): ActorMention | null => {
  const word = a.name.toLowerCase();
  if (word === 'he' || word === 'she' || word.startsWith('the head')) return d.lastPerson;
  if (word === 'it')
    return speaker && speaker.side !== 'NEUTRAL' ? ({ ...a, name: speaker.name, side: speaker.side } as ActorMention) : d.lastCountry;
  return speaker && speaker.side !== 'NEUTRAL' ? ({ ...a, name: speaker.name, side: speaker.side } as ActorMention) : d.lastActor;
};

const claimantOf = (a: ActorMention, d: Discourse, speaker: Claimant | null, sentenceIndex: number): Claimant | null => {
  // "she said" after a sentence in which Zakharova spoke is Zakharova, whoever else that sentence named.
  if (
    a.kind === 'pronoun' &&
    /^(?:he|she)$/i.test(a.name) &&
    d.recentSpeaker &&
    sentenceIndex - d.recentSpeaker.sentence <= 2 &&
    d.recentSpeaker.claimant.role !== 'country'
  ) {
    return d.recentSpeaker.claimant;
  }
  const actor = a.kind === 'pronoun' ? pronounReferent(a, d, speaker) : a;
  if (!actor?.side) return null;
  return { name: actor.name, role: actor.role, side: actor.side };
};

const RANK: Record<string, number> = { named: 0, generic: 1, country: 2, pronoun: 3 };

/** Who speaks through a frame: its subject, the name after "according to"/"by", or the speaker before it. */
const speakerOf = (
  f: Frame,
  text: string,
  actors: ActorMention[],
  [from, to]: [number, number],
  previous: Speaker | null,
  d: Discourse,
  dates: DateMention[],
  sentenceIndex: number,
): Speaker => {
  const dateNear = (): ClaimDate | null => {
    const initial = dates.find((x) => x.start < 25 && x.start < (text.indexOf(',') >= 0 ? text.indexOf(',') : 25));
    const inClause = dates.filter((x) => x.start >= from && x.end <= to && Math.abs(x.start - f.start) < 120);
    const best = inClause.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0] ?? initial ?? null;
    return best ? { value: best.value, precision: best.precision } : null;
  };
  let chosen: ActorMention | null = null;
  if (f.kind === 'according' || f.kind === 'by') {
    const next = text.slice(f.end).search(/\bthat\b|[,;]\s+(?:that|who)\b|$/);
    const span = actors.filter((a) => a.start >= f.end && a.start <= f.end + Math.max(next, 0) + 1);
    chosen = [...span].sort((a, b) => RANK[a.kind]! - RANK[b.kind]! || a.start - b.start)[0] ?? null;
  } else if (f.kind === 'possessive') {
    chosen = [...actors].reverse().find((a) => a.end <= f.start && f.start - a.end <= 4) ?? null;
  } else {
    const quoteClose = Math.max(text.lastIndexOf('”', f.start), text.lastIndexOf('"', f.start), -1);
    const thatAt = text.slice(0, f.start).search(/\bthat\b(?!.*\bthat\b)/);
    const spanStart = Math.max(from, quoteClose + 1, thatAt >= 0 ? thatAt + 4 : 0);
    // The subject is the last actor before the verb that is not inside a prepositional phrase
    // ("Leonid Sharov, spokesman for the Sapad group, told": Sharov; "in Moscow, Maria Zakharova said": Zakharova).
    const subject = actors.filter(
      (a) =>
        a.start >= spanStart &&
        a.end <= f.start &&
        !/\b(?:for|of|in|at|from|with|to|by|on|about|near|against)\s+(?:the\s+|a\s+)?$/i.test(
          text.slice(Math.max(0, a.start - 12), a.start),
        ),
    );
    // A named person or institution in the subject beats the title beside it ("Viktor Trehubov, a Ukrainian military spokesman").
    const adjacent = subject.find(
      (a) =>
        /^\s*$/.test(text.slice(a.end, f.start)) ||
        /^\s+(?:also|has|have|had|later|then|again|further|had\s+also|reportedly)\s+$/i.test(text.slice(a.end, f.start)),
    );
    const subjectLast =
      (adjacent && (adjacent.kind !== 'generic' || adjacent.side) ? adjacent : null) ??
      [...subject].reverse().find((a) => a.kind === 'named') ??
      [...subject].reverse().find((a) => a.side) ??
      subject[subject.length - 1] ??
      null;
    // Inverted attribution: '..." said the head of state', '..., said Maria Zakharova'.
    const inverted = /["”,]\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start))
      ? actors.find((a) => a.start >= f.end && /^\s*(?:the\s+)?$/.test(text.slice(f.end, a.start)))
      : undefined;
    // A passive report names its speaker after "by": "a claim rejected by Ukraine's military".
    const agent = actors.find((a) => a.start >= f.end && /^\s+by\s+(?:the\s+)?$/i.test(text.slice(f.end, a.start)));
    chosen = agent ?? subjectLast ?? inverted ?? null;
    // A country speaking through a person the same clause names: "Ukraine denied ... during President Zelenskyy's visit".
    if (chosen?.kind === 'country') {
      const person = actors.find(
        (a) => a.kind === 'named' && a.side === chosen!.side && a.start >= from && a.end <= to && a.role !== 'media' && a.role !== 'group',
      );
      if (person) {
        const country = chosen;
        return {
          claimant: { name: `${country.name} (${person.name})`, role: 'country', side: country.side! },
          date: dateNear() ?? previous?.date ?? null,
        };
      }
    }
  }
  const claimant = chosen ? claimantOf(chosen, d, previous?.claimant ?? null, sentenceIndex) : null;
  if (!claimant && previous) return { claimant: previous.claimant, date: dateNear() ?? previous.date };
  return { claimant: claimant ?? OUTLET, date: dateNear() ?? previous?.date ?? null };
};

/** The frame that reports a cue: the nearest before it in its clause (or a clause continuing that speech), else a trailing one. */
const governingFrame = (
  c: Cue,
  frames: Frame[],
  clauseOf: (pos: number) => number,
  breaks: { at: number; continues: boolean }[],
  text: string,
): Frame | null => {
  if (c.stance === 'DENIAL') {
    const own = frames.find((f) => f.denial && f.start === c.start);
    if (own) return own;
  }
  const k = clauseOf(c.start);
  let reach = k;
  while (reach > 0 && breaks[reach]!.continues) reach--;
  const before = frames.filter(
    (f) => f.end <= c.start && clauseOf(f.start) >= reach && clauseOf(f.start) <= k && !(f.denial && c.stance !== 'DENIAL'),
  );
  const beforeAny = frames.filter((f) => f.end <= c.start && clauseOf(f.start) >= reach && clauseOf(f.start) <= k);
  if (before.length) return before[before.length - 1]!;
  if (beforeAny.length) return beforeAny[beforeAny.length - 1]!;
  // A quote, or a clause, whose speaker comes after: '..." she said', '..., the brigade declared online'.
  const afterFrames = frames.filter((f) => f.start >= c.end && (clauseOf(f.start) === k || /["”]/.test(text.slice(c.end, f.start))));
  return afterFrames.find((f) => f.kind !== 'according' && f.kind !== 'by' && f.kind !== 'possessive') ?? afterFrames[0] ?? null;
};

const speakerOfCue = (
  c: Cue,
  frames: Frame[],
  speakers: Map<Frame, Speaker>,
  clauseOf: (pos: number) => number,
  breaks: { at: number; continues: boolean }[],
  text: string,
): Claimant | null => {
  const f = governingFrame(c, frames, clauseOf, breaks, text);
  return f ? speakers.get(f)!.claimant : null;
};

/** A concession with nobody named in its sentence continues the speech of the last speaker (within two sentences). */
const recentSpeakerFor = (c: Cue, d: Discourse, index: number, text: string): Speaker | null => {
  if (!d.recentSpeaker) return null;
  const gap = index - d.recentSpeaker.sentence;
  if (c.concession && gap <= 2) return { claimant: d.recentSpeaker.claimant, date: null };
  // A sentence that is all quotation, right after a speaker's, goes on quoting that speaker.
  if (gap === 1 && /^["“]/.test(text)) return { claimant: d.recentSpeaker.claimant, date: null };
  return null;
};

const AGENT_WINDOW = 90;

/** Whose control a CONTROL cue asserts: its agent ("by X", "under the control of X", the subject), else the claimant's side. */
const controllerOf = (c: Cue, text: string, actors: ActorMention[], claimant: Claimant, speaker: Claimant): Party | null => {
  const sideOf = (a: ActorMention): Party | null =>
    a.kind === 'pronoun' ? (/^(?:it|they|we)$/i.test(a.name) ? asParty(speaker.side) : null) : asParty(a.side);
  const afterText = text.slice(c.end, c.end + AGENT_WINDOW);
  // "under the control of the Russian armed forces", "captured by Russian troops", "fell to X"
  const by = /\b(?:by|of|to)\s+((?:the\s+)?[^,.;]{0,60})/i.exec(text.slice(c.start, c.end + 70));
  if (by && (c.passive || /control\s+of|fell\s+to|fallen\s+to|hands/i.test(c.text + afterText.slice(0, 12)) || c.nominal)) {
    const at = c.start + by.index + by[0].indexOf(by[1]!);
    const agent = actors.find((a) => a.start >= at && a.start < at + 45 && sideOf(a));
    const passiveBy = /\bby\b/i.test(by[0]);
    if (agent && (passiveBy || !c.nominal)) return flip(c, sideOf(agent)!);
  }
  // "Moscow's control over", "its control"
  const possessive = /([\w'’-]+)['’]s\s+(?:full\s+|complete\s+)?control|\b(its|their|our)\s+(?:full\s+)?control/i.exec(c.text);
  if (possessive) {
    const word = possessive[1] ?? possessive[2]!;
    if (/^(?:its|their|our)$/i.test(word)) return asParty(speaker.side);
    const a = actors.find((x) => x.start >= c.start && x.end <= c.end && x.side);
    if (a) return asParty(a.side);
  }
  const underX = /under\s+(?:the\s+)?([\w'’-]+)\s+control|in\s+([\w'’-]+)\s+hands/i.exec(c.text);
  if (underX) {
    const a = actors.find((x) => x.start >= c.start && x.end <= c.end && x.side);
    if (a) return asParty(a.side);
    if (/^(?:its|their|our)$/i.test(underX[1] ?? underX[2] ?? '')) return asParty(speaker.side);
  }
  // The subject: the nearest actor before the verb, not beyond "that" or the previous clause.
  const before = text.slice(0, c.start);
  const limit = Math.max(before.search(/\bthat\b(?!.*\bthat\b)/), before.lastIndexOf(';'), 0);
  const subject = [...actors]
    .reverse()
    .find((a) => a.end <= c.start && a.start >= limit && c.start - a.end < AGENT_WINDOW && (sideOf(a) || a.kind === 'generic'));
  if (subject && sideOf(subject) && !c.passive) return flip(c, sideOf(subject)!);
  if (/^its\b|^their\b/i.test(subject?.name ?? '') && !c.passive) return flip(c, asParty(speaker.side) ?? asParty(claimant.side) ?? 'RU');
  // Nobody named: a side claims its own gains, or concedes a loss.
  const own = asParty(claimant.side);
  return own ? flip(c, own) : null;
};

const flip = (c: Cue, side: Party): Party => (c.concession ? other(side) : side);

/** For CONTESTED: the side said to be gaining — the agent of gains, or the other side of whoever is pinned down. */
const contestedController = (c: Cue, text: string, actors: ActorMention[], claimant: Claimant): Party | null => {
  if (c.pinned) {
    // "the encirclement of Russian troops" names the pinned side after the words; "Russian troops are blocked inside", before.
    const objectFirst = /ment|ing$|^cut/i.test(c.text);
    const markers = sideMarkers(text).filter(
      (m) => !actors.some((a) => a.kind !== 'generic' && a.start <= m.start && a.end >= m.end && a.name === claimant.name),
    );
    const after = markers.find((m) => m.start >= c.end && m.start - c.end < 40);
    const before = [...markers]
      .reverse()
      .find(
        (m) =>
          m.end <= c.start && c.start - m.end < 50 && !actors.some((a) => a.name === claimant.name && a.start <= m.start && a.end >= m.end),
      );
    const pinned = objectFirst ? (after ?? before) : (before ?? after);
    if (pinned) return other(asParty(pinned.side)!);
  }
  const subject = [...actors].reverse().find((a) => a.end <= c.start && c.start - a.end < 60 && asParty(a.side));
  if (subject && !c.pinned) return asParty(subject.side);
  const advance = /\b(?:Russia|Russian|Moscow)\b[^.;]{0,40}\badvance/i.test(text)
    ? 'RU'
    : /\b(?:Ukraine|Ukrainian|Kyiv)\b[^.;]{0,40}\badvance/i.test(text)
      ? 'UA'
      : null;
  return advance ?? asParty(claimant.side);
};

/** Whether a place in a clause is what the claim is about, not a landmark ("100 km east of Kharkiv"). */
const isTarget = (p: { mention: PlaceMention; place: PlaceRef }, text: string, local: (n: number) => number): boolean => {
  const before = text.slice(Math.max(0, local(p.mention.start) - 40), local(p.mention.start));
  if (NOT_TARGET_BEFORE.test(before)) return false;
  // "Kyiv's forces", "Moscow's control": a possessive names a government or an army, not a place.
  if (
    /^['’]s\s+(?:forces|troops|army|military|control|government|leadership|claims?|offensive|units|attempts?|defen[cs]es)\b/i.test(
      text.slice(local(p.mention.end), local(p.mention.end) + 20),
    )
  )
    return false;
  if (p.mention.cue === 'region' && /\b(?:in|of)\s+(?:the\s+)?(?:country['’]s\s+)?(?:\w+\s+)?$/i.test(before)) return false;
  const after = text.slice(local(p.mention.end), local(p.mention.end) + 40);
  if (
    /^\s+(?:operational|group|grouping|brigade|direction|front|axis|sector|offensive|counteroffensive|counter-offensive|garrison)\b/i.test(
      after,
    )
  )
    return false;
  if (/,\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}(?:city|town|village|hub)\s+(?:of|to|near)\s+$/i.test(before)) return false;
  return true;
};

const claimDate = (
  c: Cue,
  clause: number,
  frameDate: ClaimDate | null,
  clauseSpan: (k: number) => [number, number],
  dates: DateMention[],
  sentenceDate: DateMention | null,
  text: string,
  sentence: Sentence,
  d: Discourse,
  anaphoricClaim: Claim | null,
  published: string,
  claimant: Claimant,
): ClaimDate | null => {
  const [from, to] = clauseSpan(clause);
  const own = dates
    .filter((x) => x.start >= from && x.end <= to)
    .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0];
  const clauseText = text.slice(from, to);
  if (own && (frameDate === null || c.past || clause > 0)) return { value: own.value, precision: own.precision };
  if (frameDate) return frameDate;
  if (own) return { value: own.value, precision: own.precision };
  if (AT_THE_TIME.test(clauseText) && d.lastClaim) return { value: d.lastClaim.claimedAt, precision: d.lastClaim.claimedAtPrecision };
  if (anaphoricClaim) return { value: anaphoricClaim.claimedAt, precision: anaphoricClaim.claimedAtPrecision };
  if (AT_THE_SAME_TIME.test(text) && d.lastExplicitDate) return d.lastExplicitDate;
  if (sentenceDate && clause === 0) return { value: sentenceDate.value, precision: sentenceDate.precision };
  if (d.paragraphDate && d.paragraphDate.paragraph === sentence.paragraph) return d.paragraphDate.date;
  // Told as coming before the news ("this followed reports that ...", "had earlier said"), undated: only the month is known.
  if (/\b(?:followed|earlier|previously|prior\s+to|preceded)\b/i.test(text)) return { value: published.slice(0, 7), precision: 'month' };
  // Background told in the outlet's voice in the past tense, with no date: not datable, so not a claim.
  if (claimant.side === 'NEUTRAL' && c.past && c.stance === 'CONTROL' && !/\b(?:has|have|now|since|this week|today)\b/i.test(clauseText))
    return null;
  return { value: published, precision: 'day' };
};

/** "Maria Zakharova": a person's name, not a country, an institution or a descriptor. */
const isPersonName = (c: Claimant): boolean =>
  c.role !== 'country' &&
  c.role !== 'media' &&
  /^(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+$/.test(c.name) &&
  !/\b(?:Ministry|Staff|Forces|Army|Group|Brigade|Command)\b/.test(c.name);

const CLAIMANT_RANK = (c: Claimant): number =>
  c.side === 'NEUTRAL'
    ? 5
    : c.role === 'country'
      ? 3
      : /\s/.test(c.name) && /^[A-Z]/.test(c.name) && !/['’]s\b|forces|army|military|troops/i.test(c.name)
        ? 0
        : 1;

/** An article's claims by (place, side, stance, controller, month), and which of them the headline gave. */
interface ArticleClaims {
  byKey: Map<string, Claim>;
  fromHeadline: Set<string>;
}

/** One claim per (place, side, stance, controller, month) in an article; the best-attributed, most precise wins. */
const keep = (claims: ArticleClaims, claim: Claim, fromHeadline: boolean): void => {
  const key = [placeKeyOf(claim.place), claim.claimant.side, claim.stance, claim.controller ?? '-', claim.claimedAt.slice(0, 7)].join('|');
  const known = claims.byKey.get(key);
  if (!known) {
    claims.byKey.set(key, claim);
    if (fromHeadline) claims.fromHeadline.add(key);
    return;
  }
  // A headline sums the story up; the body says who said it and when.
  const better =
    CLAIMANT_RANK(claim.claimant) - CLAIMANT_RANK(known.claimant) ||
    (known.claimedAtPrecision === 'month' && claim.claimedAtPrecision === 'day' ? -1 : 0) ||
    (claims.fromHeadline.has(key) && !fromHeadline ? -1 : 0) ||
    (known.extent === null && claim.extent !== null ? -1 : 0);
  // An unqualified "captured" defaults to the whole place; a stated share or qualifier from the other report is more precise.
  const defaulted = (c: Claim): boolean => c.qualifier === null && (c.extent === null || c.extent === 1);
  const [winner, loser] = better < 0 ? [claim, known] : [known, claim];
  const extent =
    defaulted(winner) && !defaulted(loser)
      ? { extent: loser.extent, qualifier: loser.qualifier }
      : { extent: winner.extent, qualifier: winner.qualifier };
  claims.byKey.set(key, { ...winner, ...extent });
  if (winner === claim && !fromHeadline) claims.fromHeadline.delete(key);
};

const buildClaim = (
  article: Article,
  place: PlaceRef,
  claimant: Claimant,
  stance: Stance,
  controller: Party | null,
  extent: { extent: number | null; qualifier: string | null },
  date: ClaimDate,
  sentence: Sentence,
): Claim => {
  const precision: DatePrecision = date.precision;
  return {
    claimId: claimIdFor({
      articleId: article.articleId,
      placeKey: placeKeyOf(place),
      side: claimant.side,
      stance,
      controller,
      claimedAt: date.value,
      evidenceStart: sentence.start,
    }),
    articleId: article.articleId,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    place,
    claimant,
    stance,
    controller,
    extent: extent.extent,
    qualifier: extent.qualifier,
    claimedAt: date.value,
    claimedAtPrecision: precision,
    evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
  };
};
