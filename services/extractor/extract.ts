// extract(article) → claims: pure, deterministic, and fast enough to be the pipeline's hot path.
//
// Per sentence: places (gazetteer), actors (lexicon and descriptors), dates, and the rules' cues, frames and blocks
// (rules/). Each cue is read by the reader of its kind (readers/: control, denial, contest) into a stance, a
// controller and the places it is about; the frame that governs it names the claimant (attribution.ts), else the
// outlet's own voice; dating.ts gives the date. The discourse (discourse.ts) carries what "the city", "the claim",
// "she" and "at the time" refer to from sentence to sentence. The confidence model (confidence/) then judges every
// claim read, and extract() keeps those it believes.
import type { Article, Claim, Claimant, Party, PlaceRef, Stance } from '../shared/model.js';
import { claimIdFor, placeKeyOf } from '../shared/ids.js';
import { withoutInvisibles } from '../shared/invisibleCharacters.js';
import { latinLookalikes } from '../shared/lookalikes.js';
import {
  findActors,
  lexiconConventions,
  lexiconCountries,
  lexiconCountriesExpression,
  lexiconCountryOf,
  lexiconCountrySide,
  lexiconDemonym,
  lexiconSideWords,
  sideMarkers,
  sideOfOutlet,
  voiceOfOutlet,
  type ActorMention,
} from './actors.js';
import { ArticleClaims, buildClaim, type ClaimParts } from './articleClaims.js';
import { bankActedOn, NAMES_BANK } from './banks.js';
import {
  attribute,
  cataphoricSpeaker,
  governingFrame,
  colonSource,
  dashSource,
  frameSpeakers,
  insideQuote,
  isPersonName,
  OUTLET,
  speakerOf,
} from './attribution.js';
import { clauseBreaks, RESUMING_AUXILIARIES } from './clauses.js';
import { clausesOf, type SentenceContext, type SentencePlace, type Speaker, type Target } from './context.js';
import { AT_THE_SAME_TIME, claimDate, itemDate, mainClauseDate } from './dating.js';
import { findDates, narrativeYears, NUMBER_WORDS, referenceDate, sequelDates, type ClaimDate } from './dates.js';
import {
  newDiscourse,
  ownedByBody,
  ownedByPerson,
  theyFromBefore,
  placeNounOf,
  remember,
  resolveActor,
  withSurnames,
  type Discourse,
  type PlaceNoun,
} from './discourse.js';
import type { ArticleSetting } from './confidence/features.js';
import { judgeClaims, type Judged } from './confidence/model.js';
import { extentNear } from './extent.js';
import { loadGazetteer, placeRefOf, type PlaceMention } from './gazetteer/index.js';
import { NAMED_REGION_ID } from './gazetteer/gazetteerFile.js';
import { readContest } from './readers/contest.js';
import { readConfirmation } from './readers/confirmation.js';
import { readControl } from './readers/control.js';
import { asParty, other, possessingSide, verdictOf } from './readers/sides.js';
import { claimBefore, claimCue, deniesClauseBefore, readDenial, sideOfClaimsNamed } from './readers/denial.js';
import type { Reader } from './readers/reading.js';
import {
  ANAPHORIC_CLAIM,
  ANAPHORIC_PLACE,
  anaphoraScope,
  refersToPlace,
  countedRegion,
  isRegion,
  isTargetPlace,
  listFrom,
  participleClauseTargets,
  HELD_PART_BEFORE,
  named,
  UNNAMED_SETTLEMENT,
} from './readers/targets.js';
import { matchSentence, type Cue, type Frame } from './rules/matcher.js';
import { patternClasses } from './rules/classes.js';
import { doubleQuoted, splitSentences, type Sentence } from './sentences.js';
import { SHARE_WORDS } from './shares.js';
import { SAYING_VERBS, SET_AGAINST_WORDS, STATEMENT_NOUNS } from './statements.js';

const READERS: Record<Cue['stance'], Reader> = { CONTROL: readControl, DENIAL: readDenial, CONTESTED: readContest };

/** Capitals and countries that stand for their governments ("Moscow said"): never what "the town" means. */
const GOVERNMENTS = new Set(
  Object.values(lexiconSideWords())
    .flat()
    .map((w) => w.toLowerCase()),
);

/** The claims of an article: what its rules read (readClaims) that the confidence model believes (judge). */
export const extract = (article: Article): Claim[] => judge(article).flatMap((j) => (j.kept ? [j.claim] : []));

/**
 * Every claim the rules read in an article, with the confidence model's belief in it (confidence/): extract() keeps
 * those that clear the model's threshold, `claimwire extract --explain` shows them all.
 */
export const judge = (article: Article): Judged[] => {
  const { claims, setting } = readClaims(article);
  return judgeClaims(claims, setting);
};

/**
 * Every claim the rules read in an article, before the confidence model judges them, and what the model reads around
 * them. Invisible characters (zero-width spaces, soft hyphens, bidi controls) that copy pasted from web pages carries
 * inside names are read past, and Cyrillic look-alikes inside Latin words ("Hryhorivkа") are read as Latin; every
 * claim's evidence still quotes, and its id and offsets still point into, the article as sent.
 */
export const readClaims = (article: Article): { claims: Claim[]; setting: Omit<ArticleSetting, 'claims' | 'story'> } => {
  const latin = latinLookalikes(article.body);
  const visible = withoutInvisibles(latin ?? article.body);
  const plain = visible === null && latin === null;
  const read = extractVisible(plain ? article : { ...article, body: visible?.text ?? latin! });
  const claims = plain
    ? read.claims
    : read.claims.map((claim) => {
        // Look-alikes are replaced one for one: only removed invisibles move offsets.
        const start = visible ? visible.startInOriginal(claim.evidence.start) : claim.evidence.start;
        const end = visible ? visible.endInOriginal(claim.evidence.end) : claim.evidence.end;
        return {
          ...claim,
          claimId: claimIdFor({
            articleId: claim.articleId,
            placeKey: placeKeyOf(claim.place),
            side: claim.claimant.side,
            stance: claim.stance,
            controller: claim.controller,
            claimedAt: claim.claimedAt,
            evidenceStart: start,
          }),
          evidence: { text: article.body.slice(start, end), start, end },
        };
      });
  const leadEnd = visible ? visible.endInOriginal(read.leadEnd) : read.leadEnd;
  return { claims, setting: { bodyLength: article.body.length, published: read.published, mentions: read.mentions, leadEnd } };
};

/** What the confidence model reads around an article's claims, from extractVisible. */
interface Read {
  claims: Claim[];
  published: string;
  mentions: Map<string, number>;
  /** End of the article's first sentence. */
  leadEnd: number;
}

const extractVisible = (article: Article): Read => {
  const gazetteer = loadGazetteer();
  // Offsets stay those of the article's own text, which every claim's evidence quotes.
  const body = doubleQuoted(article.body);
  const published = (article.publishedAt ?? article.receivedAt).slice(0, 10);
  const ref = referenceDate(published);
  const sentences = splitSentences(body);
  const mentionsAll = gazetteer.scan(body);
  const placesAll = gazetteer.resolve(mentionsAll, body);
  const mentions = new Map<string, number>();
  for (const p of placesAll) {
    const key = placeKeyOf(p);
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
  }
  // "the village of Pryluky", "the front-line town of Huliaipole", "Pokrovsk, a key city": what the story calls each
  // place it names, for "the town" in a later sentence.
  const nounOf = new Map<PlaceMention, PlaceNoun>();
  for (const m of mentionsAll) {
    if (m.cue === 'region') continue;
    // ("the first liberated settlement of the Izyum district": a district's name is no settlement's.)
    if (/^\s+(?:district|raion|region|oblast|community|hromada|direction)\b/i.test(body.slice(m.end, m.end + 12))) continue;
    const noun = NOUN_BEFORE.exec(body.slice(Math.max(0, m.start - 30), m.start)) ?? NOUN_AFTER.exec(body.slice(m.end, m.end + 50));
    if (noun) nounOf.set(m, placeNounOf(noun[1]!));
  }
  const d = newDiscourse(sideOfOutlet(article.outlet));
  // A side's own media (TASS, Ukrinform) speak for that side in their unattributed copy.
  if (d.outletSide && article.outlet && voiceOfOutlet(article.outlet))
    d.outletVoice = { name: article.outlet.split(/\s+via\s+/i)[0]!, role: 'media', side: d.outletSide };
  const claims = new ArticleClaims();
  let cursor = 0;
  const namedSpeakers = new Map<number, Claimant>();
  const sentenceOfClaim = new Map<string, number>();

  // "Russian troops did not capture Soledar. ... This was stated by the army's spokesman": a sentence that names the
  // speaker of the paragraph before it (or of the sentences before it in its own paragraph).
  const saidBy = new Map<number, Speaker>();
  // '"The enemy claims it has captured Tabaivka. This is not true," the spokesman said': the sentences of a quote whose
  // speaker is named where it closes.
  const quoteClosedLater = new Map<number, { sentence: number; tail: string; frames: Frame[] }>();
  sentences.forEach((s, j) => {
    if (j === 0) return;
    const speaker = cataphoricSpeaker(s.text, findActors, d, j);
    if (speaker) {
      const paragraph = sentences[j - 1]!.paragraph === s.paragraph ? s.paragraph : sentences[j - 1]!.paragraph;
      for (let i = j - 1; i >= 0 && sentences[i]!.paragraph === paragraph; i--) saidBy.set(i, speaker);
      return;
    }
    // '"The enemy claims it has captured Tabaivka. This is not true," the spokesman said': the quote's speaker,
    // named where it closes, speaks its earlier sentences too.
    const closing = quoteClosedBy(s.text);
    if (closing === null) return;
    // ('..., we are conducting active defense," said Syrsky': an inverted verb is read with the comma and mark it follows.)
    const own = s.text.slice(closing);
    const ownFrames = matchSentence(own).frames;
    const tail = ownFrames.length ? own : s.text.slice(Math.max(0, closing - 2));
    const frames = ownFrames.length ? ownFrames : matchSentence(tail).frames;
    if (!frames.length) return;
    const quote = { sentence: j, tail, frames };
    for (let i = j - 1; i >= 0 && sentences[i]!.paragraph === s.paragraph; i--) {
      quoteClosedLater.set(i, quote);
      if (/^["“]/.test(sentences[i]!.text)) break;
    }
  });
  // The speaker is asked once the story has been read up to the quote's first sentence, so that a surname the story
  // gave before it ('"We do not control Balakliya. ...," Ganchev said') names its person; once per quote.
  const quoteSpeakers = new Map<number, Speaker | undefined>();
  const lateSpeaker = (index: number): Speaker | undefined => {
    const late = quoteClosedLater.get(index);
    if (!late) return undefined;
    if (quoteSpeakers.has(late.sentence)) return quoteSpeakers.get(late.sentence);
    const actors = withSurnames(
      findActors(late.tail).map((a) => resolveActor(a, d)),
      late.tail,
      d,
      [],
    );
    const quoted = frameSpeakers(late.frames, late.tail, actors, clausesOf(late.tail, clauseBreaks(late.tail)), d, [], late.sentence).get(
      late.frames[0]!,
    );
    const speaker = quoted && quoted.claimant.side !== 'NEUTRAL' ? { ...quoted, rule: 'attribution.quote-continues' } : undefined;
    quoteSpeakers.set(late.sentence, speaker);
    return speaker;
  };

  // "Russia said its forces had liberated the town. ... Chasiv Yar, a hilltop town ...": before the story names a
  // place, "the town" is the first settlement it names next.
  // An excerpt that opens on "the town" may name it only paragraphs later: then the town is the settlement the
  // whole story names most (twice at least).
  const settlementAt = (i: number): boolean =>
    mentionsAll[i]!.cue !== 'region' &&
    !placesAll[i]!.id?.startsWith('geonames-admin1') &&
    !GOVERNMENTS.has(mentionsAll[i]!.surface.toLowerCase());
  // (The settlements' mentions in the story's order, found once: a sentence's next one is found by walking along them.)
  const settlementMentions = mentionsAll.flatMap((_, i) => (settlementAt(i) ? [i] : []));
  const counts = new Map<string, { place: PlaceRef; n: number }>();
  for (const i of settlementMentions) {
    const key = placeKeyOf(placesAll[i]!);
    counts.set(key, { place: placesAll[i]!, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  const storyPlace = [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n)[0]?.place ?? null;
  let nextSettlement = 0;
  const upcoming = sentences.map((s) => {
    while (nextSettlement < settlementMentions.length && mentionsAll[settlementMentions[nextSettlement]!]!.start < s.start)
      nextSettlement++;
    const next = settlementMentions[nextSettlement];
    return next !== undefined && mentionsAll[next]!.start - s.end < 600 ? placesAll[next]! : storyPlace;
  });

  // "Ukrainian forces have recaptured a village in the east. The village of Andriivka is ...": the settlements the next
  // two sentences name, each with what the story calls it (looked for only when a cue takes an unnamed settlement).
  const introduced = (j: number): { place: PlaceRef; noun: PlaceNoun }[] => {
    const from = sentences[j]!.end;
    const until = sentences[j + 2]?.end ?? sentences[j + 1]?.end ?? from;
    const named: { place: PlaceRef; noun: PlaceNoun }[] = [];
    mentionsAll.forEach((m, i) => {
      const noun = m.start >= from && m.end <= until ? nounOf.get(m) : undefined;
      if (noun && settlementAt(i)) named.push({ place: placesAll[i]!, noun });
    });
    return named;
  };

  sentences.forEach((sentence, index) => {
    const places: SentencePlace[] = [];
    while (cursor < mentionsAll.length && mentionsAll[cursor]!.start < sentence.start) cursor++;
    for (let i = cursor; i < mentionsAll.length && mentionsAll[i]!.end <= sentence.end; i++)
      places.push({
        mention: mentionsAll[i]!,
        place: placesAll[i]!,
        start: mentionsAll[i]!.start - sentence.start,
        end: mentionsAll[i]!.end - sentence.start,
      });
    const text = sentence.text;
    const found = theyFromBefore(
      placeOfficials(
        ownedByBody(
          ownedByPerson(
            withSurnames(
              possessedTogether(
                findActors(text)
                  // "Chasiv Yar, according to DeepState": two capitalised words the gazetteer names are a place, not a person.
                  .filter((a) => !a.guessed || !places.some((p) => p.start <= a.start && p.end >= a.end)),
                text,
              ).map((a) => resolveActor(a, d)),
              text,
              d,
              places,
            ),
            d,
            text,
          ),
          text,
        ),
        places,
        text,
        d.previousPlaces.length ? d.previousPlaces : d.focus ? [d.focus] : [],
      ),
      d,
      index,
    );
    // '“In October alone, ... . Liubimivka and others were liberated previously.': a quote still open speaks on;
    // "Enemy storms Avdiivka from three directions, - NGU": so does the source a headline names after its dash.
    const quoted =
      saidBy.get(index) ??
      lateSpeaker(index) ??
      (d.openQuote && index - d.openQuote.sentence <= QUOTE_REACH && quoteGoesOn(d.openQuote, sentence.paragraph, text)
        ? d.openQuote.speaker
        : null) ??
      dashSource(text, found) ??
      colonSource(text, found) ??
      undefined;
    const dates = sequelDates(
      text,
      narrativeYears(
        text,
        findDates(text, ref),
        d.narrativeYear && d.narrativeYear.paragraph === sentence.paragraph ? d.narrativeYear.value : null,
        published,
      ),
      d.lastDay && (d.lastDay.sentence === index - 1 || d.lastDay.paragraph === sentence.paragraph) ? d.lastDay.date : null,
    );
    const matched = matchSentence(text);
    const clauses = clausesOf(text, clauseBreaks(text));
    const actors = sidedAdversaries(
      text,
      found,
      (found) => frameSpeakers(matched.frames, text, found, clauses, d, dates, index),
      quoted,
      // "... Syniehubov said. On September 11, the occupiers left A and B.": the enemy of whoever spoke just before.
      (d.recentSpeaker && index - d.recentSpeaker.sentence <= RECENT_ENEMY_REACH ? asParty(d.recentSpeaker.claimant.side) : null) ??
        d.outletSide,
    );
    const ctx: SentenceContext = {
      article,
      published,
      sentence,
      index,
      text,
      tokens: matched.tokens,
      places,
      actors,
      dates,
      cues: matched.cues,
      spreads: matched.spreads,
      frames: matched.frames,
      speakers: new Map(),
      clauses,
      discourse: d,
      saidBy: quoted ?? null,
      upcoming: upcoming[index] ?? null,
      introduced: () => introduced(index),
      // A place inside an actor's name ("the Kupiansk operational group", "the Donetsk People's Militia") is no target.
      // Every reader asks of the same places: each is judged once.
      isTarget: (p) => {
        const known = targetOf.get(p);
        if (known !== undefined) return known;
        const judged = judgeTarget(p);
        targetOf.set(p, judged);
        return judged;
      },
    };
    const targetOf = new Map<SentencePlace, boolean>();
    const judgeTarget = (p: SentencePlace): boolean =>
      isTargetPlace(p, text) &&
      !actors.some((a) => a.start < p.end && a.end > p.start) &&
      // "Luhansk's Kreminna": a possessive place says where the place after it is.
      !places.some((q) => q.start > p.end && POSSESSIVE_LOCATING.test(text.slice(p.end, q.start))) &&
      // "Vuhledar, Donetsk, on Wednesday", "Piatykhatky, Zaporizhzhia, which", "in Kamianske, Zaporizhzhia.": a region set
      // off by commas right after a settlement, or ending the sentence after it, says where the settlement is.
      // ("70% of Donetsk, Zaporizhzhia, and Kherson": regions listed, not a town and its region.)
      !(
        regionLike(p) &&
        /^\s*(?:[,);]|\.(?!\d)|$)/.test(text.slice(p.end, p.end + 2)) &&
        places.some((q) => q.end <= p.start && /^,\s+$/.test(text.slice(q.end, p.start)) && !regionLike(q))
      ) &&
      // "Pokrovsk in Donetsk", "the Yunakivka settlement in Sumy": a place that says where the place before it is.
      !places.some(
        (q) =>
          q !== p &&
          q.end <= p.start &&
          // ("the Donetsk town of Soledar" is the other way round: the name after "town of" is the place.)
          /^\s+(?:(?:settlement|village|town|city)\s+in|in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/.test(text.slice(q.end, p.start)),
      );

    const claiming =
      ctx.cues.length > 0 &&
      (places.length > 0 ||
        ANAPHORIC_PLACE.test(text) ||
        FACILITY_ANAPHOR.test(text) ||
        REGION_ANAPHOR.test(text) ||
        PLURAL_ANAPHOR.test(text) ||
        // ("took a number of positions on the left bank": a bank of the Dnipro, which the gazetteer does not name.)
        NAMES_BANK.test(text) ||
        ctx.cues.some(
          (c) =>
            c.stance === 'DENIAL' || c.unnamed || c.confirms || fightingGoesOnHere(c, ctx) || itObject(c, ctx) || fightingThere(c, ctx),
        ));
    // "The army returned 29 settlements under the flag.": no place, but the list after it may name them.
    if (claiming || ctx.cues.some(isCapture)) {
      // "trying to oust Russian troops from X, the general staff said": those the verb acts on speak for nobody.
      const objects = ctx.cues.filter((c) => c.heldByObject);
      const speaking = objects.length ? actors.filter((a) => !objects.some((c) => a.start >= c.start && a.end <= c.end)) : actors;
      ctx.speakers = frameSpeakers(ctx.frames, text, speaking, clauses, d, dates, index);
      for (const claim of readSentence(ctx, !claiming)) {
        // A named region (Donbas) only as the sentence claims a share or the whole of it, never as "the area" or a
        // locator ("the Donbas village of Umanske").
        // (Nor as what fighting is in: "heavy fighting across the entire Donbas" contests no share of it.)
        if (
          claim.place.id?.startsWith(NAMED_REGION_ID) &&
          (claim.stance === 'CONTESTED' || !places.some((p) => p.place.id === claim.place.id && ctx.isTarget(p)))
        )
          continue;
        sentenceOfClaim.set(claim.claimId, index);
        claims.keep(claim, sentence.headline);
      }
    }
    rememberSentence(ctx, d, namedSpeakers);
    for (const p of places) {
      const noun = nounOf.get(p.mention);
      if (!noun || p.place.id?.startsWith('geonames-admin1')) continue;
      d.byNoun.set(noun, { place: p.place, sentence: index });
      d.nounOfPlace.set(placeKeyOf(p.place), noun);
    }
    d.openQuote = quoteLeftOpen(ctx, quoted);
  });

  const answered = answersCaptures(claims.all(), d.holding, (c) => sentences[sentenceOfClaim.get(c.claimId)!]!, article);
  // "Russia insisted on Thursday that ... Speaking in Moscow, Maria Zakharova said ...": a lede that gives a
  // country or an unnamed group the claim, followed by the person who made it, names that person too.
  const withPersons = answered.map((c) => {
    if (isPersonName(c.claimant) || c.claimant.side === 'NEUTRAL' || /\(/.test(c.claimant.name)) return c;
    const next = namedSpeakers.get((sentenceOfClaim.get(c.claimId) ?? -2) + 1);
    return next && next.side === c.claimant.side ? { ...c, claimant: { ...c.claimant, name: `${c.claimant.name} (${next.name})` } } : c;
  });
  return { claims: withPersons, published, mentions, leadEnd: sentences[0]?.end ?? 0 };
};

/**
 * "Ukrainian officials say Lysychansk remains in Ukraine's hands, despite claims from Russia that the city has been
 * brought under control": a side's present hold on a place the other side claims, in the same story, to have taken
 * (on or before the day of the hold, within a month), or whose claims the hold's sentence names ("contrary to Russian
 * claims"), answers that claim: a denial of it, by the side holding, beside the hold itself. The claim answered may be
 * told before the hold or after it ("..., despite claims from Russia that ..."); a side that denies the capture in so
 * many words has answered already.
 */
const answersCaptures = (all: Claim[], holding: ReadonlySet<string>, sentenceOf: (c: Claim) => Sentence, article: Article): Claim[] => {
  if (!holding.size) return all;
  const out: Claim[] = [];
  for (const h of all) {
    const own = holding.has(h.claimId) ? asParty(h.claimant.side) : null;
    const place = placeKeyOf(h.place);
    const taken = own
      ? all.find(
          (o) =>
            o.claimant.side === other(own) &&
            o.stance === 'CONTROL' &&
            o.controller === other(own) &&
            placeKeyOf(o.place) === place &&
            o.claimedAt <= h.claimedAt &&
            monthsBetween(o.claimedAt, h.claimedAt) <= 1,
        )
      : undefined;
    // "contrary to Russian propaganda claims, the village remains under the control of Ukraine's forces": the other
    // side's claims the hold is set against.
    const against = own && !taken ? CLAIMS_CONTRADICTED.exec(sentenceOf(h).text) : null;
    // "continues to hold Ternuvaty after Russian troops tried to raise the flag there as alleged evidence of its
    // capture": a capture the hold's sentence calls alleged is the other side's, answered.
    const contradicted =
      (against !== null && sideOfClaimsNamed(against[0]) === other(own!)) ||
      (own !== null && !taken && CAPTURE_ALLEGED.test(sentenceOf(h).text));
    const denied = all.some((x) => x.claimant.side === own && x.stance === 'DENIAL' && placeKeyOf(x.place) === place);
    if (!own || !(taken || contradicted) || denied) {
      out.push(h);
      continue;
    }
    out.push(
      buildClaim(article, {
        place: h.place,
        claimant: h.claimant,
        stance: 'DENIAL',
        controller: other(own),
        extent: { extent: null, qualifier: null },
        date: { value: h.claimedAt, precision: h.claimedAtPrecision },
        sentence: sentenceOf(h),
        rules: h.rules ?? [],
      }),
    );
    out.push(h);
  }
  return out;
};

/** "contrary to Russian claims", "despite Moscow's reports", "dismissing Russian claims": claims a hold is set against. */
const CLAIMS_CONTRADICTED = new RegExp(
  `\\b(?:${SET_AGAINST_WORDS})\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${STATEMENT_NOUNS})\\b(?:\\s+(?:by|from|of)\\s+(?:the\\s+)?[\\w'’-]+)?`,
  'i',
);

/** "alleged evidence of its capture", "the purported seizure": a capture the sentence only says is alleged. */
const CAPTURE_ALLEGED =
  /\b(?:alleged|purported|supposed|so-called)\s+(?:evidence\s+of\s+|proof\s+of\s+)?(?:(?:its|the|their|his|her)\s+)?(?:capture|seizure|fall|occupation|takeover)\b/i;

/** Whole months from one claim date (YYYY-MM or YYYY-MM-DD) to a later one. */
const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** "Ukraine’s security service and", "Russia's army and": a possessor whose words "and" joins to the next noun. */
const POSSESSED_AND = /['’]s\s+(?:[\w-]+\s+){1,3}and\s+(?:the\s+|its\s+)?$/i;

/** "Ukraine’s security service and foreign ministry both said": an office joined to a side's possession is that side's. */
const possessedTogether = (actors: ActorMention[], text: string): ActorMention[] =>
  actors.map((a, i) => {
    const owner = actors[i - 1];
    return !a.side && a.kind === 'generic' && owner?.side && POSSESSED_AND.test(text.slice(owner.start, a.start))
      ? { ...a, side: owner.side }
      : a;
  });

/** How many sentences after a side spoke "the enemy" with nobody speaking is still that side's enemy. */
const RECENT_ENEMY_REACH = 2;

/**
 * "The enemy claims it has captured Tabaivka," a Ukrainian spokesman said: "the enemy" is the side opposite to the
 * one speaking in this sentence; with nobody speaking, the enemy of the side that spoke just before, else of a side's
 * own media (Ukrainska Pravda's 'Quote: "The enemy has occupied Martynovka"'), else whose enemy it is stays open.
 */
const sidedAdversaries = (
  text: string,
  actors: ActorMention[],
  speakersOf: (actors: ActorMention[]) => Map<unknown, Speaker>,
  saidBy: Speaker | undefined,
  outletSide: 'RU' | 'UA' | null,
): ActorMention[] => {
  if (!actors.some((a) => a.adversary && !a.side)) return actors;
  const own =
    [...speakersOf(actors).values()].map((s) => asParty(s.claimant.side)).find((side) => side) ??
    asParty(saidBy?.claimant.side) ??
    outletSide;
  return actors.map((a) => {
    if (!a.adversary || a.side) return a;
    // "the Russian ministry said occupiers had taken Tymkivka": a word only the other side uses for the speaker's
    // forces is the narrator's, not the speaker's, outside the speaker's own quoted words.
    if (a.usedBy && (!own || (own !== a.usedBy && !insideQuote(text, a.start)))) return { ...a, side: other(a.usedBy) };
    return own ? { ...a, side: other(own) } : a;
  });
};

/** "the Kursk region's governor", "the mayor of Kherson": an official of a place speaks for the country it is in. */
const OFFICIAL = /\b(?:governor|mayor|head|chief|administration|authorities|council|officials?|police)\b/i;
const placeOfficials = (actors: ActorMention[], places: SentencePlace[], text: string, context: readonly PlaceRef[]): ActorMention[] =>
  actors.map((a) => {
    if (a.side || a.kind !== 'generic' || !OFFICIAL.test(a.name)) return a;
    // "the region's governor", "the regional governor": of the region the sentence names.
    if (
      /\b(?:the\s+)?(?:region|oblast|province)['’]s\s+$/i.test(text.slice(Math.max(0, a.start - 20), a.start)) ||
      /^regional\b/i.test(a.name)
    ) {
      const region = [...places]
        .reverse()
        .find((p) => p.end <= a.start && (p.mention.cue === 'region' || p.place.id?.startsWith('geonames-admin1')));
      const side = region?.place.country === 'RU' ? 'RU' : region?.place.country === 'UA' ? 'UA' : null;
      if (side) return { ...a, side };
    }
    const place = places.find(
      (p) =>
        (p.end <= a.start && /^(?:['’]s)?\s+(?:(?:region|oblast|city|town)(?:['’]s)?\s+)?$/i.test(text.slice(p.end, a.start))) ||
        (p.start >= a.end && /^\s+(?:of|for)\s+(?:the\s+)?(?:(?:city|town|village|region)\s+of\s+)?$/i.test(text.slice(a.end, p.start))),
    );
    const side = place?.place.country === 'RU' ? 'RU' : place?.place.country === 'UA' ? 'UA' : null;
    if (side) return { ...a, side };
    // "..., its mayor says", "the mayor said": a mayor or governor named by office alone governs the places the
    // sentence is about, when they all lie in one country; in a sentence that names none ("The mayor said Russian
    // troops had taken the city"), the places the story is about just then (the sentence before's, else its focus).
    if (!LOCAL_OFFICE.test(a.name)) return a;
    // ("... has become a key target for Moscow, and the local governor said": a capital named as a government is no
    // place governed.)
    // ("Drones struck Kyiv, the city's mayor said": a capital the sentence names only as itself is governed.)
    const notGovernments = places.filter((p) => !actors.some((x) => x.kind === 'country' && x.start <= p.start && x.end >= p.end));
    const governed = notGovernments.length ? notGovernments : places;
    if (governed.length === 0) {
      const countries = new Set(context.map((p) => p.country));
      const [country] = countries;
      return countries.size === 1 && (country === 'RU' || country === 'UA') ? { ...a, side: country } : a;
    }
    // "the local administration in occupied Melitopol": an occupied place's local office is not its country's.
    if (governed.some((p) => OCCUPIED_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)))) return a;
    const countries = new Set(governed.map((p) => p.place.country));
    const [country] = countries;
    return countries.size === 1 && (country === 'RU' || country === 'UA') ? { ...a, side: country } : a;
  });

/** "Luhansk's Kreminna", "Donetsk Oblast's eastern Bakhmut", "Lysychansk's sister city Sievierodonetsk": a possessive place and the place it locates, with at most an adjective (or a twin town's noun) between. */
const POSSESSIVE_LOCATING =
  /^['’]s\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|border|frontline|front-line|embattled|key)\s+)?(?:(?:sister|twin|neighbou?ring|satellite)\s+(?:city|town|village)\s+(?:of\s+)?)?$/i;

/** "occupied Melitopol", "Russian-held Donetsk": a place held by a side that is not its country's. */
const OCCUPIED_BEFORE = /\b(?:occupied|[\w]+-(?:held|occupied|controlled))\s+$/i;

/** A local office named alone: "the mayor", "its mayor", "the city's governor", "the local council". */
const LOCAL_OFFICE =
  /^(?:the\s+|its\s+|an?\s+|the\s+(?:city|town|region)['’]s\s+)?(?:acting\s+|deputy\s+)?(?:(?:(?:regional|local|city)\s+)?(?:mayor|governor)|(?:local|city|town|village|district|municipal|military|regional)\s+(?:military\s+)?(?:council|authorities|administration|officials?))$/i;

/** How many sentences an unclosed quote may run on. */
const QUOTE_REACH = 6;

/**
 * The quote a sentence leaves open for the next ones: its speaker is the frame before the opening mark ('Syrskyi
 * said: “...'), else the speaker the story was quoting ('“In October alone, ...' after Yanushevych said ...).
 */
const quoteLeftOpen = (ctx: SentenceContext, quoted: Speaker | undefined): Discourse['openQuote'] => {
  const { text, discourse: d, index } = ctx;
  const marks = [...text.matchAll(/["“”]/g)];
  if (marks.length % 2 === 0)
    return d.openQuote && index - d.openQuote.sentence < QUOTE_REACH && quoteGoesOn(d.openQuote, ctx.sentence.paragraph, text)
      ? { ...d.openQuote, paragraph: ctx.sentence.paragraph }
      : null;
  if (quoteClosedBy(text) !== null) return null;
  const opening = marks.at(-1)!.index;
  // ('told AP that Prigozhin's claim "is not true. ...': a claim named right before the quote is its subject, not its
  // speaker; the verb before it is who speaks. "Prigozhin's claim that "..." is his.)
  const frame = [...ctx.frames]
    .reverse()
    .find(
      (f) =>
        f.end <= opening &&
        !insideQuote(text, f.start) &&
        !(
          (f.kind === 'possessive' || f.kind === 'by') &&
          /^\s*$/.test(text.slice(f.end, opening)) &&
          ctx.frames.some((g) => g.kind === 'verb' && g.end <= f.start && !insideQuote(text, g.start))
        ),
    );
  const framed = frame ? speakerOf(frame, text, ctx.actors, [0, opening], null, d, ctx.dates, index) : null;
  const speaker =
    framed && framed.claimant !== OUTLET
      ? framed
      : (quoted ??
        (d.recentSpeaker && index - d.recentSpeaker.sentence <= 2 ? { claimant: d.recentSpeaker.claimant, date: null, rule: null } : null));
  return speaker
    ? { speaker: { ...speaker, rule: 'attribution.quote-continues' }, sentence: index, paragraph: ctx.sentence.paragraph }
    : null;
};

/**
 * Whether a quote left open goes on in a sentence: in its own paragraph, or in a new one that opens with a quotation
 * mark, as a quote of several paragraphs does ('He said things were "not critical. ¶ The Russian attack ...': a
 * paragraph with no mark is the outlet's again).
 */
const quoteGoesOn = (open: { paragraph: number }, paragraph: number, text: string): boolean =>
  open.paragraph === paragraph || /^\W{0,3}["“‘]/.test(text);

/** Where a quote opened in an earlier sentence closes in this one (the offset after the mark), or null. */
const quoteClosedBy = (text: string): number | null => {
  const marks = [...text.matchAll(/["“”]/g)];
  if (marks.length % 2 === 0) return null;
  const first = marks[0]!;
  // The first mark closes a quote when it is "”", or a '"' that follows a word rather than opening one.
  const closes = first[0] === '”' || (first[0] === '"' && /[\w.,!?]$/.test(text.slice(0, first.index)));
  return closes ? first.index + 1 : null;
};

/** What lies between a reporting verb and the frame of the claim it reports: "on Tuesday that Putin was", "Putin was"
 * (not "that its forces had repelled attacks, and Putin": a clause of its own). */
const REPORTS_NEXT = /^[^,;]*$/;

/** "Statements that ...", "Reports that ...", "claims that ...": what follows is said by others. */
const STATEMENT_THAT = new RegExp(`\\b(?:${STATEMENT_NOUNS})\\s+(?:\\w+\\s+){0,3}?(?:that|about|of)\\b`, 'i');

/** A statement noun whose "that", "about" or "of" ends right before the words it governs. */
const STATEMENT_RIGHT_BEFORE = new RegExp(
  `\\b(?:${STATEMENT_NOUNS})\\s+(?:[\\w-]+\\s+){0,2}?(?:that|about|of)\\s+(?:the\\s+)?(?:(?:alleged|reported|claimed|supposed|purported)\\s+)?$`,
  'i',
);
/** "questioned the Russian account of the capture of", "Moscow's version of": a side's telling of the capture. */
const ACCOUNT_RIGHT_BEFORE = /\b(?:account|version)\s+of\s+(?:the\s+)?$/i;
/** A cue that opens with its own statement noun: "reports of seizing Toretsk". */
const STATEMENT_OPENS = new RegExp(`^(?:${STATEMENT_NOUNS})\\b`, 'i');

/** "the alleged capture of", "the allegedly captured": words that call a capture someone else's claim. */
const ALLEGED_BEFORE = /\b(?:alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?|so-called)\s+(?:full\s+|complete\s+)?$/i;

/** Between a side and "the alleged capture": its statements, or its stating, about it ("Russia had once again stated
 * about the alleged control of", "the Russian Defense Ministry's statements about the alleged", "informed his alleged"). */
const ALLEGED_BY_SOURCE =
  /^(?:[^.;]{0,70}?\b(?:statements?|claims?|reports?|information|stated|claimed|informed|reported|spreading|spread|announced)\b[^.;]{0,40}?|[^.;]{0,40}?\s)(?:about|of|on)?\s*(?:the|his|its|their)?\s*(?:alleged|purported|supposed)\s+(?:full\s+|complete\s+)?$/i;
/** A denial, or a report of the statements, between the source and the allegation makes the source their denier or
 * reporter, not their maker. */
const DENIES_BETWEEN =
  /\b(?:dismiss|deni|deny|reject|refut|debunk|disprov|call(?:s|ed)?\s+(?:it\s+)?(?:fake|false))|\b(?:said|says|told|wrote|noted|added)\b/i;
/**
 * "the alleged capture of Yunakivka by Russian troops", "information spread in the Russian Federation about the alleged
 * capture of Bilohorivka": the side an alleged taking is credited to, by its agent after the place or by where the
 * statement comes from, alleges it.
 */
const allegingAgent = (c: Cue, ctx: SentenceContext): Claimant | null => {
  const { text, actors } = ctx;
  const agent = actors.find(
    (a) =>
      a.side &&
      a.side !== 'NEUTRAL' &&
      a.start >= c.end &&
      /^\s*(?:the\s+)?(?:(?:settlement|village|town|city)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:region|oblast|Oblast|Region))?\s+by\s+(?:the\s+)?$/.test(
        text.slice(c.end, a.start),
      ),
  );
  // Else the side named last before it, a side word or a body of a side, when what lies between tells its statements.
  const before = [
    ...sideMarkers(text).filter((m) => m.end <= c.start),
    ...actors.filter((a) => a.side && a.side !== 'NEUTRAL' && a.end <= c.start),
  ].sort((a, b) => b.end - a.end)[0];
  const between = before ? text.slice(before.end, c.start) : '';
  const source = agent ?? (before && ALLEGED_BY_SOURCE.test(between) && !DENIES_BETWEEN.test(between) ? before : undefined);
  const side = asParty(source?.side ?? null);
  return side ? { name: lexiconCountryOf(side), role: 'government', side } : null;
};

/** "Kremlin statements", "Russia's claims": the side word just before a statement noun, as the statement's maker. */
const makerOf = (text: string, at: number, actors: readonly ActorMention[] = []): Claimant | null => {
  const from = Math.max(0, at - 30);
  const marker = sideMarkers(text.slice(from, at)).at(-1);
  const side = marker && /^(?:['’]s)?\s+$/.test(text.slice(from + marker.end, at)) ? asParty(marker.side) : null;
  if (side) return { name: text.slice(from + marker!.start, from + marker!.end).replace(/['’]s$/, ''), role: 'country', side };
  // "reports from the Kremlin about ...", "statements by Moscow that ...", "information disseminated by Russians":
  // the maker after the noun.
  const by = MADE_BY.exec(text.slice(at, at + 60));
  if (!by) return null;
  const start = at + by[0].length;
  const after = sideMarkers(text.slice(start, start + 25))[0];
  if (after && after.start === 0 && asParty(after.side))
    return { name: text.slice(start + after.start, start + after.end).replace(/['’]s$/, ''), role: 'country', side: asParty(after.side)! };
  // "Statements by Chief of the General Staff of the Russian Armed Forces Valery Gerasimov about ...": the person
  // or body the maker's words name before what is stated.
  const found = text.slice(start, start + 80).search(/\b(?:about|that|on)\b|[,;:]/);
  const end = start + (found < 0 ? 80 : found);
  const named = actors.find((a) => a.start >= start && a.end <= end && a.kind === 'named' && asParty(a.side));
  return named ? { name: named.name, role: named.role ?? 'country', side: asParty(named.side)! } : null;
};

/** "by", "from", "of" after a statement noun, or after its participle ("disseminated by"). */
const MADE_BY =
  /^[\w-]+\s+(?:(?:made|issued|spread|disseminated|circulated|published|released|voiced|posted|pushed|coming)\s+)?(?:from|by|of)\s+(?:the\s+)?/i;

/** "Izium, whose capture Moscow announced on Monday, is still holding out": the subject a relative clause interrupts. */
const INTERRUPTED = new RegExp(String.raw`^\s*,\s+(?:whose|which|where|who)\b[^.;]*,\s+${RESUMING_AUXILIARIES}$`, 'i');
const interruptedHead = (c: Cue, ctx: SentenceContext): SentencePlace | undefined =>
  ctx.places.find((q) => q.end <= c.start && INTERRUPTED.test(ctx.text.slice(q.end, c.start)));
const interruptedSubject = (c: Cue, ctx: SentenceContext): Target | null => {
  const p = interruptedHead(c, ctx);
  return p ? { place: p.place, start: p.start } : null;
};

/**
 * "Sievierodonetsk Mayor Oleksandr Stryuk said street fighting was raging": fighting in the streets told with no place
 * by a town's own official is in that town (not in a region a governor heads).
 */
const OFFICE_BEFORE =
  /\b(?:mayor|head\s+of\s+(?:the\s+)?(?:city|town|village)(?:\s+military)?\s+administration)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;
const OFFICE_AFTER = /^['’]?s?\s+(?:city\s+|town\s+)?(?:mayor|city\s+(?:military\s+)?administration|city\s+council)\b/i;
/** "the mayor of X", "X's city council", "the head of the city military administration of X": a settlement's own office. */
const isOfficeTown = (q: SentencePlace, text: string): boolean =>
  !isRegion(q) &&
  q.mention.cue !== 'region' &&
  (OFFICE_BEFORE.test(text.slice(Math.max(0, q.start - 80), q.start)) || OFFICE_AFTER.test(text.slice(q.end, q.end + 40)));
const officeTown = (c: Cue, ctx: SentenceContext): Target | null => {
  // Fighting inside a town, not a gain ("..., Kyiv Mayor Vitali Klitschko said, as elsewhere Russian troops consolidated
  // their gains") nor fighting a big city's mayor may tell of the region around it ("Kharkiv Mayor Ihor Terekhov said
  // heavy fighting continued").
  if (!/^contest\.(?:fighting|heavy-fighting|still-fighting|battle-for)/.test(c.rule)) return null;
  if (!/\b(?:street|urban|house-to-house|close-quarters)\b|\bin\s+the\s+(?:city|town|streets)\b/i.test(ctx.text)) return null;
  const p = ctx.places.find((q) => isOfficeTown(q, ctx.text));
  return p ? { place: p.place, start: p.start } : null;
};

/**
 * "Russia controls 90% of Donetsk", "full control over Luhansk": a claim about a bare name that war copy uses for the
 * region rather than its capital is about the region (the gazetteer's bareNameRegions); "the city of Donetsk" is not.
 */
const regionClaimed = (t: Target, ctx: SentenceContext): Target => {
  if (t.start === null) return t;
  const p = ctx.places.find((q) => q.start === t.start && q.place === t.place);
  const region = p ? loadGazetteer().regionClaimedAs({ ...p.mention, start: p.start, end: p.end }, ctx.text) : null;
  return region ? { place: region, start: t.start } : t;
};

/**
 * The other side's capture claim a side's "we still hold it" answers: the last control claim the story told, about
 * the same place, by the other side, for itself, in an earlier sentence.
 */
const answersCapture = (
  c: Cue,
  stance: Claim['stance'],
  controller: Claim['controller'],
  claimant: Claimant,
  place: Claim['place'],
  d: Discourse,
): Claim | null => {
  const own = asParty(claimant.side);
  const last = d.lastControlClaim;
  if (!own || stance !== 'CONTROL' || controller !== own || !c.holding || !last) return null;
  // Denied in so many words already: the holding is a claim of its own.
  if (d.denied.has(`${own}|${placeKeyOf(place)}`)) return null;
  return last.claimant.side === other(own) && last.controller === other(own) && placeKeyOf(last.place) === placeKeyOf(place) ? last : null;
};

/** "... continues", "... is ongoing": a noun phrase of fighting whose verb says it goes on. */
const GOING_ON_AFTER =
  /^[^,.;]{0,40}?\b(?:continues?|continuing|goes\s+on|(?:is|are)\s+(?:still\s+)?(?:ongoing|underway|under\s+way|going\s+on))\b/i;

/** A conjunction that sets one clause against another. */
const CONTRAST = /\b(?:but|however|although|though|yet)\b/i;

/** A verb that tells the event its object names as having happened: "celebrated the withdrawal", "follows the liberation". */
const FACTIVE_BEFORE =
  /\b(?:celebrat(?:e|es|ed|ing)|follow(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|mark(?:s|ed|ing)?|griev(?:e|es|ed|ing)|mourn(?:s|ed|ing)?|lament(?:s|ed|ing)?|result(?:s|ed)?\s+in)\s+(?:the\s+|this\s+)?$/i;

/** "a bid to prevent Russia's capture of", "the alleged", "fears of": a taking only supposed, before its possessor. */
const SUPPOSED_AROUND =
  /\b(?:alleged|purported|claimed|reported|supposed|bids?|attempts?|plans?|push(?:es)?|prevent\w*|stop\w*|avert\w*|threat\w*|fears?|feared|hopes?|aims?|goals?|risk\w*|possible|potential|imminent|if|whether|before|until|rumou?rs?|reports?|claims?|denie\w*|reject\w*|no|not|without|information|confirm\w*|key\s+to|towards?|end\w*)\b[^.;,]*$/i;
/**
 * "the Russian seizure of", "Russia's hasty withdrawal from": a side's word right before a taking or leaving told as a
 * noun, its possessive and an adjective or two between.
 */
const sideWordBefore = (text: string, at: number): boolean => {
  const from = Math.max(0, at - 40);
  const marker = sideMarkers(text.slice(from, at)).at(-1);
  if (!marker) return false;
  const gap = text.slice(from + marker.end, at);
  // A bare adjective only after "the" ("the Russian seizure of"); a possessive with an adjective or two.
  return /['’]s$/.test(text.slice(from + marker.start, from + marker.end)) || /^['’]s/.test(gap)
    ? SIDE_WORD_GAP.test(gap)
    : /^\s+$/.test(gap) && /\bthe\s+$/i.test(text.slice(from, from + marker.start));
};
const SIDE_WORD_GAP = /^(?:['’]s)?\s+(?:(?!of\b|to\b|for\b)[a-z-]+\s+){0,2}$/;
/** "completed their withdrawal from", "carried out the liberation of": a taking or leaving told as done. */
const DONE_BEFORE =
  /\b(?:complet(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|finish(?:es|ed|ing)?|execut(?:e|es|ed|ing))\s+(?:an?|the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}$/i;
/** "The fall of Vuhledar raised new questions": a taking or loss named as the sentence's subject, told as done. */
const OPENS_SENTENCE = /^\s*["“]?(?:(?:however|meanwhile|moreover|indeed|but|and|yet|still)\s*,?\s+)?(?:the\s+)?$/i;
/** "has yet to acknowledge the loss of", "would not comment on the loss of": a loss only weighed. */
const LOSS_WEIGHED_BEFORE = /\b(?:acknowledg\w*|admit\w*|recogni[sz]\w*|accept\w*|comment\w*|yet)\b[^.;,]*$/i;
/** "... would be a major defeat", "could mark": what the sentence says of a taking only supposed (lower case: "in May"
 * is a month). */
const MODAL_AFTER = /^[^.;]*?\b(?:would|could|might|may|will|can|won['’]t|unless|if)\b/;

/** "29 settlements", "three villages": a capture counted, whose places a list in the next sentence may name. */
const COUNTED_PLACES =
  /\b(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-\w+)?|several|a\s+dozen|dozens\s+of|hundreds\s+of|a\s+number\s+of|a\s+few)\s+(?:(?:more|new|other|nearby|neighbouring|neighboring|border|frontline|front-line|small|key)\s+){0,2}(?:settlements|villages|towns|localities|communities|populated\s+areas)\b/i;

/** How many groups of claims the discourse keeps for a confirmation or a denial to refer back to. */
const CLAIM_GROUPS_KEPT = 8;

/** A cue of taking or holding a place, which a list in the next sentence may go on with. */
const isCapture = (c: Cue): boolean => c.stance === 'CONTROL' && !c.concession && !c.continues;

/** A report told in the past: "said", "announced", "reported". */
const PAST_REPORT = /\b(?:said|announced|reported|stated|told|claimed|confirmed)\b/i;

/**
 * "Russia said on Wednesday it had seized settlements near Bakhmut. 'Russian troops fully liberated Bilogorivka', the
 * defence ministry said": the capture a side's report in the lede told on an earlier day, told again by the same side in
 * the past tense with no date of its own, is the claim of that day, not one made on the story's day. Told again of the
 * same place, or in the lede's paragraph, or in the sentence right after it.
 */
const toldAgain = (
  c: Cue,
  ctx: SentenceContext,
  teller: { frame: Frame | null; claimant: Claimant },
  r: { stance: Stance; controller: Party | null },
  place: PlaceRef,
): ClaimDate | null => {
  const d = ctx.discourse;
  if (!d.ledeReports.length || ctx.dates.length || !isCapture(c) || r.stance !== 'CONTROL' || !teller.frame) return null;
  if (teller.claimant.role === 'outlet' || !PAST_REPORT.test(ctx.text.slice(teller.frame.start, teller.frame.end))) return null;
  const key = placeKeyOf(place);
  const report = d.ledeReports.find(
    (x) =>
      x.sentence < ctx.index &&
      x.side === teller.claimant.side &&
      x.controller === r.controller &&
      (x.places.has(key) || x.paragraph === ctx.sentence.paragraph || x.sentence === ctx.index - 1),
  );
  return report ? report.date : null;
};

/**
 * The claims of one sentence, cue by cue, each read by the reader of its stance. `noteOnly`: a sentence that
 * claims nothing about a place, read only for the capture it tells.
 */
const readSentence = (ctx: SentenceContext, noteOnly = false): Claim[] => {
  const { text, places, actors, discourse: d } = ctx;
  const out: Claim[] = [];
  const cueOf = new Map<Claim, Cue>();
  const consumed = new Set<Cue>();
  // "Statements that half of Svatove is under Russian control are false": what a denial after it calls false is
  // not claimed by the sentence's speaker; the denial reads it. "Kremlin statements that Marinka had fallen are
  // lies": that claim is the Kremlin's.
  const madeBy = new Map<Cue, Claimant>();
  // Where the statements a denial calls false begin: "Moscow claims that ..." is no frame of the denial's speaker.
  const statementAt = new Map<Cue, number>();
  // "Zelensky said Putin was claiming ..., but this did not reflect reality": the frame that reports both.
  const reporterOf = new Map<Cue, Frame>();
  for (const c of ctx.cues) {
    if (c.stance !== 'DENIAL' || !c.weak) continue;
    const k = ctx.clauses.of(c.start);
    for (const e of ctx.cues) {
      // "Russian reports of seizing Toretsk": a cue may begin with its own statement noun.
      const statement = STATEMENT_THAT.exec(text.slice(0, e.nominal ? e.end : e.start));
      if (e.end > c.start || !claimCue(e) || e.concession || ctx.clauses.of(e.start) !== k || !statement) continue;
      const maker = makerOf(text, statement.index, ctx.actors);
      if (maker) madeBy.set(e, maker);
      else consumed.add(e);
      statementAt.set(c, Math.min(statementAt.get(c) ?? statement.index, statement.index));
    }
    // "Zelensky said Putin was claiming that Kostiantynivka had been captured, but this did not reflect reality": a
    // weak denial whose clause points back at the claim before it is not said by the claim's own speaker
    // ("claiming"), but by whoever reports both.
    if (statementAt.has(c) || !deniesClauseBefore(c, ctx)) continue;
    const e = claimBefore(ctx.cues, ctx.clauses.span(k)[0]);
    const g = e ? governingFrame(e, ctx) : null;
    if (!g || g.denial) continue;
    statementAt.set(c, g.start);
    // The frame whose "that" clause the claim's own frame is in ("said on Tuesday that Putin was claiming").
    const before = ctx.frames.filter((f) => f.end <= g.start && !f.denial).at(-1);
    if (before && REPORTS_NEXT.test(text.slice(before.end, g.start))) reporterOf.set(c, before);
  }
  // "called Russian reports about the capture of Kupiansk an information operation": a capture a side's statement
  // names is that side's claim, whoever reports the statement.
  for (const e of ctx.cues) {
    if (e.stance !== 'CONTROL' || !e.nominal || madeBy.has(e) || consumed.has(e)) continue;
    // The statement noun governs the cue: it ends right before it ("reports about the capture of") or opens it
    // ("reports of seizing"); "rejected Russian claims about Pisky and confirmed the recapture of" is no such case.
    const from = Math.max(0, e.start - 40);
    const before = STATEMENT_RIGHT_BEFORE.exec(text.slice(from, e.start)) ?? ACCOUNT_RIGHT_BEFORE.exec(text.slice(from, e.start));
    const at = before ? from + before.index : STATEMENT_OPENS.test(e.text) ? e.start : -1;
    const maker = at >= 0 ? makerOf(text, at, ctx.actors) : null;
    if (maker) madeBy.set(e, maker);
  }
  for (const c of ctx.cues) {
    if (consumed.has(c) && !madeBy.has(c)) continue;
    // "... returned 29 settlements under the flag. These are A, B and C.": a list only goes on from a capture told
    // in the sentence before, and is that capture's claim for each place.
    const goesOn = c.continues ? d.lastCapture : null;
    // ("Two of them — Pokrovsk and Myrnohrad — remain under Ukrainian control": a list whose own sentence says what
    // holds its places is no more of the capture.)
    if (
      c.continues &&
      (goesOn?.sentence !== ctx.index - 1 || !goesOn.counted || ctx.cues.some((k) => k !== c && k.stance !== 'CONTESTED' && !k.continues))
    )
      continue;
    if (c.weak && !places.length && !ANAPHORIC_CLAIM.test(text)) continue;
    // ("Occupiers spread fakes about the capture of Synkivka": lies a side spreads are denied by whoever tells of them,
    // spreadDenials, not by the spreader.)
    if (actors.some((a) => a.kind === 'named' && a.start <= c.start && a.end >= c.end)) continue;
    const maker = madeBy.get(c);
    const from = statementAt.get(c);
    // "Moscow claims that ... are not true, Maliar said": the frames inside the statement named are not the denier's.
    const inStatement = (f: Frame): boolean =>
      from !== undefined && ((f.start >= from && f.start < c.start) || (f.kind === 'possessive' && f.end <= from && from - f.end < 4));
    const denierCtx = from === undefined ? ctx : { ...ctx, frames: ctx.frames.filter((f) => !inStatement(f)) };
    const reporter = reporterOf.get(c);
    const attributed = maker
      ? { frame: null, speaker: { claimant: maker, date: null, rule: 'attribution.statement-of' }, claimant: maker }
      : attribute(c, denierCtx);
    const said =
      reporter && attributed.claimant === OUTLET
        ? { frame: reporter, speaker: ctx.speakers.get(reporter)!, claimant: ctx.speakers.get(reporter)!.claimant }
        : attributed;
    // "information about the alleged capture of Bilohorivka by Russian troops": the side said to have taken it alleges
    // it, reported or not; with no such side, nobody's.
    const allegedBefore = c.stance === 'CONTROL' && !maker && ALLEGED_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start));
    const allegedBy =
      allegedBefore || (c.stance === 'CONTROL' && !maker && /\b(?:alleged|purported|supposed)\b/i.test(c.text))
        ? allegingAgent(c, ctx)
        : null;
    // "the capture of X" claims nothing unless someone reports or denies it.
    // ("the mopping up of the occupants continues": a contest told as going on is claimed by whoever tells it.)
    const goingOn = c.stance === 'CONTESTED' && GOING_ON_AFTER.test(text.slice(c.end, c.end + 60));
    // ("The capture of Avdiivka represents Russia's biggest victory": a capture the outlet judges is its claim.)
    // ("Crowds celebrated the withdrawal of Russian troops from Kherson", "the announcement follows the liberation of
    // three villages", "milbloggers are grieving the loss of Lyman", "the attacks resulted in the capturing of seven
    // settlements": an event the sentence tells as having happened is its teller's claim.)
    const toldAsEvent = FACTIVE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start));
    // ("Russia's capture of Avdiivka, a city 15 miles from Donetsk, was ...": a side's taking named as the sentence's
    // subject is told as done, whatever is said of it, unless the sentence only supposes it.)
    // ("The liberation of the village by the allied forces was reported": the side a "by" phrase names took it.)
    const agentAfter = (k: Cue): boolean =>
      actors.some(
        (a) =>
          asParty(a.side) &&
          a.kind !== 'pronoun' &&
          a.start > k.end &&
          /^(?:(?!\b(?:is|was|were|are|be|been|has|have|had)\b)[^,.;]){0,60}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
            text.slice(k.end, a.start),
          ),
      );
    const presupposed = (): boolean =>
      (c.possessor === true
        ? possessingSide(c, actors) !== undefined
        : sideWordBefore(text, c.start) ||
          DONE_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) ||
          (OPENS_SENTENCE.test(text.slice(0, c.start)) && !/["“”]/.test(c.text) && agentAfter(c))) &&
      !SUPPOSED_AROUND.test(text.slice(Math.max(0, c.start - 40), c.start)) &&
      !MODAL_AFTER.test(text.slice(c.end, c.end + 200));
    // "the loss of Marinka is a blow to Kyiv": a loss named as a noun is told as done; not one a side has yet to
    // confirm or comment on ("has not confirmed the loss of", concession.loss's own), nor one that would follow.
    if (
      c.rule === 'concession.loss-noun' &&
      (SUPPOSED_AROUND.test(text.slice(Math.max(0, c.start - 60), c.start)) ||
        LOSS_WEIGHED_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) ||
        MODAL_AFTER.test(text.slice(c.end, c.end + 200)))
    )
      continue;
    if (
      c.nominal &&
      !maker &&
      !allegedBy &&
      !goingOn &&
      !toldAsEvent &&
      (!said.frame || said.claimant === OUTLET) &&
      !verdictOf(c, text, actors) &&
      !presupposed()
    )
      continue;
    // "despite false statements about the alleged capture of the city", "statements about the allegedly captured
    // Soledar": a capture a statement is said to allege is that statement's maker's claim; with none named, nobody's
    // in this sentence (not the speaker's, who only reports the statement).
    const alleged = allegedBefore && STATEMENT_RIGHT_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start).replace(/\S+\s+$/, ''));
    if (alleged && !allegedBy) continue;
    const heard = allegedBy
      ? { frame: null, speaker: { claimant: allegedBy, date: null, rule: 'attribution.statement-of' }, claimant: allegedBy }
      : said;
    const voiced = heard.claimant === OUTLET && d.outletVoice ? { ...heard, claimant: d.outletVoice } : heard;
    // ("According to Ukrainska Pravda's information, these are the settlements of A and B": a list whose own sentence
    // names a sided source is that source's.)
    const ownSource = goesOn && said.frame && said.claimant !== OUTLET && said.claimant.side !== 'NEUTRAL' ? said.claimant : null;
    const who = goesOn
      ? {
          frame: null,
          // A list that goes on from the capture before, dated on its own: "In December the army retook five villages.
          // Last September saw twelve returned; these were A, B and C" (the date may stand in the clause before the
          // list's, where claimDate would not look for it).
          speaker: {
            claimant: ownSource ?? goesOn.claimant,
            date: ctx.dates[0] ? { value: ctx.dates[0].value, precision: ctx.dates[0].precision } : goesOn.date,
            rule: 'attribution.sentence-before',
          },
          claimant: ownSource ?? goesOn.claimant,
        }
      : voiced;

    // ("Occupiers spread fakes about the capture of Synkivka": the lies a side spreads are denied by whoever tells of
    // them, spreadDenials, not by the spreader.)
    if (c.stance === 'DENIAL' && c.weak && who.claimant.side === spreadLieOf(c, ctx)) continue;
    const own = (c.confirms ? readConfirmation : READERS[c.stance])(c, ctx, who, consumed);
    if (!own) continue;
    // "The ministry reported the recapture of twelve settlements. Among the recaptured settlements were A, B and C.":
    // a capture no one is said to make or tell, right after a counted capture a side told, is that side's.
    const before = d.lastCapture;
    const follows =
      !goesOn &&
      isCapture(c) &&
      !own.controller &&
      !who.frame &&
      who.claimant.side === 'NEUTRAL' &&
      before?.sentence === ctx.index - 1 &&
      before.counted;
    const read = follows ? { ...own, controller: before.controller } : own;
    const reading = goesOn ? { ...read, controller: goesOn.controller } : read;
    const hedged = !goesOn && !follows ? hedgedGain(c, ctx, who, reading) : null;
    let teller: { frame: Frame | null; speaker: Speaker | null; claimant: Claimant } = hedged
      ? { frame: null, speaker: { claimant: hedged, date: null, rule: 'attribution.hedged-gain' }, claimant: hedged }
      : follows
        ? {
            frame: null,
            speaker: { claimant: before.claimant, date: before.date, rule: 'attribution.sentence-before' },
            claimant: before.claimant,
          }
        : who;
    if (isCapture(c) && reading.controller)
      d.lastCapture = {
        sentence: ctx.index,
        claimant: teller.claimant,
        controller: reading.controller,
        date: claimDate(c, ctx, teller.speaker?.date ?? null, null, teller.claimant),
        counted: COUNTED_PLACES.test(text.slice(c.start, c.end + 60)),
      };
    if (noteOnly) continue;
    let targets = reading.targets;
    let partOfBank: number | null = null;
    // "the two villages of Druzhba and Krymskoye, which lie northeast of Toretsk, have been taken": a passive's subject
    // is the head (and the list it ends) the relative clause interrupts, not a place inside that clause (nor the head
    // alone when the clause's place is no target: "which lie to the northeast of Toretsk").
    const head = c.passive ? interruptedHead(c, ctx) : undefined;
    if (head && targets.every((t) => t.start !== null && t.start >= head.start))
      targets = named(listFrom(head, ctx, -1).sort((a, b) => a.start - b.start));
    // "maintaining control over the right bank of the Dnieper", "fighting continues on the left bank of the Kherson
    // region": a cue whose own object is a bank of the Dnipro is about that bank. (Not a withdrawal from it: "withdrew
    // from the western bank of the Dnipro" is the retreat from Kherson, and the story's claim is about Kherson; nor a
    // foothold, which claims a part of the bank, not the fight for it.)
    if (!targets.length && !c.concession && !/\b(?:foothold|bridgehead)s?\b/i.test(c.text)) {
      // ("Russian forces have no control over the bridgehead on the left bank": a control denied is no control claim.)
      const bank = NEGATED_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))
        ? null
        : bankActedOn(text, c.start, c.end, c.passive, c.stance === 'CONTESTED', ctx.article.body);
      if (bank) targets = [{ place: bank.place, start: bank.start }];
      if (bank?.partial) partOfBank = bank.start;
    }
    if (!targets.length) targets = named(participleClauseTargets(c, ctx));
    // "Russia's Defense Ministry claimed to have captured the villages": every settlement the sentence before named
    // (not "battles continue for the settlements", which may be any of the story's).
    if (!targets.length && (reading.stance !== 'CONTESTED' ? PLURAL_ANAPHOR : DEMONSTRATIVE_PLURAL).test(anaphoraScope(c, ctx))) {
      // "everything is unchanged in Rubizhne and Popasna - the invaders control only parts of the cities": the list
      // just before the plural noun in its own sentence, else the places of the sentence before.
      const here = NEGATED_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) ? [] : listBeforeAnaphor(c, ctx);
      if (here.length >= 2) targets = here.map((p) => ({ place: p.place, start: null }));
      // Else the places of the last sentence about several: the sentence before, or, when the anaphor is the cue's own
      // object or subject and no sentence about one place came between, one a few sentences back ("Russian forces
      // occupied the villages of A and B, DeepState reported. ... Russia's Defense Ministry claimed to have captured
      // the villages"), as many as the anaphor counts, if it counts them.
      else if (
        d.targetGroup &&
        (d.targetGroup.sentence >= ctx.index - 1 ||
          (ctx.index - d.targetGroup.sentence <= GROUP_REACH &&
            !NEGATED_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) &&
            countFits(groupAnaphor(c, ctx), d.targetGroup.places.length)))
      ) {
        targets = d.targetGroup.places.map((place) => ({ place, start: null }));
        // ("... reported capturing both villages. Ukraine dismissed reports that Russian troops had occupied the
        // villages": a sentence about the same several places keeps them the ones the next sentence's "the villages" are.)
        d.targetGroup = { ...d.targetGroup, sentence: ctx.index };
      }
    }
    if (!targets.length) {
      const region = regionReferred(c, ctx);
      if (region) targets = [region];
    }
    if (!targets.length) targets = named(referredToAfter(c, ctx));
    if (!targets.length) {
      // ("claimed the capture of a village in the south of the Donetsk region. ... liberated the settlement of
      // Staromaiorskoye": a settlement left unnamed is the one named next before any the story referred to.)
      const next = UNNAMED_SETTLEMENT.test(text.slice(c.end, c.end + 60)) ? introducedNext(c, ctx, true) : null;
      const referred = next ?? referredPlace(c, ctx) ?? interruptedSubject(c, ctx) ?? officeTown(c, ctx) ?? introducedNext(c, ctx);
      // "Fighting continues." in the outlet's own voice, naming no place: no party's report of a contest there.
      const unsaid = teller.claimant.side === 'NEUTRAL' && !ctx.places.length && fightingGoesOnHere(c, ctx);
      if (referred && !unsaid) targets = [referred];
    }
    // "It is one of the last parts of Mykolaiv Oblast that remain under Russian occupation": a part of a region the
    // subject refers to is the place in that region the story is about, not the region.
    if (targets.length === 1) {
      const part = partOfRegionReferred(targets[0]!, ctx) ?? capitalBetween(targets[0]!, c, ctx);
      if (part) targets = [part];
    }
    targets = targets.map((t) => knownAs(t, ctx) ?? t);
    const reportedOn = teller.speaker?.date;
    if (
      ctx.index <= 1 &&
      isCapture(c) &&
      reading.controller &&
      teller.claimant.role !== 'outlet' &&
      reportedOn?.precision === 'day' &&
      reportedOn.value < ctx.published
    )
      d.ledeReports.push({
        sentence: ctx.index,
        paragraph: ctx.sentence.paragraph,
        side: teller.claimant.side,
        controller: reading.controller,
        date: reportedOn,
        places: new Set(targets.map((t) => placeKeyOf(t.place))),
      });
    if (!targets.length) continue;
    if (reading.stance !== 'CONTESTED' && !reading.controller) continue;
    // "Ukraine confirmed its troops were withdrawing": a bare withdrawal is the claim of the side that withdrew, told as
    // its own, in a main clause ("the enemy retreated, the border guards said" and "once Ukrainian troops withdrew" are
    // no such word).
    if (
      c.admitted &&
      (teller.claimant.side === 'NEUTRAL' ||
        teller.claimant.side === reading.controller ||
        !OWN_FORCES_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
        /\b(?:once|after|before|when|until|since|if|no|not)\b[^,.;:]*$/i.test(text.slice(Math.max(0, c.start - 60), c.start)))
    )
      continue;
    const toldDate = claimDate(c, ctx, teller.speaker?.date ?? null, reading.answers, teller.claimant);
    // "Kherson was liberated in November 2022", "In September, Russian troops retreated from Kupiansk": the story's
    // background, told with no frame, is the outlet's own narration, not a side's media relaying that side's word, nor
    // the speaker just quoted going on.
    const backgroundDate =
      !teller.frame && (teller.claimant === d.outletVoice || (teller.speaker && !teller.speaker.rule))
        ? claimDate(c, ctx, null, reading.answers, OUTLET)
        : null;
    const background = backgroundDate !== null && monthsBefore(ctx.published, backgroundDate) >= BACKGROUND_MONTHS;
    if (background) teller = { frame: null, speaker: null, claimant: OUTLET };
    const date = background ? backgroundDate : toldDate;
    if (!date) continue;
    const rules = [
      ...new Set([
        c.rule,
        teller.frame?.rule ?? teller.speaker?.rule ?? (teller.speaker ? 'attribution.recent-speaker' : 'attribution.outlet'),
      ]),
    ];
    // "74 settlements in the Kursk region": part of the region, however many.
    const counted = reading.stance === 'CONTROL' && !c.concession && !c.passive ? countedRegion(c, ctx) : null;
    for (const target of targets) {
      const t = regionClaimed(target, ctx);
      // "Our soldiers are holding their lines in Rodynske," said a day after Moscow claimed the town: an answer.
      // (Not the claim a side is said to spread lies of: "the enemy spreads fake news, claiming control over Dachne".)
      const spreadClaim = ctx.spreads.some((s) => s.end <= c.start && !/[.;]/.test(text.slice(s.start, c.start)));
      const answered = spreadClaim ? null : answersCapture(c, reading.stance, reading.controller, teller.claimant, t.place, d);
      const extent =
        (counted && t.start === counted.start) || (partOfBank !== null && t.start === partOfBank)
          ? { extent: null, qualifier: 'partial' }
          : reading.stance === 'CONTROL'
            ? extentNear(text, c, t.start)
            : { extent: null, qualifier: null };
      // "part of the village still remained under Ukrainian control": a part held both denies the capture and claims
      // that part.
      const partial = extent.qualifier !== null || (extent.extent !== null && extent.extent < 1);
      const readings: Pick<ClaimParts, 'stance' | 'controller' | 'extent'>[] = answered
        ? [
            { stance: 'DENIAL', controller: answered.controller, extent: { extent: null, qualifier: null } },
            ...(partial ? [{ stance: reading.stance, controller: reading.controller, extent }] : []),
          ]
        : [{ stance: reading.stance, controller: reading.controller, extent }];
      for (const r of readings) {
        const at = target.start === null ? undefined : ctx.places.find((p) => p.start === target.start);
        // "captured Yalta on June 25 and Voskresenka on July 15": each place of a list its own day.
        const dated =
          (date.value === ctx.published ? toldAgain(c, ctx, teller, r, t.place) : null) ?? (at ? itemDate(date, at.end, ctx) : date);
        const claim = buildClaim(ctx.article, {
          place: t.place,
          claimant: teller.claimant,
          ...r,
          date: dated,
          sentence: ctx.sentence,
          rules,
        });
        out.push(claim);
        cueOf.set(claim, c);
        // A later cue of the same sentence may refer to this claim ("..., a claim rejected by Ukraine").
        d.lastClaim = claim;
        if (claim.stance === 'CONTROL') d.lastControlClaim = claim;
        if (claim.stance !== 'DENIAL') {
          const kin = d.claimGroups.find(
            (g) =>
              g.index === ctx.index &&
              g.claims[0]!.claimant.side === claim.claimant.side &&
              g.claims[0]!.stance === claim.stance &&
              g.claims[0]!.controller === claim.controller,
          );
          if (kin) kin.claims.push(claim);
          else d.claimGroups = [...d.claimGroups, { index: ctx.index, claims: [claim] }].slice(-CLAIM_GROUPS_KEPT);
        }
        if (claim.stance === 'DENIAL') d.denied.add(`${claim.claimant.side}|${placeKeyOf(claim.place)}`);
        if (c.holding && claim.stance === 'CONTROL' && claim.controller === claim.claimant.side) d.holding.add(claim.claimId);
      }
    }
  }
  if (!noteOnly) out.push(...spreadDenials(ctx, out, cueOf));
  // "fighting was ongoing in Lysychansk and Ukrainian forces were surrounded": the speaker says who gains, so the
  // plain fighting says nothing more; "captured Lysychansk in heavy fighting": the capture is the claim. "Partly
  // encircled the city and still control a part of it": a part held leaves the fight for the rest a claim too.
  // ('"fully control" Kupiansk but there is "constant" fighting on its outskirts': a contest set against the hold.)
  const contrasted = (a: Cue | undefined, b: Cue | undefined): boolean =>
    !!a && !!b && CONTRAST.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  // ("Dachne is under the control of the Ukrainian forces, and active fighting is taking place there": a hold, and
  // fighting told in a clause of its own after it; "captured the village of Ocheretyne, where fierce fighting is
  // happening": a capture, and the fighting a relative clause tells.)
  const claimedThenFought = (a: Cue | undefined, b: Cue | undefined): boolean =>
    !!a && !!b && a.end <= b.start && ctx.clauses.of(b.start) > ctx.clauses.of(a.start);
  const whole = (o: Claim): boolean =>
    (o.extent ?? 1) >= 1 && (o.qualifier === null || o.qualifier === 'full' || o.qualifier === 'all parts');
  // ("It is incorrect to talk about the capture of Marinka," the Ukrainian spokesman said): a capture named only to be
  // denied in the same sentence is the denier's denial, not a control claim of the denier's.
  const deniedHere = (c: Claim): boolean =>
    c.stance === 'CONTROL' &&
    !!cueOf.get(c)?.nominal &&
    !cueOf.get(c)?.concession &&
    out.some((o) => o.stance === 'DENIAL' && o.claimant.side === c.claimant.side && placeKeyOf(o.place) === placeKeyOf(c.place));
  return out.filter(
    (c) =>
      !deniedHere(c) &&
      (c.stance !== 'CONTESTED' ||
        !out.some(
          (o) =>
            o !== c &&
            o.claimant.name === c.claimant.name &&
            placeKeyOf(o.place) === placeKeyOf(c.place) &&
            ((o.stance === 'CONTESTED' && c.controller === null && o.controller !== null) ||
              (o.stance === 'CONTROL' &&
                whole(o) &&
                !contrasted(cueOf.get(o), cueOf.get(c)) &&
                !claimedThenFought(cueOf.get(o), cueOf.get(c)))),
        )),
  );
};

/** The spreader of lies told at `at`: the side named last before the verb, a body of it or a side word ("Russia",
 * "Russian propagandists"). */
const spreaderOf = (at: number, ctx: Pick<SentenceContext, 'text' | 'actors'>): { actor?: ActorMention; side: Party | null } => {
  const from = Math.max(0, at - 80);
  const lastActor = ctx.actors.filter((a) => a.end <= at && a.end > from && asParty(a.side)).at(-1);
  const marker = sideMarkers(ctx.text.slice(from, at))
    .filter((k) => asParty(k.side))
    .at(-1);
  const actor = marker && (!lastActor || from + marker.end > lastActor.end) ? undefined : lastActor;
  return { actor, side: asParty(actor?.side ?? marker?.side ?? null) };
};

/** The side spreading the lies a weak denial cue ("fakes") is part of ("Occupiers spread fakes about ..."), if any. */
const spreadLieOf = (c: Cue, ctx: Pick<SentenceContext, 'text' | 'actors' | 'spreads'>): Party | null => {
  const s = ctx.spreads.find((k) => k.start <= c.start && k.end >= c.end);
  return s ? spreaderOf(s.start, ctx).side : null;
};

let spreadVerb: RegExp | null = null;
/** A verb of spreading lies: the words of the rules' SPREAD class. */
const SPREAD_VERB = (): RegExp =>
  (spreadVerb ??= new RegExp(
    String.raw`\b(?:${[
      ...new Set(
        patternClasses()
          .get('SPREAD')!
          .map((w) => w.split(' ')[0]!),
      ),
    ].join('|')})\b`,
    'i',
  ));

/**
 * "Voloshyn said Russia is spreading disinformation that Bilohorivka has fallen": the capture told after the lie is
 * the spreader's claim, and whoever tells of the spreading denies it (the story's own side, when the outlet tells it).
 */
const spreadDenials = (ctx: SentenceContext, out: Claim[], cueOf: Map<Claim, Cue>): Claim[] => {
  const { text, discourse: d } = ctx;
  const added: Claim[] = [];
  for (const s of ctx.spreads) {
    const at = s.start;
    const end = s.end;
    const from = Math.max(0, at - 80);
    const { actor: spreaderActor, side: spreaderSide } = spreaderOf(at, ctx);
    if (!spreaderSide) continue;

    // (Whoever tells of the spreading, not the spreading itself: a frame of the spreader's own is no teller's.)
    const spreading = (f: Frame): boolean => f.end > from && f.start < end && SPREAD_VERB().test(text.slice(f.start, f.end));
    const outer = attribute(s, { ...ctx, frames: ctx.frames.filter((f) => !spreading(f)) });
    // Told by no one the sentence names: the speaker its claim was given to, the story's own voice or the speaker just
    // quoted, else the side the lies are told against.
    const told = (cl: Claim): Claimant => {
      if (asParty(outer.claimant.side) && outer.claimant.side !== spreaderSide) return outer.claimant;
      if (asParty(cl.claimant.side) && cl.claimant.side !== spreaderSide) return cl.claimant;
      const recent = d.recentSpeaker && ctx.index - d.recentSpeaker.sentence <= 2 ? d.recentSpeaker.claimant : null;
      const voice = [d.outletVoice, recent].find((v) => v && asParty(v.side) && v.side !== spreaderSide);
      return voice ?? { name: lexiconCountryOf(other(spreaderSide)), role: 'government', side: other(spreaderSide) };
    };
    const spreader: Claimant = spreaderActor
      ? { name: spreaderActor.name, role: spreaderActor.role ?? 'government', side: spreaderSide }
      : { name: lexiconCountryOf(spreaderSide), role: 'government', side: spreaderSide };
    for (const [i, claim] of out.entries()) {
      const c = cueOf.get(claim);
      if (!c || c.start < end || /[.;]/.test(text.slice(end, c.start)) || !claimCue(c) || c.concession) continue;
      // ("Zelenskyy explains why Russia is spreading lies about the capture of Soledar": a taking no side is named
      // making was read as its teller's own side's; it is the spreader's.)
      const own = claim.claimant.side !== spreaderSide && claim.controller === claim.claimant.side;
      if (claim.controller !== spreaderSide && !own) continue;
      const denier = told(claim);
      if (claim.claimant.side !== spreaderSide) {
        const moved = buildClaim(ctx.article, {
          place: claim.place,
          claimant: spreader,
          stance: claim.stance,
          controller: spreaderSide,
          extent: { extent: claim.extent, qualifier: claim.qualifier },
          date: { value: claim.claimedAt, precision: claim.claimedAtPrecision },
          sentence: ctx.sentence,
          rules: [...(claim.rules ?? []).filter((r) => !r.startsWith('attribution.')), 'attribution.spreading'],
        });
        out[i] = moved;
        cueOf.set(moved, c);
      }
      if (added.some((x) => placeKeyOf(x.place) === placeKeyOf(claim.place))) continue;
      added.push(
        buildClaim(ctx.article, {
          place: claim.place,
          claimant: denier,
          stance: 'DENIAL',
          controller: spreaderSide,
          extent: { extent: null, qualifier: null },
          date: { value: claim.claimedAt, precision: claim.claimedAtPrecision },
          sentence: ctx.sentence,
          rules: [s.rule, 'attribution.spreading'],
        }),
      );
    }
  }
  return added;
};

/**
 * "the city", "its outskirts", "over it", "fighting there": a place referred to — the last one this sentence named
 * before the cue, else the place the story is about. A verb that needs its object at once ("left X") takes only an
 * object that refers back ("left the city").
 */
/** What places a sentence about ongoing fighting elsewhere than the story's place: the front, a direction, a region. */
const ELSEWHERE =
  /\b(?:front|front-?line|frontlines?|lines?|directions?|sectors?|axis|along|across|areas?|regions?|oblasts?|provinces?|everywhere|elsewhere|border|country|war)\b/i;

/**
 * "Heavy fighting continued, Maliar said": fighting said to go on, in a sentence naming no place and no other
 * theatre, goes on in the place the story is about.
 */
const fightingGoesOnHere = (c: Cue, ctx: SentenceContext): boolean =>
  c.stance === 'CONTESTED' &&
  (!ctx.places.length || answersDenial(c, ctx) || goesOnWithClauseBefore(c, ctx)) &&
  /\b(?:continu\w*|ongoing|going\s+on|goes\s+on|under\s?way|rag\w+|in\s+progress|taking\s+place)\b/i.test(
    ctx.text.slice(c.start, c.end + 40),
  ) &&
  !ELSEWHERE.test(ctx.text) &&
  // "closed due to ongoing combat operations": fighting given as a cause is no report of it.
  !/\b(?:due\s+to|because\s+of|owing\s+to|amid|despite|during|after|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
    ctx.text.slice(Math.max(0, c.start - 40), c.start),
  );

/**
 * "The Armed Forces of Ukraine control a third of Sievierodonetsk, and street fighting continues": fighting said to go
 * on in a clause that names no place, coordinated with a clause that does, goes on in that clause's place.
 */
const goesOnWithClauseBefore = (c: Cue, ctx: SentenceContext): boolean => {
  const [, to] = ctx.clauses.span(ctx.clauses.of(c.start));
  const joined = [...ctx.text.slice(0, c.start).matchAll(JOINING)].at(-1);
  if (!joined) return false;
  const from = joined.index + joined[0].length;
  if (!JOINED_REST.test(ctx.text.slice(from, c.start)) || !FIGHTING_SUBJECT.test(c.text)) return false;
  // ("while intense combat continues near Yablukove", "while fighting continues nearby": elsewhere.)
  if (/^\W*(?:\w+\W+){0,3}?(?:nearby|near|close\s+to)\b/i.test(ctx.text.slice(c.end, to))) return false;
  return (
    !ctx.places.some((p) => p.end > from && p.start < to && ctx.isTarget(p)) &&
    ctx.places.some((p) => p.end <= joined.index && ctx.isTarget(p))
  );
};
/** "and", "but", "while", "although", "as" (not "as well as", "such as", "as of"): a conjunction that joins a clause. */
const JOINING =
  /(?<!\b(?:such|well|so|just)\s+)\b(?:and|but|while|whereas|although|though|as(?!\s+(?:of|well|a|an|part|many|much|long|soon|far|if)\b))\s+/gi;
/** What may stand between the conjunction and the fighting: its words ("as heavy fighting continues"), or a speaker
 * who says it goes on ("while Zelenskyy's office said that the fighting is still continuing"). */
const JOINED_REST = new RegExp(
  String.raw`^(?:[^,;]{0,80}?\b(?:${SAYING_VERBS}|responded|replied|retorted|countered|insisted|insists)\s+(?:that\s+)?|that\s+)?(?:["“‘']?(?!(?:where|which|who|that|when|whose)\b)[a-z-]+\s+){0,4}["“‘']?$`,
);
/** A cue whose subject is the fighting itself ("fighting continues"), not a verb joined to the clause before ("and
 * continue fighting with"), nor a fight over a name ("as the battle for Donbas raged"). */
const FIGHTING_SUBJECT = /^(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|fights|battles?|clashes|combat|hostilities)\b(?!\s+(?:for|over|of)\b)/i;

/**
 * "rejected the Russian report on Pokrovsk, saying the fighting goes on": fighting the denier reports in a clause
 * that names no place, after a denial in the same sentence, goes on in the place denied.
 */
const answersDenial = (c: Cue, ctx: SentenceContext): boolean => {
  const [from, to] = ctx.clauses.span(ctx.clauses.of(c.start));
  // "..., saying the fighting goes on": the denier's words; "..., as fighting continues": the outlet's aside.
  // ("but Kiev has rejected these claims saying the fighting is still going on": a capital that speaks is no place.)
  return (
    !ctx.places.some((p) => p.start >= from && p.end <= to && ctx.isTarget(p)) &&
    ctx.cues.some(
      (e) =>
        e.stance === 'DENIAL' &&
        e.end <= c.start &&
        ctx.frames.some((f) => !f.denial && (f.kind === 'participle' || f.kind === 'verb') && f.start >= e.end && f.end <= c.start),
    )
  );
};

/**
 * "the plant", "the nuclear power plant", "the NPP", "the island": a facility referred to by its head noun, never a
 * settlement; the place the sentence or the story named with that head ("the Zaporizhzhia nuclear power plant",
 * "Snake Island"), the story's most mentioned one, the latest of those on a tie.
 */
const FACILITY_ANAPHOR =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:of|in|near|at|on|from|to)\b)[\w-]+\s+){0,3}?([Pp]lant|NPP|[Ss]tation|[Ii]slands?|[Ss]pit|[Aa]irport|[Aa]irfield|[Dd]am)\b(?!\s+(?:of|in)\s+[A-Z])(?!['’]s\s+(?:director|head|staff|workers|management|operator|reactors?|units?|power))/;
const FACILITY_HEADS: Record<string, RegExp> = {
  plant: /\b(?:plant|npp|power\s+station)$/i,
  npp: /\b(?:nuclear\s+power\s+plant|npp)$/i,
  station: /\bstation$/i,
  island: /\bisland$/i,
  islands: /\bislands$/i,
  spit: /\bspit$/i,
  airport: /\b(?:airport|airfield)$/i,
  airfield: /\b(?:airport|airfield)$/i,
  dam: /\bdam$/i,
};
const facilityReferred = (c: Cue, ctx: SentenceContext): Target | null => {
  // ("fled the island": a cue whose words end on the article leaves the noun after it.)
  const determiner = /\b(?:the|this)$/i.exec(c.text)?.[0];
  const scope =
    c.adjacentObject || determiner
      ? `${determiner ? `${determiner} ` : ''}${ctx.text.slice(c.end, c.end + 50).replace(/^\s+/, '')}`
      : anaphoraScope(c, ctx);
  const m = FACILITY_ANAPHOR.exec(scope);
  if (!m || ((c.adjacentObject || determiner) && m.index > 0)) return null;
  const fits = FACILITY_HEADS[m[1]!.toLowerCase()]!;
  const here = [...ctx.places].reverse().find((p) => p.end <= c.start && fits.test(p.place.name));
  if (here) return { place: here.place, start: null };
  const d = ctx.discourse;
  let best: PlaceRef | null = null;
  let most = 0;
  for (const [key, p] of d.mentioned) {
    const n = d.mentionCounts.get(key) ?? 0;
    if (fits.test(p.place.name) && n >= most) [best, most] = [p.place, n];
  }
  return best ? { place: best, start: null } : null;
};

/** ", referring to", ", in reference to": what a speaker's words that named no place were about. */
const REFERRING_TO = /,\s+(?:referring|in\s+reference)\s+to\s+(?:the\s+)?/i;

/**
 * '"Russians have entered and are attempting to establish a foothold," the spokesman told Reuters, referring to
 * Zaporizke and Novoheorhiivka': a cue that names no place is about the places named right after "referring to"
 * later in its sentence (the list they begin).
 */
const referredToAfter = (c: Cue, ctx: SentenceContext): SentencePlace[] => {
  const m = REFERRING_TO.exec(ctx.text.slice(c.end));
  if (!m) return [];
  const at = c.end + m.index + m[0].length;
  const first = ctx.places.find((p) => p.start >= at && p.start - at <= REFERRED_NOUN_REACH && ctx.isTarget(p));
  return first ? listFrom(first, ctx) : [];
};

/** "referring to the front-line town of": words that may stand before the place referred to (characters). */
const REFERRED_NOUN_REACH = 30;

/** "captured it", "had retaken it": "it" as a capture's object (not "took it as", "said it was"). */
const IT_OBJECT = /^(?:back\s+)?it\b(?!['’]s|\s+(?:is|was|has|had|will|would|to|that|seriously|as)\b)/i;
/** "another line", "a position", "the bridge": a thing named before the cue that "it" may be instead of a settlement. */
const IT_OTHER_REFERENT =
  /\b(?:an?|another|the)\s+(?!(?:town|city|village|settlement)\b)(?:[a-z][\w-]*\s+){0,2}?(?:line|position|positions|bridge|bridgehead|building|area|territory|road|highway|plant|base|height|hill|way)\b/i;
/** "they", "we", "he": a pronoun before the cue, whose side is no reading of its own. */
const PRONOUN_SUBJECT = /\b(?:they|we|I|he|she|you)\b/i;

/**
 * "Ukraine announced it had retaken it", "captured Kupiansk ... before Ukrainian troops liberated it": "it" as the object
 * of a capture told actively. Not after a thing the sentence named since its last place ("relocated to another line and
 * occupied it"), nor after a pronoun ("the way they captured it"), nor in a negated hold ("no longer control it", which
 * the readers take from the place it names, not as the other side's gain).
 */
const itObject = (c: Cue, ctx: SentenceContext): boolean => {
  if (c.stance !== 'CONTROL' || c.passive || c.nominal || !IT_OBJECT.test(ctx.text.slice(c.end, c.end + 30).replace(/^\s+/, '')))
    return false;
  const from = ctx.places.filter((p) => p.end <= c.start).at(-1)?.end ?? 0;
  const before = ctx.text.slice(from, c.start);
  if (/\b(?:not|no\s+longer|never|n['’]t)\s+(?:[\w-]+\s+)?$/i.test(before) || /\b(?:not|no\s+longer|never)\b|n['’]t\b/i.test(c.text))
    return false;
  return !IT_OTHER_REFERENT.test(before) && !PRONOUN_SUBJECT.test(before);
};

/** "There are ongoing battles there", "clashes there for days": a fight told right before "there", in a sentence that
 * names no place and no other theatre, is in the place referred to. */
const fightingThere = (c: Cue, ctx: SentenceContext): boolean =>
  c.stance === 'CONTESTED' && !ctx.places.length && /^\s+there\b/i.test(ctx.text.slice(c.end, c.end + 8)) && !ELSEWHERE.test(ctx.text);

/**
 * What "it" as a capture's object is: the settlement the sentence named before the cue, else, when the sentence names
 * no place before it, the one settlement the sentence before named ("Heavy fighting raged in Levadne. Ukraine announced
 * it had retaken it").
 */
const itReferred = (c: Cue, ctx: SentenceContext): Target | null => {
  if (!itObject(c, ctx)) return null;
  const earlier = [...ctx.places]
    .reverse()
    .find((p) => p.end <= c.start && ctx.isTarget(p) && !isRegion(p) && !isLandmarkOrTitle(p, ctx.text) && !FACILITY.test(p.place.name));
  if (earlier) return { place: earlier.place, start: null };
  if (ctx.places.some((p) => p.end <= c.start)) return null;
  const previous = ctx.discourse.previousPlaces;
  return previous.length === 1 ? { place: previous[0]!, start: null } : null;
};

const referredPlace = (c: Cue, ctx: SentenceContext): Target | null => {
  const { text, discourse: d } = ctx;
  const facility = facilityReferred(c, ctx);
  if (facility) return facility;
  const it = itReferred(c, ctx);
  if (it) return it;
  const after = text.slice(c.end, c.end + 50).replace(/^\s+/, '');
  // "despite Russian claims of full control", "after Russia claimed its capture": no place of its own.
  const refers =
    c.unnamed ||
    (c.adjacentObject
      ? // "took the village", "took a part of the settlement", "controls most of the town"
        SHARE_OF_THE_PLACE.test(after) ||
        // "took back the village", "control over every meter of the city", "wrested control of the eastern village
        // from": the place referred to after a particle or a preposition, or with words before its noun.
        // (Not control as an infinitive's aim: "efforts are ongoing to retake full control of the settlement".)
        (OBJECT_OF_THE_PLACE.test(after) && !CONTROL_AS_AIM.test(text.slice(Math.max(0, c.start - 40), c.start))) ||
        // "We fully control the northern part.": a part of the place the story is about, named before.
        PART_OBJECT.test(after) ||
        // "has left the city": the cue's own words may end on the noun.
        /\b(?:the|this)\s+(?:city|town|village|settlement)$/i.test(c.text) ||
        // "the part of the city he controls": the object is the head of the relative clause the cue closes.
        HELD_PART_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))
      : refersToPlace(anaphoraScope(c, ctx)) ||
        /^(?:(?:over|of|in|from|for|inside|into|on)\s+)?(?:it|there)\b/i.test(after) ||
        /\bthere\b/i.test(c.text) ||
        fightingGoesOnHere(c, ctx));
  if (!refers) return null;
  // "the village" is no city: the most mentioned place small enough to be one; nor is "the town" or "this settlement" a
  // city of a million.
  const village = /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet)\b/i.test(anaphoraScope(c, ctx));
  const town = !village && /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:town|settlement|locality)\b/i.test(anaphoraScope(c, ctx));
  const small = (p: { place: PlaceRef; population: number | null }): boolean => (p.population ?? 0) < (town ? TOWN_MAX : VILLAGE_MAX);
  // "the town" is a settlement, never a power plant or an airport the sentence named before it.
  const settlementNoun = ANAPHOR_NOUN.test(anaphoraScope(c, ctx));
  const earlier = [...ctx.places]
    .reverse()
    .find(
      (p) =>
        p.end <= c.start &&
        ctx.isTarget(p) &&
        !p.place.id?.startsWith('geonames-admin1') &&
        !(settlementNoun && FACILITY.test(p.place.name)) &&
        !isLandmarkOrTitle(p, ctx.text) &&
        !(settlementNoun && p.place.id?.startsWith(NAMED_REGION_ID)) &&
        (!(village || town) ||
          small({ place: p.place, population: p.mention.candidates.find((e) => e.id === p.place.id)?.population ?? null })),
    );
  if (earlier) return { place: earlier.place, start: null };
  // "the mayor of Sievierodonetsk said Russian troops had occupied the city": the settlement whose local office speaks
  // is no target of its own, but it is the city the office's words are about.
  const governed = [...ctx.places]
    .reverse()
    .find((p) => p.end <= c.start && !GOVERNMENTS.has(p.mention.surface.toLowerCase()) && isOfficeTown(p, ctx.text));
  if (governed && !village) return { place: governed.place, start: null };
  const found = laterReferent(c, ctx, village || town, small);
  // "... captured the village of Pryluky, northwest of the front-line town of Huliaipole. Russia claimed it captured
  // the town late last month": a referent the story called a village is not "the town" (nor the other way round);
  // the place a recent sentence called by the anaphor's own noun is.
  const noun = ANAPHOR_NOUN.exec(anaphoraScope(c, ctx));
  const wanted = noun ? placeNounOf(noun[1]!) : 'settlement';
  const calledAs = found ? d.nounOfPlace.get(placeKeyOf(found.place)) : undefined;
  const called = d.byNoun.get(wanted);
  const recent = called && ctx.index - called.sentence <= NOUN_REACH ? called : undefined;
  if (found && wanted !== 'settlement' && calledAs && calledAs !== 'settlement' && calledAs !== wanted && recent)
    return { place: recent.place, start: null };
  return found ?? (recent && noun ? { place: recent.place, start: null } : null);
};

/** "its troops were", "our units had been", "we": the speaker's own forces right before a withdrawal verb. */
const OWN_FORCES_BEFORE =
  /\b(?:(?:its|their|our)\s+(?:[\w-]+\s+)?(?:troops|forces|units|soldiers|fighters|defenders|servicemen)|we)\s+(?:[\w-]+\s+){0,3}$/i;

/** How many calendar months before publication a claim's date makes it the story's background. */
const BACKGROUND_MONTHS = 4;
/** Calendar months from a claim's date back to the publication date ("2024-11-21" and 2022-02: 33). */
const monthsBefore = (published: string, date: ClaimDate): number =>
  (Number(published.slice(0, 4)) - Number(date.value.slice(0, 4))) * 12 + Number(published.slice(5, 7)) - Number(date.value.slice(5, 7));

/** "reportedly", "allegedly": the outlet passing on what someone claims without saying who. */
const HEDGE = /\b(?:reportedly|allegedly|purportedly|supposedly|according\s+to\s+(?:unconfirmed\s+)?reports)\b/i;
/** "allegedly", "supposedly": a hedge that doubts, not only passes on. */
const DISBELIEF = /\b(?:allegedly|purportedly|supposedly)\b/i;
/** A capture told in the simple present ("captures", "Forces Liberate"): a headline's news. */
const PRESENT_CAPTURE = /^control\.present(?:-plural)?$/;
/** How many sentences back the side's last speaker may be for a hedged gain to be theirs. */
const HEDGE_REACH = 3;
/**
 * "Russian forces have reportedly seized control of Kostyantynivka", "The Armed Forces of Ukraine allegedly withdrew
 * from Gornal": a gain the outlet only passes on, naming no source, is claimed by the side that gains; by its last
 * speaker when one spoke a few sentences back, else by its country.
 */
const hedgedGain = (
  c: Cue,
  ctx: SentenceContext,
  who: { frame: Frame | null; claimant: Claimant },
  reading: { stance: Cue['stance']; controller: Party | null },
): Claimant | null => {
  // ("the Russian army allegedly took control of X" in Ukrainian media: a side's own media passing on the other side's
  // gain as "alleged" passes on that side's claim too.)
  const ownMedia = !!ctx.discourse.outletVoice && who.claimant === ctx.discourse.outletVoice;
  if (who.frame || (who.claimant.role !== 'outlet' && !ownMedia) || !reading.controller) return null;
  if (reading.stance !== 'CONTROL' && !(ownMedia && reading.stance === 'CONTESTED')) return null;
  const [from] = ctx.clauses.span(ctx.clauses.of(c.start));
  if (ownMedia && (reading.controller === ctx.discourse.outletSide || !DISBELIEF.test(ctx.text.slice(from, c.end)))) return null;
  // "Russian Forces Capture Stepove Village", "Ukraine retakes Robotyne": a headline's capture told in the present,
  // the news of a side's announcement, passes on that side's claim as "reportedly" does.
  const headlineNews = ctx.sentence.headline && PRESENT_CAPTURE.test(c.rule);
  if (!HEDGE.test(ctx.text.slice(from, c.end)) && !headlineNews) return null;
  const side = reading.controller;
  // ("Ukraine has reportedly recaptured Bucha", "Kupiansk was reportedly liberated by Ukrainian forces": Kyiv tells its
  // gains late and seldom, village by village; what "reportedly" passes on of them is the press's and observers' word,
  // the outlet's to pass on. Moscow's ministry announces each capture, and a hedged Russian gain relays it: the
  // lexicon's conventions say which sides announce each capture.)
  if (!lexiconConventions().announcesEachCapture.has(side) && !headlineNews) return null;
  const recent = ctx.discourse.recentSpeaker;
  if (recent && recent.claimant.side === side && ctx.index - recent.sentence <= HEDGE_REACH) return recent.claimant;
  return { name: lexiconCountryOf(side), role: 'government', side };
};

/** "the village", "part of the town", "roughly 40-50% of the town", "three quarters of the city": a cue's object that is
 * the place referred to, or a share of it. */
const SHARE_OF_THE_PLACE = new RegExp(
  String.raw`^(?:(?:(?:a|the|some|about|around|almost|nearly|roughly|approximately|over|more\s+than|less\s+than|up\s+to)\s+)?(?:(?:[a-z-]+\s+)?(?:sections?|districts?|quarters?|neighbou?rhoods?|blocks)|three[\s-]+quarters|two[\s-]+thirds|\d+(?:[.,]\d+)?\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)|(?:[a-z-]+\s+)?(?:${SHARE_WORDS}))\s+of\s+){0,2}(?:the|this)\s+(?:city|town|village|settlement)\b`,
  'i',
);
/** "to retake full", "to restore Ukrainian forces'": an infinitive whose aim is the control a cue names. */
const CONTROL_AS_AIM =
  /\bto\s+(?:re)?(?:take|gain|establish|restore|seize|secure|win)\s+(?:(?:full|complete|total|back)\s+|[\w'’-]+\s+(?:[\w'’-]+['’]\s+))?$/i;
/** The anaphor a cue's object is, after a particle or a preposition, or with a share or an adjective before its noun:
 * "back the village", "over every meter of the city", "of the eastern village" (not "of the city of Bakhmut", which
 * names it, nor "in the city", where a cue happens). */
const OBJECT_OF_THE_PLACE =
  /^(?:back\s+|(?:of|over|from|for)\s+)?(?:(?:a|the|some|every|each|most|all|much|any)\s+(?:[a-z-]+\s+){0,2}?(?:of\s+))?(?:the|this)\s+(?:(?!of\b|and\b|or\b)[a-z][a-z-]*\s+){0,2}?(?:city|town|village|settlement)\b(?!\s+(?:of|and|or)\b|\s*,\s*[A-Z]|['’]s)/;
/** "the northern part", "the western districts", "its eastern outskirts": a part of a place with no place after it. */
const PART_OBJECT =
  /^(?:the|its)\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern)\s+)(?:part|parts|districts?|quarters?|outskirts|half|sections?|neighbou?rhoods?)\b(?!\s+of\b)/i;

/**
 * "Ukrainian forces have recaptured a village in the country's east. The village of Andriivka is ...": a capture or a
 * withdrawal whose object is a settlement left unnamed is about the first one the next two sentences name with a noun,
 * unless that noun says it is another kind of place.
 */
const introducedNext = (c: Cue, ctx: SentenceContext, strict = false): Target | null => {
  if (c.passive) return null;
  const object = UNNAMED_SETTLEMENT.exec(ctx.text.slice(c.end, c.end + 60));
  if (!object || ctx.places.some((p) => p.start >= c.end && p.start < c.end + object[0].length)) return null;
  const wanted = placeNounOf(object[1]!);
  // The first settlement named next that this sentence did not name already ("a town south of the city of
  // Lysychansk" is not Lysychansk), unless the story calls it a village where the lede said a town (or the other way
  // round); "a settlement" may be either.
  const here = new Set(ctx.places.map((p) => placeKeyOf(p.place)));
  const next = ctx.introduced().find((x) => !here.has(placeKeyOf(x.place)));
  // (Before the story's referent, strictly: "a settlement" is no "capital city of Dnipro".)
  return next && (next.noun === wanted || next.noun === 'settlement' || (wanted === 'settlement' && !(strict && next.noun === 'town')))
    ? { place: next.place, start: null }
    : null;
};

/** The place "the town" refers to when the sentence names none before it: the sentence before's one settlement, the
 * story's most mentioned village, or its focus. */
const laterReferent = (
  c: Cue,
  ctx: SentenceContext,
  village: boolean,
  small: (p: { place: PlaceRef; population: number | null }) => boolean,
): Target | null => {
  const d = ctx.discourse;
  // "... will have to surrender the city. He added that the city is being encircled": the one settlement the sentence
  // before named.
  const previous = d.previousPlaces.filter((p) => !village || small(d.mentioned.get(placeKeyOf(p)) ?? { place: p, population: null }));
  if (previous.length === 1 && !c.adjacentObject) return { place: previous[0]!, start: null };
  if (village) {
    const ranked = [...d.mentioned.entries()]
      .filter(([, p]) => small(p))
      .sort((a, b) => (d.mentionCounts.get(b[0]) ?? 0) - (d.mentionCounts.get(a[0]) ?? 0));
    if (ranked[0]) return { place: ranked[0][1].place, start: null };
  }
  const focus = d.focus ?? ctx.upcoming;
  // "fighting was still going on in the village" in a story about Kursk: no village the story named, no referent.
  if (focus && village && !small(d.mentioned.get(placeKeyOf(focus)) ?? { place: focus, population: null })) return null;
  return focus ? { place: focus, start: null } : null;
};

/** How many sentences back "the villages" may find the places a sentence about several named. */
const GROUP_REACH = 4;
const COUNT_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, both: 2 };
/** "the villages", "these two settlements", "both towns": a plural noun phrase of places and nothing more. */
const GROUP_NOUN = String.raw`(?:the|these|those|both|all\s+(?:of\s+)?(?:the|these|those))\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:small|nearby|border|frontline|front-line|neighbou?ring|key|eastern|western|northern|southern)\s+)?(?:villages|settlements|towns|cities|localities)\b(?!\s+(?:of|in|near|around|not|that|which|where)\b)`;
const GROUP_OBJECT = new RegExp(String.raw`^\s*["“]?\s*${GROUP_NOUN}`, 'i');
const GROUP_SUBJECT = new RegExp(String.raw`(?:^|[.,;:]\s+|\b(?:that|and)\s+)${GROUP_NOUN}\s+(?:[\w-]+\s+){0,3}$`, 'i');
/** The plural noun phrase a cue takes as its object, or a passive as its subject, if it is one: "captured the villages",
 * "the two villages were occupied". */
const groupAnaphor = (c: Cue, ctx: SentenceContext): string | null => {
  if (!c.passive) return GROUP_OBJECT.exec(ctx.text.slice(c.end, c.end + 60))?.[0] ?? null;
  return GROUP_SUBJECT.exec(ctx.text.slice(Math.max(0, c.start - 80), c.start))?.[0] ?? null;
};
/** "the two villages" are two places; "the villages" any number; no plural noun phrase, none. */
const countFits = (scope: string | null, n: number): boolean => {
  if (scope === null) return false;
  const counted =
    /\b(two|both|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:the|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?:villages|settlements|towns|cities|localities)\b/i.exec(
      scope,
    );
  return !counted || COUNT_WORDS[counted[1]!.toLowerCase()] === n;
};
/** "the villages", "these settlements", "both towns", "all of these settlements" (not "the villages of A and B"): the
 * places named just before. */
const PLURAL_NOUN_ANAPHOR =
  /\b(?:the|these|those|both|(?:all|both|each)\s+(?:of\s+)?(?:the|these|those|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?:villages|settlements|towns|cities|localities)\b(?!\s+(?:of|in|near|around)\s+[A-Z])/i;
/** "had occupied them": the places named just before. */
const PLURAL_PRONOUN_OBJECT =
  /\b(?:occupied|captured|taken|seized|liberated|retaken|recaptured|took|retook|controls?|controlled)\s*["”’]?\s+them\b/i;
/** Either: what a capture or a holding told without naming its places points back at. */
const PLURAL_ANAPHOR = new RegExp(`${PLURAL_NOUN_ANAPHOR.source}|${PLURAL_PRONOUN_OBJECT.source}`, 'i');
/** The list of places that ends just before the plural noun nearest the cue ("A and B - ... the cities"), if any. */
const PLURAL_NOUNS = new RegExp(PLURAL_NOUN_ANAPHOR.source, 'gi');
const listBeforeAnaphor = (c: Cue, ctx: SentenceContext): SentencePlace[] => {
  const nouns = [...ctx.text.matchAll(PLURAL_NOUNS)];
  const noun = nouns.sort((a, b) => Math.abs(a.index - c.start) - Math.abs(b.index - c.start))[0];
  if (!noun) return [];
  const last = ctx.places.filter((p) => p.end <= noun.index && p.mention.cue !== 'region' && ctx.isTarget(p)).at(-1);
  return last ? listFrom(last, ctx, -1) : [];
};
/** The sides of the lexicon, for expressions built from its words. */
const SIDES = ['RU', 'UA'] as const;
let capitalExpression: RegExp | undefined;
/**
 * "the capital", "the Ukrainian capital": the lexicon's capital, with its own side's demonym or none (not "the regional
 * capital", "the Russian capital", "the capital of the region").
 */
const theCapitalExpression = (): RegExp => {
  if (capitalExpression) return capitalExpression;
  const side = lexiconCountrySide(lexiconConventions().theCapital ?? '');
  const own = side ? String.raw`(?:${lexiconDemonym(side)}\s+)?` : '';
  const others = SIDES.filter((s) => s !== side).map((s) => `|${lexiconDemonym(s)}`);
  capitalExpression = new RegExp(
    String.raw`(?<!\b(?:regional|provincial|region['’]s|oblast|administrative|district|former${others.join('')})\s+)\bthe\s+${own}capital\b(?!\s+(?:of|city\s+of|region)\b)`,
    'gi',
  );
  return capitalExpression;
};
let capitalPlace: Target | null | undefined;
/** The place "the capital" is (the lexicon's `sideConventions.theCapital`), resolved once. */
const theCapital = (): Target | null => {
  if (capitalPlace !== undefined) return capitalPlace;
  const name = lexiconConventions().theCapital;
  const g = loadGazetteer();
  const [ref] = name ? g.resolve(g.scan(name), name) : [];
  capitalPlace = ref ? { place: ref, start: null } : null;
  return capitalPlace;
};
/**
 * ", known in Ukraine as", " settlement, known as", ", which Ukraine calls": another name of the place follows, as a
 * country of the lexicon ("in Ukraine", "by Ukrainians", "in Kyiv") or the place itself knows it.
 */
const KNOWN_BY = `(?:${[...lexiconCountries(), ...SIDES.map((s) => `${lexiconDemonym(s)}s`)].join('|')})`;
const KNOWN_AS_AFTER = new RegExp(
  String.raw`^(?:\s+(?:settlement|village|town|city))?\s*,?\s*(?:(?:(?:also|now|officially)\s+)?(?:known|called|named)\s+(?:(?:in|by)\s+${KNOWN_BY}\s+|locally\s+)?as|which\s+${KNOWN_BY}\s+calls?)\s+(?:the\s+)?["“]?$`,
);
/**
 * "the Kirove settlement, known in Ukraine as Verezamske", "the town of Donetsk, known as New York": a place the copy
 * names by a Russian or a mistaken name is the one its gloss names.
 */
const knownAs = (t: Target, ctx: SentenceContext): Target | null => {
  const at = t.start === null ? undefined : ctx.places.find((p) => p.start === t.start);
  if (!at) return null;
  const next = ctx.places.find((p) => p.start > at.end && p.start - at.end <= KNOWN_AS_REACH);
  if (!next || next.place.name === t.place.name || !KNOWN_AS_AFTER.test(ctx.text.slice(at.end, next.start))) return null;
  return { place: next.place, start: next.start };
};
/** How far after a place its ", known in Ukraine as" gloss may name the other (characters). */
const KNOWN_AS_REACH = 45;
/** How far before its cue "the capital" may stand as the cue's subject (characters). */
const CAPITAL_REACH = 80;
/**
 * "Kharkiv ... is located about 400 kilometers east of the capital, which, according to local authorities, remains
 * under the control of Ukrainian forces", "fighting raged in Kharkiv, the city administration in Kyiv said the capital
 * remained under ...": "the capital" between a place named before and the cue, with no place after it, is the cue's
 * subject: the capital, not the last city named.
 */
const capitalBetween = (t: Target, c: Cue, ctx: SentenceContext): Target | null => {
  const capital = theCapital();
  if (!capital || placeKeyOf(t.place) === placeKeyOf(capital.place)) return null;
  const at = t.start === null ? undefined : ctx.places.find((p) => p.start === t.start);
  if (t.start !== null && (!at || at.end > c.start)) return null;
  const from = Math.max(at?.end ?? 0, c.start - CAPITAL_REACH);
  const gap = ctx.text.slice(from, c.start);
  const m = [...gap.matchAll(theCapitalExpression())].at(-1);
  if (!m || ctx.places.some((p) => p.start >= from + m.index && p.start < c.start)) return null;
  // (A place the story referred to, "This city ... east of the capital, which remains under": only a relative clause
  // on "the capital" makes the capital the subject.)
  if (!at && !/^\s*,?\s*(?:which|that)\b/i.test(gap.slice(m.index + m[0].length))) return null;
  return capital;
};
/** "one of the last parts of (Ukraine's) " (a country of the lexicon), "among the few areas of ": a region's part that a sentence's subject is. */
const PART_OF_REGION_BEFORE = new RegExp(
  String.raw`\b(?:one|among)\s+(?:of\s+)?the\s+(?:[a-z-]+\s+){0,2}?(?:parts|areas|pockets|pieces|corners|places|territories|sections|strips)\s+of\s+(?:(?:the|${lexiconCountriesExpression()}['’]s|the\s+country['’]s)\s+)?$`,
  'i',
);
/** "It is", "The spit remains": a subject that refers to a place named before, at the start of its sentence. */
const REFERRING_SUBJECT =
  /^\s*(?:it|this|that|the\s+(?:spit|island|peninsula|area|territory|village|town|settlement|city|district))\s+(?:is|was|remains|remained|has\s+been)\s+$/i;
/**
 * "It is one of the last parts of Mykolaiv Oblast that remain under Russian occupation": the region is the container
 * of the place the subject refers to, the place of that region the story has mentioned most (the latest on a tie).
 */
const partOfRegionReferred = (t: Target, ctx: SentenceContext): Target | null => {
  if (t.start === null) return null;
  const at = ctx.places.find((p) => p.start === t.start);
  if (!at || !regionLike(at)) return null;
  const before = ctx.text.slice(0, t.start);
  const m = PART_OF_REGION_BEFORE.exec(before);
  if (!m || !REFERRING_SUBJECT.test(before.slice(0, m.index))) return null;
  const d = ctx.discourse;
  let best: PlaceRef | null = null;
  let most = 0;
  for (const [key, p] of d.mentioned) {
    const n = d.mentionCounts.get(key) ?? 0;
    if (p.place.admin1 === t.place.name && p.place.name !== t.place.name && n >= most) [best, most] = [p.place, n];
  }
  return best ? { place: best, start: null } : null;
};
/** A region, or a name that may be one ("Donetsk": the city, or the region a claim about it may mean). */
const regionLike = (p: SentencePlace): boolean =>
  p.mention.cue === 'region' || !!p.place.id?.startsWith('geonames-admin1') || p.mention.candidates.some((c) => c.kind === 'region');
/** "have no control over", "did not capture": a cue its own sentence negates. */
const NEGATED_BEFORE = /\b(?:no|not|never|n['’]t)\s+$/i;
/** "these settlements", "both cities", "all five of the villages": a demonstrative or a count of all that points at the
 * places just named, for fighting too. */
const DEMONSTRATIVE_PLURAL =
  /\b(?:these|those|both|all\s+(?:two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+(?:the|these|those))?)\s+(?:[\w-]+\s+){0,2}?(?:villages|settlements|towns|cities|localities)\b/i;

/** "the village of", "the front-line town of": the noun a story calls the place after it by. */
const NOUN_BEFORE = /\b(city|town|village|settlement|hamlet|locality)\s+of\s+(?:the\s+)?$/i;
/** ", a key city", ", the village": an apposition naming what the place before it is; "Kherson city". */
const NOUN_AFTER = /^(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|\s+)(city|town|village|settlement|hamlet)\b/i;
/**
 * "60% of the region", "82 settlements in the region", "the entire region", "about 64% of the territory in the
 * region": a share or a count of a region named before, not here; "expelled Ukrainian troops from the region", "the
 * region is now free": the whole of it, taken back.
 */
const REGION_ANAPHOR = new RegExp(
  String.raw`\b(?:(?:${SHARE_WORDS}|the\s+rest|\d[\d,]*\s+(?:settlements|villages|towns|localities|communities)|(?:\d[\d,.]*\s+)?square\s+(?:kilometers|kilometres|km|miles))\s+(?:of|in)\s+the\s+(?:entire\s+|whole\s+)?(?:region|oblast|province)\b)|\bthe\s+(?:entire|whole)\s+(?:region|oblast|province)\b(?!\s+of\b)|\b(?:${SHARE_WORDS})\s+of\s+(?:the\s+)?(?:(?:seized\s+|occupied\s+|captured\s+)?(?:territory|territories|area|land))\s+(?:in|of)\s+the\s+(?:region|oblast|province)\b|\b(?:ousted|expelled|ejected|drove|driven|pushed|kicked|forced)\s+(?:[\w'’-]+\s+){0,3}?(?:out\s+)?(?:of|from)\s+the\s+(?:region|oblast|province)\b(?!\s+of\b|['’]s\b)|\bthe\s+(?:region|oblast|province)\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:completely\s+|fully\s+|entirely\s+)?(?:free|liberated|cleared)\b`,
  'i',
);
/** How many sentences back the region "the region" refers to may have been named. */
const REGION_REACH = 3;

/**
 * "Presently, Russian troops are in control of 60% of the region": a share or a count of "the region" is of the
 * region the story named last, a few sentences back at most, when this sentence names none as a target. ("Serhiy
 * Haidai, the governor of Luhansk Oblast, said only 10 percent of the region is controlled by Ukraine": a region the
 * sentence names only in an office's title, before the cue, is the one it means.)
 */
const regionReferred = (c: Cue, ctx: SentenceContext): Target | null => {
  if (!REGION_ANAPHOR.test(anaphoraScope(c, ctx))) return null;
  const regions = ctx.places.filter((p) => isRegion(p) || p.mention.cue === 'region');
  if (regions.some((p) => p.end > c.start || ctx.isTarget(p))) return null;
  const titled = regions.at(-1);
  if (titled) return { place: titled.place, start: null };
  // The region named last, a few sentences back at most; else the one whose capital a claim was about ("Kherson was
  // captured by Russian forces in 2022 ... nearly 72% of the region remains under Russian control"), not a capital
  // named in passing ("Zelensky met commanders in Kharkiv").
  const d = ctx.discourse;
  const named = [d.lastRegion, d.lastCapitalRegion].find((r) => r !== null && ctx.index - r.sentence <= REGION_REACH);
  return named ? { place: named.place, start: null } : null;
};

/** A place the gazetteer holds that is no settlement: a plant, an airport, an island. */
const FACILITY = /\b(?:plant|station|airport|airfield|air\s+base|port|works|mine|bridge|dam|island|spit)$/i;
/** "the town", "this village", "the embattled city" (not "the town of X"). */
const ANAPHOR_NOUN = /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(city|town|village|settlement|hamlet)\b(?!\s+of\s+[A-Z])/i;
/** How many sentences back "the town" may reach for the place called a town. */
const NOUN_REACH = 2;

/** Larger than this, a place is not what a story calls "the village". */
const VILLAGE_MAX = 20_000;
/** Larger than this, a place is not what a story calls "the town" (Kharkiv, Zaporizhzhia, Dnipro: cities). */
const TOWN_MAX = 400_000;

/** "close to the key city of Bakhmut", "near Ukraine's second largest city Kharkiv", "a dozen kilometres from the
 * logistics hub of Pokrovsk": a bigger place named, with its noun, to say where another one lies. */
const LANDMARK_WITH_NOUN_BEFORE =
  /\b(?:(?:near|close\s+to|next\s+to|not\s+far\s+from|outside|away\s+from|(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?from|stepping[\s-]stones?\s+to|gateway\s+to|(?:way|road)\s+to)\s+(?:[A-Z][\w'’-]*['’]s\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|town|hub|capital|stronghold)\s+(?:of\s+)?|(?:located|situated|lying)\s+in\s+(?:the\s+)?)$/i;
/** "Luhansk regional governor", "the Donetsk Regional Military Administration": a region's name in an office's title. */
const REGION_TITLE_AFTER =
  /^(?:['’]s)?\s+(?:[Rr]egional|[Rr]egion['’]s|[Oo]blast)\s+(?:[Mm]ilitary\s+|[Ss]tate\s+)?(?:[Gg]overnor|[Hh]ead|[Cc]hief|[Aa]dministration|[Aa]uthorities|[Cc]ouncil|[Pp]olice|[Pp]rosecutor)/;
/** A place a sentence named only to locate another one, or in an office's title: no referent for "the city" next. */
const isLandmarkOrTitle = (p: SentencePlace, text: string): boolean =>
  LANDMARK_WITH_NOUN_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start)) || REGION_TITLE_AFTER.test(text.slice(p.end, p.end + 50));

/** Discourse bookkeeping for the sentences that follow: dates, actors, the last speaker, the place in focus. */
const rememberSentence = (ctx: SentenceContext, d: Discourse, namedSpeakers: Map<number, Claimant>): void => {
  const { text, dates, sentence, actors, index } = ctx;
  const narrated = dates.filter(
    (x) => !x.after && !insideQuote(text, x.start) && !/^(?:today|tonight|now)$/i.test(text.slice(x.start, x.end)),
  );
  if (narrated.length) d.lastExplicitDate = { value: narrated[0]!.value, precision: narrated[0]!.precision };
  const day = narrated.filter((x) => x.precision === 'day').at(-1);
  if (day) d.lastDay = { date: { value: day.value, precision: 'day' }, sentence: index, paragraph: sentence.paragraph };
  const stated = narrated.filter((x) => x.yearStated).at(-1);
  if (stated) d.narrativeYear = { paragraph: sentence.paragraph, value: stated.value.slice(0, 7) };
  // "Sumy region is opposite Russia's Kursk region, where Ukrainian forces launched an incursion last August": a date
  // in a relative clause dates that clause, not the paragraph.
  const sentenceDate = mainClauseDate(ctx);
  if (sentenceDate) d.paragraphDate = { paragraph: sentence.paragraph, date: sentenceDate };
  else if (AT_THE_SAME_TIME.test(text) && d.lastExplicitDate) d.paragraphDate = { paragraph: sentence.paragraph, date: d.lastExplicitDate };
  else if (d.paragraphDate && d.paragraphDate.paragraph !== sentence.paragraph) d.paragraphDate = null;
  for (const a of actors) remember(a, d, index);
  // The sentence's own source, not a claim it reports on: "X said ..., dismissing a statement by Y".
  const lastFrame =
    ctx.frames.filter((f) => f.rule !== 'attribution.made-by' && f.rule !== 'attribution.possessive').at(-1) ?? ctx.frames.at(-1);
  // ("The statement said that Russia attacked, adding ...": a participle goes on with the speaker of the verb before it,
  // as frameSpeakers reads it, not with an actor of what that verb reports.)
  const verbBefore =
    lastFrame?.kind === 'participle' ? ctx.frames.filter((f) => f.kind === 'verb' && f.end <= lastFrame.start).at(-1) : undefined;
  const own = verbBefore ?? lastFrame;
  if (own) {
    const s = speakerOf(own, text, actors, [0, text.length], null, d, dates, index);
    if (s.claimant.side !== 'NEUTRAL') d.recentSpeaker = { claimant: s.claimant, sentence: index, paragraph: sentence.paragraph };
    if (isPersonName(s.claimant)) namedSpeakers.set(index, s.claimant);
  }
  // "close to the key city of Bakhmut", "Luhansk regional governor": a landmark or a title's region is neither what
  // "the city" in the next sentence is nor what the story is about (looked for once per place).
  const landmarks = ctx.places.filter((p) => isLandmarkOrTitle(p, text));
  d.previousPlaces = [
    ...new Map(
      ctx.places
        .filter(
          (p) =>
            p.place.id?.startsWith('geonames-admin1') !== true &&
            p.mention.cue !== 'region' &&
            !GOVERNMENTS.has(p.mention.surface.toLowerCase()) &&
            !ctx.actors.some((a) => a.start < p.end && a.end > p.start) &&
            !landmarks.includes(p),
        )
        .map((p) => [placeKeyOf(p.place), p.place] as const),
    ).values(),
  ];
  // The settlements the sentence was about (not a place that only located another): what "the villages" are.
  const targets = d.previousPlaces.filter((place) => ctx.places.some((p) => p.place === place && ctx.isTarget(p)));
  if (targets.length >= 2) d.targetGroup = { places: targets, sentence: index };
  else if (targets.length === 1) d.targetGroup = null;
  const region = ctx.places.filter((p) => isRegion(p) || p.place.id?.startsWith(NAMED_REGION_ID)).at(-1);
  if (region) d.lastRegion = { place: region.place, sentence: index };
  // ("Kherson was captured by Russian forces in 2022": a regional capital a sentence with a cue is about, for "the
  // region" after it.)
  for (const p of ctx.places) {
    const region = p.mention.candidates.find((e) => e.kind === 'region' && e.name === p.place.admin1);
    if (region && !isRegion(p) && ctx.isTarget(p) && ctx.cues.some((c) => c.stance !== 'DENIAL'))
      d.lastCapitalRegion = { place: placeRefOf(region, p.mention.surface), sentence: index };
  }
  // "the town" refers to the place the story is about: the most mentioned so far, the latest of those on a tie.
  for (const p of ctx.places)
    if (p.place.id?.startsWith('geonames-admin1') !== true && ctx.isTarget(p) && !landmarks.includes(p)) {
      const key = placeKeyOf(p.place);
      d.mentionCounts.set(key, (d.mentionCounts.get(key) ?? 0) + 1);
      d.mentioned.set(key, { place: p.place, population: p.mention.candidates.find((e) => e.id === p.place.id)?.population ?? null });
      if (!d.focus || d.mentionCounts.get(key)! >= (d.mentionCounts.get(placeKeyOf(d.focus)) ?? 0)) d.focus = p.place;
    }
};
