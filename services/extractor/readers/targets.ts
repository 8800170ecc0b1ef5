// Which places a cue is about: the places of its clause that can be targets, narrowed by each reader; a place
// referred to ("the city", "its outskirts") when none is named; the previous clause's places for a participle
// clause that goes on about them.
import { lexiconCountries, lexiconCountriesExpression, lexiconDemonym, lexiconSideAcronyms } from '../actors.js';
import type { SentenceContext, SentencePlace, Target } from '../context.js';
import type { Cue } from '../rules/matcher.js';
import { NAMED_REGION_ID } from '../gazetteer/gazetteerFile.js';
import { SAYING_VERBS } from '../statements.js';
import { SHARE_OR_WHOLE, SHARE_WORDS, shareOfListed } from '../shares.js';

export const ANAPHORIC_PLACE =
  /\b(?:the|this|that)\s+(?:(?:[\w-]+)\s+){0,3}?(?:city|town|village|settlement|hub|stronghold)(?:['’]s)?\b(?!\s+of\s+[A-Z])|\bthis\s+(?:area|locality)\b|\b(?:part|parts|most|half|much|all)\s+of\s+it\b|\bits\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:outskirts|centre|center|districts?|suburbs|streets|part)\b|\bthe\s+(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+(?:part|parts|half|districts?|outskirts|quarters?|suburbs)\b(?!\s+of\b)|\bthe\s+rest\b(?!\s+of\b)/i;
export const ANAPHORIC_CLAIM =
  /\b(?:the|these|this|those|such|[\w-]+['’]s)\s+(?:[\w'’-]+\s+)?(?:claims?|reports?|statements?|assertions?)\b|\b(?:denied|denies|deny|rejected|dismissed)\s+(?:this|it|that)\b|\b(?:this|that|it)\s+(?:is|was)\s+(?:not\s+true|untrue|false|a\s+lie|fake|incorrect|not\s+the\s+case)\b/i;

const NOT_TARGET_BEFORE =
  // ("seized a settlement on the outskirts of Severodonetsk": an unnamed place located by the one named.)
  // ("Solidar, to the northeast of Bakhmut": "to the north of" locates, where "the north of Pokrovsk" is part of it.)
  // ("near Ukraine's second largest city Kharkiv": a possessive and the landmark's noun before its name.)
  /(?:\b(?:a|an|one|another|two|three|several)\s+(?:[\w-]+\s+)?(?:settlements?|villages?|hamlets?)\s+on\s+the\s+outskirts\s+of|(?<!(?<!\bto\s+)\bthe\s+(?:[a-z-]+\s+and\s+)?)\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|\b(?:km|kilometers|kilometres|miles)\)?\s+(?:away\s+)?(?:from|of|to)|\b(?:near|outside|beyond|towards?|direction|visit(?:ed)?(?:\s+to)?|river|banks?\s+of|(?:coast(?:line)?|shores?)\s+of)|\b(?:not\s+far|close|next)\s+(?:from|to)|\bclosing\s+(?:in\s+)?on|\bcloser\s+to(?:\s+(?:capturing|taking|seizing))?|\b(?:border|frontier|boundary)\s+with(?=\s+(?:the\s+)?$)|\baway\s+from|\bdirections?\s+of(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?(?:\s+and)?)*|\b(?:way|road|route|approaches|gateway)\s+to|\b(?:linking|connecting|between)(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and)?)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:city|town|village|hub|(?<=\blogistic(?:s|al)\s)cent(?:er|re))\s+of\s+|[A-Z][\w-]*['’]s\s+(?:(?:[\w'’-]+\s+){0,2}?(?:city|town|capital),?\s+)?|(?:[a-z][\w-]*\s+)?capital,?\s+|(?!(?:and|or|in|on|at|of|to|from|by|with|into|for|as|is|was)\s)[a-z][\w-]*\s+)?$/i;

const SHARE_OF_NAMED_REGION = new RegExp(String.raw`\b(?:${SHARE_OR_WHOLE})\s+(?:of\s+)?(?:the\s+)?$`, 'i');

const SHARE_OF_TERRITORY_IN = new RegExp(
  String.raw`\b(?:${SHARE_WORDS})\s+of\s+(?:the\s+)?(?:territory|territories|land|area)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$`,
  'i',
);

const NEAR_LIST =
  /\b(?:near|outside|towards?)\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?)\s+of\s+)?(?:(?:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?,\s+){1,12}(?:and\s+|or\s+)?|[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+(?:and|or)\s+(?:the\s+)?(?:(?:nearby\s+)?(?:villages?|towns?|settlements?)\s+of\s+)?)$/;

/** ", near Kupiansk, and ": one place that locates the list item before it, set off by commas, before the next item. */
const NEAR_APPOSED = /[A-Z][\w'’-]+["”’]?,\s+near\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?,\s+(?:and|as\s+well\s+as)\s+$/;

/** Whether a place in a clause is what the claim is about, not a landmark ("100 km east of Kharkiv"). */
let dateline: RegExp | null = null;
/**
 * ", Ukraine:", ", Ukraine (AP) —", ", Ukraine | " or ", Ukraine—Russian forces" after a dateline's city, the countries
 * from the lexicon.
 */
const datelineCountry = (): RegExp =>
  (dateline ??= new RegExp(`^,\\s+(?:${lexiconCountries().join('|')})\\b[^.]{0,25}?(?::|\\s[—–|-]\\s|\\s?[—–]\\s?(?=[A-Z]))`));

/** The lexicon's side acronyms ("DPR", "LNR") and demonyms ("Russian"), for a republic named by its letters. */
const SIDE_ACRONYMS = new Set(lexiconSideAcronyms());
const ACRONYMS = `(?:${[...SIDE_ACRONYMS].join('|')})`;
const DEMONYMS = `(?:${lexiconDemonym('RU')}|${lexiconDemonym('UA')})`;
/** The lexicon's countries ("Russia", "Ukraine"), as an alternation. */
const COUNTRIES = lexiconCountriesExpression();
/** "DPR and Russian military units", "DPR & LPR", "The DPR is mopping up", "DNR forces": the acronym as a party that acts. */
const ACRONYM_ACTS_AFTER = new RegExp(
  String.raw`^\s*(?:&|and\s+(?:the\s+)?(?:${DEMONYMS}|allied|${ACRONYMS})\b|(?:is|are|was|were)\s+\w+ing\b|(?:forces|troops|militia|army|units|fighters|servicemen|soldiers)\b)`,
);
/** "the Vostok battalion of the DNR", "the Allied Forces of Russia, DPR & LPR": the body a force or unit is of. */
const ACRONYM_FORCES_BEFORE = new RegExp(
  String.raw`(?:\b(?:battalion|brigade|regiment|forces|militia|army|units|corps)\s+of\s+(?:the\s+)?|\b(?:[Ff]orces|[Aa]rmy|[Tt]roops)\s+of\s+[A-Z][\w'’-]+,\s+|\b${ACRONYMS}\s*&\s*)$`,
);
/** "three towns in the Donetsk region", "two frontline villages in Ukraine, ": a count of unnamed settlements and where they are. */
const COUNT_IN_REGION_BEFORE = new RegExp(
  String.raw`\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|multiple|a\s+few|a\s+number\s+of|\d+)\s+(?:[\w-]+\s+)?(?:villages?|settlements?|towns?|hamlets?|localities|communities)\s+(?:in|near)\s+(?:the\s+)?(?:(?!(?:including|namely|notably|such|particular)\b)[\w'’-]+\s+){0,3}?(?:(?!(?:regions?|oblasts?|provinces?|${COUNTRIES})\b)[\w'’-]+(?:,|\s+(?:and|or))\s+(?:(?:and|or)\s+)?){0,4}(?:(?:region|oblast|province)\s+of\s+)?$`,
  'i',
);
/** "captured village in Ukraine's ", "settlements near the eastern ": unnamed settlements, then where. */
const SETTLEMENTS_IN_BEFORE = new RegExp(
  String.raw`\b(?:villages?|settlements?|towns?|hamlets?|localities|communities)\s+(?:in|near)\s+(?:the\s+)?(?:${COUNTRIES}['’]s\s+)?(?:(?:south|north|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$`,
  'i',
);
/** "settlements in Ukraine's Donetsk, Lugansk and ": unnamed settlements, then a list of regions. */
const SETTLEMENTS_IN_LIST_BEFORE = new RegExp(
  String.raw`\b(?:villages?|settlements?|towns?|hamlets?|localities|communities|cities)\s+(?:in|across)\s+(?:the\s+)?(?:${COUNTRIES}['’]s\s+)?(?:(?:south|north|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:[A-Z][\w'’-]+(?:,\s+|,?\s+(?:and|or)\s+))+$`,
);
const HOLDER_BEFORE =
  /(?:\bunder\s+(?:the\s+)?(?:full\s+|complete\s+|firm\s+|effective\s+)?control\s+of|\bin(?:to)?\s+the\s+hands\s+of)\s+(?:the\s+)?(?:self-?proclaimed\s+|so-?called\s+|unrecogni[sz]ed\s+)?["“‘]?$|\b(?:forces|troops|army|militia|fighters|units|servicemen)\s+(?:of|from)\s+the\s+(?:self-?proclaimed\s+|so-?called\s+)?["“‘]?People['’]s\s+Republic["”’]?\s+of\s+$/i;
/** "the forces of the DPR", "the armed forces of the DPR, LPR and": a region's government as a force's body. */
const FORCE_OF_REGION_BEFORE =
  /\b(?:forces|troops|army|militia|fighters|units|servicemen)\s+of\s+the\s+(?:self-?proclaimed\s+|so-?called\s+)?(?:[\w'’-]+(?:,\s+|,?\s+and\s+(?:the\s+)?)){0,3}$/i;

/**
 * An office a place's name comes before: "Governor", "regional governor", "Oblast Military Administration head Ivan
 * Fedorov", "Regional Military Administration Serhiy Haidai", "Donetsk People's Republic (DPR) head Denis Pushilin" (a head, a chief or an administration only before a
 * capitalised name: troops in Pokrovsk "head west").
 */
const OFFICE_TITLE_AFTER =
  /^(?:\s+[Pp]eople['’]s\s+[Rr]epublic)?(?:\s*\([A-Z]{2,4}\))?\s+(?:(?:[Rr]egional|[Rr]egion|[Oo]blast|[Pp]rovincial|[Pp]rovince|[Mm]ilitary|[Ss]tate|[Dd]istrict|[Aa]dministration)\s+){0,3}(?:[Gg]overnor|[Mm]ayor|(?:[Hh]ead|[Cc]hief|[Aa]dministration)\s+[A-Z])/;

/**
 * "ousted from the", "expelled Ukrainian troops from Russia's", "withdrew its forces from the": a place left, after
 * "from" (not "pulled out from positions in the Kharkiv region", where the region only says where they were).
 */
const EXPELLED_FROM =
  /\b(?:ousted|expelled|withdrawn|withdrew|retreated|pulled\s+(?:back|out)|driven|drove|pushed|knocked|kicked|forced\s+out)\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?(?!(?:[\w'’-]+\s+)?(?:in|near|of)\s)(?:[\w'’-]+\s+){0,2}$/i;

/** "an official in", "sources based in": a speaker's seat before a place. */
const SPEAKER_IN_BEFORE =
  /\b(?:officials?|spokes(?:man|woman|person)|sources?|correspondents?|journalists?|reporters?)\s+(?:(?:based|stationed)\s+)?(?:in|from)\s+(?:the\s+)?$/i;
/** "said", "told Reuters", ", who asked not to be named, said": the speaker's verb right after the seat. */
const SAID_AFTER = new RegExp(String.raw`^\s+(?:(?:also|later|earlier|then|had|has|have)\s+)?(?:${SAYING_VERBS})\b`, 'i');

export const isTargetPlace = (p: SentencePlace, text: string): boolean => {
  const before = text.slice(Math.max(0, p.start - 60), p.start);
  if (NOT_TARGET_BEFORE.test(before)) return false;
  // "90% of Donbas", "the rest of the Donbas": a region no oblast is (the gazetteer's namedRegions) is claimed only in
  // shares or as a whole; "fighting in the Donbas" says where the fighting is.
  // ("the entire Donbass region of Luhansk" is Luhansk's; a goal, "Moscow's goal of taking the entire Donbas", is
  // nonclaim.goal's.)
  if (
    p.place.id?.startsWith(NAMED_REGION_ID) &&
    (!SHARE_OF_NAMED_REGION.test(before) || /^\s+(?:region\s+)?of\b/i.test(text.slice(p.end, p.end + 12)))
  )
    return false;
  // "cleared Chuhunivka, Kharkiv Oblast, of Russian invaders": a region apposed to the place before it says where it is.
  // ("Russia takes control of Klishchiivka, Donetsk: Moscow": a regional capital's bare name apposed so is its region.)
  // (A bare name only before a colon or the end: "Kherson, Donetsk, Luhansk and Melitopol" is a list of cities.)
  const after3 = text.slice(p.end, p.end + 3);
  if (
    ((/\s(?:oblast|region)$/i.test(p.mention.surface) && /^\s*(?:[,.;:]|$)/.test(after3)) ||
      (!/\s/.test(p.mention.surface) && p.mention.candidates.some((c) => c.kind === 'region') && /^\s*(?::|$)/.test(after3))) &&
    /\b(?!(?:[Oo]blasts?|[Rr]egions?)\b)[A-Z][\w'’-]*,\s+(?:the\s+)?$/.test(before)
  )
    return false;
  // "fighting took place near Razino, Shakhove, Nikanorivka and Rodynske": every place of a list after "near".
  const window = text.slice(Math.max(0, p.start - 200), p.start);
  // (Not the next item of a list after an item's own "near" apposed by commas: "the capture of Lozova, near Kupiansk,
  // and Sontsivka".)
  if (/\b(?:near|outside|toward)/.test(window) && NEAR_LIST.test(window) && !NEAR_APPOSED.test(window)) return false;
  // "a Russian-installed official in Donetsk said", "sources in Kyiv told Reuters": where a speaker sits, not a place
  // the claim is about.
  if (SPEAKER_IN_BEFORE.test(before) && SAID_AFTER.test(text.slice(p.end, p.end + 30))) return false;
  // "the governor of Luhansk", "the head of Russia's republic of Chechnya": a place in an office's title.
  if (
    /\b(?:head|governor|mayor|leader|chief|administration|council|ambassador|representative|envoy)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(
      before,
    )
  )
    return false;
  // "came under the control of the self-proclaimed Luhansk People's Republic", "in the hands of the DPR", "fighters of
  // the 'People's Republic' of Luhansk": the holder a control names, or the body a force is of, is no place taken.
  if (HOLDER_BEFORE.test(before) || ((p.mention.cue === 'region' || isRegion(p)) && FORCE_OF_REGION_BEFORE.test(before))) return false;
  // "The DPR is mopping up", "DPR and Russian military units entered", "the Allied Forces of Russia, DPR & LPR", "the
  // Vostok battalion of the DNR": a republic's acronym as the party that acts, its forces or what a unit belongs to.
  if (
    SIDE_ACRONYMS.has(p.mention.surface) &&
    (ACRONYM_ACTS_AFTER.test(text.slice(p.end, p.end + 30)) || ACRONYM_FORCES_BEFORE.test(before))
  )
    return false;
  // "across the Dnipro", "the other side of the Dnipro", "the islands on the Dnipro": a city's name after "the" is the
  // river it is named after (a city takes no article); the banks are banks.ts's places.
  if (
    /^(?:Dnipro|Dnieper|Dniepr|Dnepr)$/.test(p.mention.surface) &&
    /\bthe\s+$/i.test(before) &&
    !/^\s+(?:city|region|oblast)\b/i.test(text.slice(p.end, p.end + 10))
  )
    return false;
  // 'the Operational-Tactical Group "Luhansk"', 'the "Dnipro" grouping': a unit named after a place.
  if (/\b(?:group|grouping|battlegroup|brigade|battalion|regiment|division|corps)\s+(?:of\s+forces\s+)?["“«]$/i.test(before)) return false;
  // 'the "Dnipro" Joint Forces Operation Command', 'the "Tavria" grouping': a place's name in quotes before a unit's.
  if (
    /["“«]$/.test(before) &&
    /^["”»]\s+(?:[\w-]+\s+){0,4}?(?:command|group|grouping|battlegroup|brigade|battalion|regiment|division|corps|forces)\b/i.test(
      text.slice(p.end, p.end + 60),
    )
  )
    return false;
  // "Kyiv's forces", "Moscow's control": a possessive names a government or an army, not a place.
  if (
    /^['’]s\s+(?:forces|troops|army|military|control|government|leadership|claims?|offensive|units|attempts?|defen[cs]es?|(?:acting\s+|deputy\s+|de\s+facto\s+)?(?:head|leader|chief|governor|mayor|officials?|authorities|administration|ministry)(?!\s+(?:building|buildings|headquarters|offices?|complex|compound)))\b/i.test(
      text.slice(p.end, p.end + 20),
    )
  )
    return false;
  // "Luhansk Governor Serhiy Gaidai", "Kharkiv regional governor Oleh Syniehubov": a place naming an office before its
  // holder is in the title, as in "the governor of Luhansk".
  if (OFFICE_TITLE_AFTER.test(text.slice(p.end, p.end + 50))) return false;
  // "the Kanal district (Novyi) in Chasiv Yar": a part of a town glossed in brackets is no place of its own.
  if (/\b(?:neighbou?rhood|(?:micro|sub)-?district|district|quarter)\s*\(\s*$/i.test(before)) return false;
  // "Kolodyazi (Donetsk region)", "the Donetsk People's Republic (DPR)": a region glossed in brackets after a name.
  if ((p.mention.cue === 'region' || isRegion(p)) && /\S\s*\(\s*$/.test(before)) return false;
  // "in the Donetsk region" says where something is; "all of the Luhansk region", "control of the region" name it.
  if (
    p.mention.cue === 'region' &&
    // ("1% of territory in the Luhansk region": a share of the land in a region is a share of the region.)
    !SHARE_OF_TERRITORY_IN.test(before) &&
    // ("expelled Ukrainian troops from the Kursk region", "withdrew from the Kharkiv region": the region left.)
    !EXPELLED_FROM.test(before) &&
    (/\b(?:in|near|across|throughout|through|into|from|within|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:(?:and|or)\s+)?$/i.test(before) ||
      // "Severodonetsk in the eastern Ukrainian region of Luhansk": the region's noun before its name.
      /\b(?:in|near|within|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:region|oblast|province)\s+of\s+$/i.test(before))
  )
    return false;
  const after = text.slice(p.end, p.end + 60);
  // "the Pokrovsk direction", "the Berdiansk and Melitopol directions": a front named after a place.
  if (
    // ("the Chuhuyiv, Kupyansk, and Balakliya districts": every name of a list before a plural district word.)
    // ("the Novopavlivka (Kurakhove) direction": a second name in brackets, either name.)
    /^(?:\s+\([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\)|\))?(?:(?:,(?:\s+(?:and|or))?|\s+and|\s+or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*\s+(?:operational|group|grouping|brigade|directions?|fronts?|ax[ie]s|sectors?|offensive|counteroffensive|counter-offensive|garrison)\b/.test(
      after,
    ) ||
    /^(?:(?:,(?:\s+(?:and|or))?|\s+and|\s+or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+\s+(?:districts|raions|hromadas|communities|rayons)\b/.test(
      after,
    ) ||
    /^\s+(?:(?:military|army|troop)\s+(?:group|grouping|command)s?|operational|group|grouping|brigade|battalion|regiment|directions?|fronts?|ax[ie]s|sectors?|offensive|counteroffensive|counter-offensive|garrison|districts?|raions?|hromadas?|river|neighbou?rhoods?|(?:micro|sub)-?districts?|quarters?)\b/i.test(
      after,
    )
  )
    return false;
  // "the Karlivka reservoir", "the Bakhmut-Lysychansk highway", "Pokrovske settlement community": a place that names a
  // work, a road, a line or a municipality is no target.
  if (
    /^(?:\s*[-–—]\s*[A-Z][\w'’]+)*\s+(?:reservoir|highway|motorway|road|railway|defen[cs]e\s+line|(?:settlement|territorial|urban|rural|village)\s+communit(?:y|ies))\b/i.test(
      after,
    )
  )
    return false;
  // "the St. Nicholas Belogorsky Monastery in Gornal": a name inside a church's or a monastery's is no place; the one
  // the building is in is.
  if (/^\s+(?:[A-Z][\w'’-]+\s+)?(?:Monastery|Church|Cathedral|Lavra|Convent|Mosque|Temple|Abbey)\b/.test(after)) return false;
  // "the Lugansk popular militia", "the Donetsk people's militias", "the Lugansk People's Republic (LPR) militaries",
  // "the people's police of Luhansk": a region's armed body is an actor, not a place taken.
  if (
    /^(?:\s+[Pp]eople['’]s\s+[Rr]epublic)?(?:\s*\([A-Z]{2,4}\))?\s+(?:people['’]s\s+|popular\s+|regional\s+|city\s+)?(?:militias?|militaries|police|servicemen|fighters)\b/i.test(
      after,
    ) ||
    /\b(?:people['’]s\s+)?(?:police|militias?|servicemen|fighters|parliament)\s+of\s+(?:the\s+)?$/i.test(before)
  )
    return false;
  // "Luhansk governor confirms", "the Kharkiv mayor": a place naming an office is no target.
  if (
    /^\s+(?:regional\s+|city\s+|military\s+)?(?:governor|gov\.|mayor|administration|authorities|officials?|council|head)(?!\w)/i.test(after)
  )
    return false;
  // "seized a village in southern Zaporizhzhia", "recaptured two Kursk villages": a place that says where unnamed
  // settlements are is no claim about itself.
  if (
    // ("three towns in the Donetsk region including Svitlodarsk": a name the count goes on to give is one of them;
    // "two frontline villages in Ukraine, Andriivka ... and Pishchane": so is one after the country.)
    COUNT_IN_REGION_BEFORE.test(before) ||
    // ("captured village in Ukraine's Kharkiv": the country's possessive before the region.)
    SETTLEMENTS_IN_BEFORE.test(before) ||
    // "new cities and villages in the Kharkiv, Luhansk, and Donetsk regions", "settlements in Ukraine's Donetsk, Lugansk
    // and Kharkiv regions": every region of a list that says where unnamed settlements are.
    (mayBeRegion(p) &&
      SETTLEMENTS_IN_LIST_BEFORE.test(before) &&
      /^(?:(?:,|,?\s+(?:and|or))\s+[A-Z][\w'’-]+)*\s+(?:regions|oblasts|provinces)\b/i.test(after)) ||
    // "liberated six settlements of Luhansk Oblast": a handful of settlements of a region.
    (mayBeRegion(p) &&
      /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+number\s+of|(?<![\d,.])1?\d)\s+(?:[\w-]+\s+)?(?:villages|settlements|towns|hamlets|localities|communities)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(
        before,
      )) ||
    // "a city in Donetsk", "both cities in Zaporizhzhia": a region that says where an unnamed city is.
    (mayBeRegion(p) &&
      /\b(?:city|cities)\s+in\s+(?:the\s+)?(?:(?:south|north|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$/i.test(before)) ||
    // "key frontline cities of Donetsk and Kharkiv regions": plural settlements of regions listed are located by them.
    (mayBeRegion(p) &&
      /\b(?:villages|settlements|towns|cities|localities|communities)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:,\s+|,?\s+(?:and|or)\s+))*$/.test(
        before,
      ) &&
      /^(?:(?:,|,?\s+(?:and|or))\s+[A-Z][\w'’-]+)*\s+(?:regions|oblasts|provinces)\b/i.test(after)) ||
    (/^\s+(?:villages|settlements|towns|hamlets|localities|communities)\b/i.test(after) &&
      /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|more|other|a|the)\s+$/i.test(before))
  )
    return false;
  // "the Donetsk town of Soledar", "the Kharkiv village of Dvorichna", "the Donetsk villages of Uspenivka and Trudove": a
  // place that says where the ones after it are.
  // ("Donetsk Oblast's village of Andriivka": the possessive too.)
  if (/^(?:['’]s)?\s+(?:towns?|city|cities|villages?|settlements?|hamlets?)\s+of\s+[A-Z]/.test(after)) return false;
  // "Luhansk region village Bilohorivka", "another Dnipropetrovsk Oblast village", "the Kursk region's villages": the
  // region says where the settlements after it are.
  if (p.mention.cue === 'region' && /^(?:['’]s)?\s+(?:villages?|towns?|city|cities|settlements?|hamlets?)\b/.test(after)) return false;
  // "Seized Belgorod Towns", "Kursk's biggest town Sudzha", "Kharkiv border town": a name that may be a region's, before
  // settlements it says where they are.
  if (
    mayBeRegion(p) &&
    /^(?:['’]s\s+(?:[a-z-]+\s+)?(?:villages?|towns?|cit(?:y|ies)|settlements?|hamlets?)|\s+(?:border|frontier|front-?line)\s+(?:villages?|towns?|cit(?:y|ies)|settlements?)|\s+(?:villages?|towns|settlements?|hamlets?)(?!\s+of\b))\b/i.test(
      after,
    )
  )
    return false;
  // "KYIV, Ukraine: Ukraine said ...", "KYIV, Ukraine (AP) —": a dateline says where the story was filed.
  if (p.start < 3 && datelineCountry().test(after)) return false;
  // "KHARKIV • Ukraine said ...", "MOSCOW: Russia said ...", "KRAMATORSK — ...": a dateline in capitals.
  if (p.start < 3 && /^[A-Z][A-Z’'\s-]+$/.test(text.slice(p.start, p.end)) && /^\s*[:•—–-]\s/.test(after)) return false;
  // "MOSCOW (Reuters) -", "KYIV, May 2 (AP) —": a dateline with the agency's name.
  // "MOSCOW (Sputnik) -", "KYIV (UNN) —": any agency in brackets.
  // "Lviv, Ukraine, Jan 23 (EFE).- ": and with its date.
  // ("KYIV, Sept. 10 (Reuters) –": a month cut short.)
  if (p.start < 3 && /^(?:,(?:[^.()]|(?<=\b[A-Z][a-z]{2,3})\.){0,30})?\s*\([A-Z][\w.&/ -]{1,30}\)\s*\.?\s*[-—–]/.test(after)) return false;
  // "MOSCOW (UrduPoint News / Sputnik - 21st May, 2023) Ukrainian President ...": a city in capitals and a bracket.
  if (p.start < 3 && /^[A-Z][A-Z’'\s-]+$/.test(text.slice(p.start, p.end)) && /^(?:,[^.()]{0,30})?\s*\([^()]{2,60}\)/.test(after))
    return false;
  return true;
};

export const isRegion = (t: SentencePlace): boolean => t.place.id?.startsWith('geonames-admin1') === true;

/** A region, or a name that may be one ("Donetsk", "Zaporizhzhya"). */
const mayBeRegion = (t: SentencePlace): boolean =>
  t.mention.cue === 'region' || isRegion(t) || t.mention.candidates.some((c) => c.kind === 'region');

/** "said on Monday at a meeting with President Putin in (St.)", "told reporters in": where a report was made. */
const WHERE_SAID = /^[^,;]{0,80}\b(?:in|at)\s+(?:the\s+)?(?:St\.\s+)?$/;

/** The places of a cue's clause that can be targets; a region only when no settlement is named beside it. */
export const clauseTargets = (c: Cue, ctx: SentenceContext): SentencePlace[] => {
  // "had crossed the border and liberated Kozinka": a cue whose words run over a clause break reaches to its end.
  const [from] = ctx.clauses.span(ctx.clauses.of(c.start));
  const [, to] = ctx.clauses.span(ctx.clauses.of(Math.max(c.start, c.end - 1)));
  // "X is under Russian control, Shoigu said at a meeting with Putin in St. Petersburg": where the words were said.
  const said = ctx.frames.find((f) => f.kind === 'verb' && !f.denial && f.start >= c.end && f.start < to);
  const whereSaid = (p: SentencePlace): boolean =>
    !!said &&
    p.start > said.end &&
    WHERE_SAID.test(ctx.text.slice(said.end, p.start)) &&
    !ctx.cues.some((e) => e.start >= said.end && e.start < p.start);
  // "there are no Russian forces in the Dnipropetrovsk region": the region a denial's own "in" names is what it denies.
  const deniedIn = (p: SentencePlace): boolean =>
    c.stance === 'DENIAL' && /\b(?:in|inside|within)$/i.test(c.text) && /^\s+(?:the\s+)?$/i.test(ctx.text.slice(c.end, p.start));
  return ctx.places.filter((p) => p.start >= from && p.end <= to && (ctx.isTarget(p) || deniedIn(p)) && !whereSaid(p));
};

/** "in the northeast Kharkiv region", "of Russia's border Kursk region": the words between a count and the region it is in. */
const IN_REGION_BEFORE = new RegExp(
  String.raw`^\s+(?:in|of|across)\s+(?:the\s+)?(?:${COUNTRIES}['’]s\s+|${DEMONYMS}\s+)?(?:(?:border|neighbou?ring|central|(?:north|south)?-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?)\s+)?(?:(?:region|province|oblast)\s+of\s+)?$`,
  'i',
);

/** An area's units: "square kilometres", "sq km", "km²". */
const AREA_UNITS = String.raw`square\s+(?:kilomet(?:re|er)s|miles|km)|sq\.?\s*(?:km|miles)|km2|km²`;

/**
 * "74 settlements", "hundreds of square kilometres", "dozens of villages", "(in control) of 1,294 square kilometres": a
 * count of places or an area, not a place. (Its end is no word character, not a word boundary: "1,000 km² in".)
 */
const COUNTED = new RegExp(
  String.raw`^\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+|of\s+)?(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least|approximately|roughly|up\s+to|close\s+to|an\s+estimated)\s+)?(?:\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?|hundreds|dozens|thousands|several|a\s+dozen)\s+(?:of\s+)?(?:(?:new|more|other)\s+)?(?:settlements|villages|towns|localities|communities|${AREA_UNITS})(?!\w)(?:\s+(?:\(\d[^)]*\)\s+)?of\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:territory|land|area))?`,
  'i',
);

/**
 * "took 2 settlements in the Donetsk region", "retook several villages in the Kursk region": a handful of
 * settlements says where they are, as one named would; it takes a score of them (or an area) to be a share of the
 * region.
 */
const FEW_SETTLEMENTS =
  /^(?![^]*\b(?:square|sq\b|sq\.|km2|km²))[^]*?\b(?:several|a\s+dozen|(?<![\d,.])1?\d)\s+(?:of\s+)?(?:(?:new|more|other)\s+)?(?:settlements|villages|towns|localities|communities)\b/i;

/**
 * "now control 74 settlements in Russia's Kursk region", "liberated 75 settlements of Kherson Oblast", "saying it
 * had seized hundreds of square kilometres" after "an offensive into Russia's Kursk region": a count of places or
 * an area taken names no settlement, so it is a claim about the region that holds them, the one after "in" or "of",
 * else the only region its sentence names; an area "of the city of Pokrovsk" is part of that town.
 */
export const countedRegion = (c: Cue, ctx: SentenceContext): SentencePlace | null => {
  const counted = COUNTED.exec(ctx.text.slice(c.end, c.end + 80));
  if (!counted || FEW_SETTLEMENTS.test(counted[0])) return null;
  const after = c.end + counted[0].length;
  const regions = ctx.places.filter(isRegion);
  const held = regions.find((p) => IN_REGION_BEFORE.test(ctx.text.slice(after, p.start)));
  if (held) return held;
  const settlements = ctx.places.filter((p) => !isRegion(p));
  // "regain control of 13 square kilometers of the city of Pokrovsk": an area of a town is part of the town.
  const town = /\b(?:square|sq|km)/i.test(counted[0])
    ? settlements.find((p) => /^\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i.test(ctx.text.slice(after, p.start)))
    : undefined;
  if (town) return town;
  // One region, however often named ("in Russia's Kursk region ... in the western Kursk region").
  const one = regions.every((r) => r.place.name === regions[0]!.place.name);
  // (A settlement that is no target, such as the place in "acting head of the Kherson regional military administration",
  // names no settlement taken.)
  return regions.length >= 1 &&
    one &&
    !settlements.some((p) => ctx.isTarget(p)) &&
    !/^\s+(?:in|of|across|around|near)\b/i.test(ctx.text.slice(after))
    ? regions[0]!
    : null;
};

/**
 * Drops regions that only locate a settlement named in the same list ("Novoselivka in the Kharkiv region"), not those a
 * share is told of ("controls Crimea, nearly all of Luhansk").
 */
export const withoutLocatingRegions = (targets: SentencePlace[], text: string): SentencePlace[] =>
  targets.some((t) => !isRegion(t))
    ? targets.filter(
        (t) =>
          !isRegion(t) ||
          t.mention.cue !== 'region' ||
          // "controls Crimea, nearly all of Luhansk, over 70% of Donetsk", "three-quarters of the Zaporizhzhia and
          // Kherson regions": a share of a region, or of regions listed, is claimed, not a locator.
          shareOfListed(text.slice(Math.max(0, t.start - 100), t.start)),
      )
    : targets;

/** "... occupied Kherson before being driven out": a participle clause goes on about the previous clause's place. */
export const participleClauseTargets = (c: Cue, ctx: SentenceContext): SentencePlace[] => {
  const k = ctx.clauses.of(c.start);
  const [from, to] = ctx.clauses.span(k);
  const clause = ctx.text.slice(from, to).replace(/^[,;\s]+/, '');
  // "before being driven out", "after capturing": a participle clause; "as fighting continues" is a clause of its own.
  if (k === 0 || !/^(?:(?:before|after|while|then|and)\s+(?:being|having|\w+ing)|being|having)\b/i.test(clause)) return [];
  const [pFrom, pTo] = ctx.clauses.span(k - 1);
  return ctx.places.filter((p) => p.start >= pFrom && p.end <= pTo && ctx.isTarget(p));
};

/** "the part of the city he controls", "the areas of the town they still hold": a part of a place, then its holder. */
export const HELD_PART_BEFORE =
  /\b(?:the\s+)?(?:part|parts|areas?|districts?|half|most|rest)\s+of\s+the\s+(?:city|town|village|settlement)\s+(?:he|she|it|they|we|the\s+enemy|[\w'’-]+)\s+(?:still\s+)?$/i;

/** The words near a cue in which "the city" or "its outskirts" refers to the place the story is about. */
export const anaphoraScope = (c: Cue, ctx: SentenceContext): string => {
  const [from, to] = ctx.clauses.span(ctx.clauses.of(c.start));
  if (c.stance === 'CONTESTED') return ctx.text.slice(Math.max(from, c.start - 60), Math.min(to, c.end + 80));
  if (c.objectOnly) return ctx.text.slice(c.end, to);
  // ("dismissed reports that Russian troops had occupied the villages as false": a denial's words run on into the
  // clause of the claim it denies.)
  if (c.stance === 'DENIAL') return ctx.text.slice(from, Math.max(to, Math.min(ctx.text.length, c.end + DENIED_REACH)));
  return ctx.text.slice(from, to);
};

/** How far after a denial's words the claim it denies may name its places (characters). */
const DENIED_REACH = 80;

/** "the town" as what a cue is about: not "holding positions near the town", "20 km from the city" (a landmark). */
export const refersToPlace = (scope: string): boolean => {
  const m = ANAPHORIC_PLACE.exec(scope);
  return m !== null && !NOT_TARGET_BEFORE.test(scope.slice(Math.max(0, m.index - 60), m.index));
};

export const named = (places: SentencePlace[]): Target[] => places.map((p) => ({ place: p.place, start: p.start }));

/** A list set out one name per line: the line break and the item's bullet or number. */
const LIST_LINE_BREAK = String.raw`[,;.]?[^\S\n]*\n\s*(?:[•·▪◦*–—-]\s*|\d{1,2}[.)]\s*)?`;

/**
 * What may stand between two places of one list: a separator ("," "and" "as well as", a line break), after the first
 * place's locating tail ("in the Zaporizhzhia region", "(Donetsk region)"), before the next one's head ("the village
 * of", "northern parts of").
 */

const REGION_NOUN = String.raw`(?:region|oblast|Oblast|Region|province|People['’]s\s+Republic|community|hromada|district|raion|municipality)`;
/** The plural a list of regions ends on: "the Zaporizhzhia and Kherson regions". */
const REGION_NOUNS = String.raw`(?:regions|oblasts|provinces)`;
/**
 * A list item's locating tail: "in Ukraine's eastern Kharkiv region", "in the eastern region of Donetsk", "(Donetsk
 * region)", "in (Donetsk region)", ", Donetsk Oblast", "in the same oblast", ", near the administrative border with
 * Dnipropetrovsk region", its settlement noun ("the Krasna Hora village and the city of Bakhmut"); with the day it was
 * told ("on June 12"), all a list item may carry before the next.
 */
export const ITEM_LOCATOR = String.raw`(?:,?\s+(?:near|along|on|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:border|frontier|boundary)\s+with\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+${REGION_NOUN})?|,?\s+(?:in|of|near|within)\s+(?:the\s+)?(?:${COUNTRIES}['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:(?:region|oblast|province)\s+of\s+(?:the\s+)?)?(?:\([^)]{0,40}\)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+${REGION_NOUN})?)|\s*\([^)]{0,40}\)|,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+${REGION_NOUN}|\s+in\s+the\s+same\s+(?:region|oblast|province|area)|\s+(?:village|town|city|settlement|hamlet)(?=[\s,])){0,2}`;
const LIST_ITEM_TAIL =
  ITEM_LOCATOR +
  String.raw`(?:,?\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?`;

const LIST_GLUE = new RegExp(
  // ("including Crimea, which it annexed in 2014, about 90% of Donbas": an item's relative clause, between commas.)
  // ("the Zaporizhzhia and Kherson regions, and small parts of": the plural region noun a list of regions ends on.)
  String.raw`^["”’]?${LIST_ITEM_TAIL}(?:,\s+which\s+[^,;.]{1,40}(?=,)|\s+${REGION_NOUNS}(?=,))?["”’]?` +
    // ("75 per cent of the Donetsk region, with up to 99 per cent of next-door Luhansk": a share joined by "with".)
    String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s+as\s+well\s+as\s+(?:in\s+|around\s+|near\s+)?|,?\s+(?:along|together)\s+with\s+|,?\s+with\s+(?=(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?:${SHARE_WORDS})\s+of\b)|\s*\/\s*|,?\s+(?:and\s+)?(?:the\s+)?(?:other\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:towns|villages|settlements|communities|localities)(?:\s+nearby)?(?:,?\s+(?:notably|including|namely|such\s+as|like)\s+|\s*[-–—:]\s+)|,?\s+(?:namely|including|notably|such\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:towns|villages|settlements|communities|cities)\s+of\s+|:\s+|${LIST_LINE_BREAK})` +
    // ("in Nelipivka, in Kalynivka and in Lisivka", "withdrew from Berdychi and from Novomykhailivka", "“Netailove in the
    // Donetsk region” and “Ivanivka”": a repeated preposition, an opening quote.)
    String.raw`["“‘]?(?:(?:in|into|at|from)\s+)?(?:the\s+)?(?:(?:(?:small|nearby|key|strategic|industrial|neighbou?ring|larger|frontline|front-line|eastern|western|northern|southern)\s+)?(?:villages?|towns?|cities|city|settlements?|communities|community|hamlets?)\s+of\s+)?` +
    String.raw`(?:(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-?\w+|south-?\w+)\s+)?(?:parts?|outskirts|districts?)\s+of\s+|(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?:(?:small|large|big|tiny)\s+)?(?:${SHARE_WORDS}|the\s+rest)\s+of\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|next-door)\s+)?(?:(?:town|city|village)\s+of\s+)?)?$`,
);

/**
 * "captured the village of Mykolaivka, around 15 kilometres from the city of Pokrovsk, as well as the settlement of
 * Stelmakhivka", "retreated from Semenivka, to the northwest of Avdiivka, and from Novomykhailivka", "the villages of Berdychi and Semenivka, located northwest of Avdiivka, as well as Novomykhailivka",
 * "Pokrovsk, a key logistics hub, as well as the city of Vovchansk": an item's
 * appositive set off by commas (where it lies, or what it is), the places it names only locating it, before the
 * list goes on with "and" or "as well as".
 */
const ITEM_APPOSITIVE = new RegExp(
  String.raw`^["”’]?${ITEM_LOCATOR},\s+(?!.*\b(?:said|says|told|claimed|reported|according)\b)` +
    String.raw`(?:(?:a|an)\s+[^,;:.]{1,60}?|(?:(?:located|situated|lying)\s+)?(?:(?:just|some|about|around|roughly|nearly|only)\s+)?(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]{0,30}\)\s+)?)?` +
    String.raw`(?:near|outside|close\s+to|not\s+far\s+from|from|(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:\s+of)?)\b[^,;:.]{0,110}?)` +
    // ("70% of Pokrovsk, a logistics hub, and more than 80 per cent of Vovchansk": a share of the next item.)
    String.raw`,\s+(?:and|as\s+well\s+as|along\s+with)\s+(?:(?:in|into|at|from)\s+)?(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?:(?:${SHARE_WORDS})\s+of\s+)?(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$`,
  'i',
);

/**
 * "are under Russian control: Verbove, Dachne, Zaporizhzhya, Sosnivka, and Stepove": a name set off as an item of the
 * list that is no target of its own (one the gazetteer does not know, or reads as a region) does not end the list.
 */
const UNKNOWN_ITEMS = new RegExp(
  String.raw`^["”’]?${ITEM_LOCATOR}(?:,\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){1,3}(?:,\s+(?:and\s+)?|,?\s+and\s+)$`,
);

/** How many places an item's appositive may name before the list goes on. */
const APPOSITIVE_PLACES = 3;

/**
 * "Pokrovsk (Krasnoarmeysk) and Myrnohrad (Dimitrov)", "Pokrovsk (called Krasnoarmeysk in Russia) and Vovchansk": a
 * name in brackets after a word glosses it; the list steps over it to the next item.
 */
const glossed = (x: SentencePlace, text: string): boolean =>
  /[\w'’]\s*\([^()]{0,40}$/.test(text.slice(Math.max(0, x.start - 42), x.start)) && /^[^()]{0,40}\)/.test(text.slice(x.end, x.end + 42));

/** The places of the list a place begins (forward) or ends (backward), the place itself included. */
export const listFrom = (p: SentencePlace, ctx: SentenceContext, direction: 1 | -1 = 1): SentencePlace[] => {
  const candidates = ctx.places.filter((x) => ctx.isTarget(x) && (x === p || !glossed(x, ctx.text)));
  const out = [p];
  let at = candidates.indexOf(p);
  for (;;) {
    const next = candidates[at + direction];
    if (!next) break;
    const [a, b] = direction === 1 ? [out[out.length - 1]!, next] : [next, out[0]!];
    const glue = ctx.text.slice(a.end, b.start);
    if (!LIST_GLUE.test(glue) && !UNKNOWN_ITEMS.test(glue)) {
      // Past an item's appositive (forward only): the next place after it that the list goes on with.
      let skip = 0;
      for (let k = 1; direction === 1 && !skip && k <= APPOSITIVE_PLACES + 1; k++) {
        const c = candidates[at + k];
        if (c && ITEM_APPOSITIVE.test(ctx.text.slice(a.end, c.start))) skip = k;
      }
      if (!skip) break;
      out.push(candidates[at + skip]!);
      at += skip;
      continue;
    }
    if (direction === 1) out.push(next);
    else out.unshift(next);
    at += direction;
  }
  return out;
};

/** Words between a verb and its object: a few words of a noun phrase, or a list announced ("ten villages:"). */
const OBJECT_GAP =
  /^[^.;:"“”]{0,90}$|^[^.;]{0,160}?(?:[:—–]|\b(?:including|namely|notably|as|such as|they are|these are)\b)\s*(?:[•·▪◦*–—-]\s*|\d{1,2}[.)]\s*)?$/;

/** An active verb's objects: the list of places that follows it, unless something else comes first. */
export const objectsOf = (c: Cue, targets: SentencePlace[], ctx: SentenceContext): SentencePlace[] => {
  const first = targets.find((p) => p.start >= c.end && OBJECT_GAP.test(ctx.text.slice(c.end, p.start)));
  return first ? listInClause(first, targets, ctx) : [];
};

/**
 * The list a place opens, within the places of its clause; "controls ... Kherson, and parts of Kharkiv, Sumy and
 * Dnipropetrovsk": a list of shares goes on past the ", and" that would open a clause of its own.
 */
export const listInClause = (first: SentencePlace, targets: SentencePlace[], ctx: SentenceContext): SentencePlace[] => {
  const out: SentencePlace[] = [];
  // Past a share's glue, an item's relative clause ("including Crimea, which it annexed in 2014, Luhansk and
  // Donetsk") or its appositive ("Pokrovsk, a key logistics hub, as well as Vovchansk"), the list goes on past its
  // clause.
  let goesOn = false;
  for (const p of listFrom(first, ctx)) {
    const glue = out.length ? ctx.text.slice(out[out.length - 1]!.end, p.start) : '';
    goesOn ||= SHARE_GLUE.test(glue) || ITEM_RELATIVE.test(glue) || ITEM_APPOSITIVE.test(glue);
    if (!targets.includes(p) && !goesOn) break;
    out.push(p);
  }
  return out;
};

/** ", which it annexed in 2014, ": a list item's relative clause, set off by commas. */
const ITEM_RELATIVE = /^["”’]?,\s+which\s+[^,;.]{1,40},\s+/;

/** ", and parts of", ", over 70% of": the words between two places of a list of shares of places. */
const SHARE_GLUE = new RegExp(String.raw`\b(?:${SHARE_WORDS})\s+of\s+(?:the\s+)?$`, 'i');

/**
 * "two villages nearby, A and B", "several badly damaged villages – most recently A", "a number of nearby settlements,
 * the largest of which are A, B and C", "2 settlements
 * in the Kharkiv and Luhansk regions: A and B": a count of places the words after it go on to name.
 */
const COUNT_THEN_NAMES = new RegExp(
  '^[^.;]{0,70}?\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\\s+few|a\\s+(?:number|series)\\s+of|\\d+)\\s+' +
    // "several badly damaged and largely deserted villages": the words that describe them.
    '(?:[a-z-]+\\s+(?:and\\s+)?){0,5}?' +
    '(?:villages|settlements|towns|cities|localities|communities|hamlets)' +
    '(?:\\s+(?:nearby|(?:in|of|on|beyond|near|around|outside)\\s+[^:;—–.]{0,60}?))?' +
    // ("three towns in the Donetsk region including Svitlodarsk": no comma needed before a word that brings the names.)
    // ("eight settlements of the Beryslav district:" and "• Liubymivka" on the next line: a list set out one per line.)
    '(?:\\s*(?:,|:|--|—|–)\\s*(?:[•·▪◦*]\\s*|\\d{1,2}[.)]\\s+)?|\\s+(?=(?:namely|including|among\\s+them|such\\s+as|specifically|in\\s+particular|notably)\\b))' +
    // ("several settlements, in particular, the villages of A and B": the word may be set off by commas too.)
    '(?:(?:the\\s+(?:largest|biggest|main|most\\s+important)\\s+of\\s+which\\s+(?:are|were|is|was|being)|namely|including|among\\s+them|such\\s+as|specifically|in\\s+particular|notably|most\\s+recently|these\\s+are|they\\s+are),?\\s+)?' +
    '(?:the\\s+(?:villages?|settlements?|towns?)\\s+of\\s+)?$',
  'i',
);

/** The places a count of places after a cue goes on to name, as a list; none when it names none. */
export const countedList = (c: Cue, ctx: SentenceContext): SentencePlace[] => {
  const first = ctx.places.find(
    (p) =>
      p.start >= c.end && p.start - c.end < 200 && !isRegion(p) && ctx.isTarget(p) && COUNT_THEN_NAMES.test(ctx.text.slice(c.end, p.start)),
  );
  if (first) return listFrom(first, ctx);
  // "took two villages near Avdiivka, Berdychi and Umanske": after the place that locates them, as many names as the
  // count gives are the places counted, though "near A, B and C" alone reads them all as locating.
  const count = COUNT_WORD.exec(ctx.text.slice(c.end, c.end + 60));
  const n = count ? (NUMBER_WORDS[count[1]!.toLowerCase()] ?? Number(count[1])) : 0;
  if (n < 2) return [];
  for (const p of ctx.places) {
    if (p.start < c.end || p.start - c.end >= 200 || isRegion(p) || !COUNT_THEN_NAMES.test(ctx.text.slice(c.end, p.start))) continue;
    const list = [p];
    for (const q of ctx.places.slice(ctx.places.indexOf(p) + 1)) {
      if (!LIST_GLUE.test(ctx.text.slice(list.at(-1)!.end, q.start))) break;
      list.push(q);
    }
    if (
      list.length === n &&
      list.every((q) => !isRegion(q) && !bigTown(q)) &&
      /^\s*(?:[.;,]|$|in\s)/.test(ctx.text.slice(list.at(-1)!.end))
    )
      return list;
  }
  return [];
};

/** A city too big to be one of the "villages" a count names (Pokrovsk, not Berdychi). */
const bigTown = (q: SentencePlace): boolean => (q.mention.candidates.find((e) => e.id === q.place.id)?.population ?? 0) > 20000;

/** "two villages", "3 settlements": a count of places right after the cue (the number in group 1). */
const COUNT_WORD = /^\s+(two|three|four|five|six|\d)\s+(?:[a-z-]+\s+){0,2}?(?:villages|settlements|towns|localities|hamlets)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * "28 settlements in Kursk Region were under AFU control", "800 square kilometres of the Kursk region are under
 * Ukrainian control": a count of places or an area in a region, the subject of the cue.
 */
const COUNT_IN = new RegExp(
  String.raw`\b(?:\d[\d,]*|dozens|hundreds|several|many)\s+(?:(?:more|other|border)\s+)?(?:settlements|villages|towns|localities|communities|${AREA_UNITS})\s+(?:in|of)\s+(?:the\s+)?(?:${COUNTRIES}['’]s\s+)?$`,
  'i',
);

/** "800 square kilometres", "over 80 settlements": a count of places or an area as the subject just before the cue. */
const COUNT_SUBJECT = new RegExp(
  String.raw`\b(?:\d[\d,.]*|dozens|hundreds|several)\s+(?:(?:more|other)\s+)?(?:settlements|villages|towns|localities|communities|${AREA_UNITS})\s+(?:of\s+(?:territory|land)\s+)?(?:(?:were|are|was|is|have|has|had|been|now|already|still|reportedly|currently)\s+)*$`,
  'i',
);

/**
 * The region a counted subject names just before the cue ("28 settlements in Kursk Region were under ..."), or just
 * after it ("800 square kilometres remain under Ukrainian control in the Kursk region"), if any.
 */
export const countedSubjectRegion = (c: Cue, ctx: SentenceContext): SentencePlace | null =>
  ctx.places.find(
    (p) =>
      isRegion(p) &&
      p.end <= c.start &&
      COUNT_IN.test(ctx.text.slice(Math.max(0, p.start - 60), p.start)) &&
      /^\s+(?:(?:were|are|was|is|have|has|had|been|now|already|still|reportedly|currently)\s+)*$/i.test(ctx.text.slice(p.end, c.start)),
  ) ??
  (COUNT_SUBJECT.test(ctx.text.slice(Math.max(0, c.start - 60), c.start))
    ? (ctx.places.find(
        (p) =>
          isRegion(p) &&
          p.start >= c.end &&
          /^\s+in\s/i.test(ctx.text.slice(c.end, p.start)) &&
          IN_REGION_BEFORE.test(ctx.text.slice(c.end, p.start)),
      ) ?? null)
    : null);

/**
 * "captured another village", "the capture of a small settlement": an object that is one settlement left unnamed (its
 * noun in group 1). readers/control.ts keeps the places after it only as its name; extract.ts looks for it in the
 * sentences that follow.
 */
export const UNNAMED_SETTLEMENT =
  /^\s*["”’]?\s*(?:a|an|another|one\s+more)\s+(?:[\w'’-]+\s+){0,3}?(village|town|city|settlement|hamlet|locality)\b(?!\s+(?:of|called|named)\b)/i;
