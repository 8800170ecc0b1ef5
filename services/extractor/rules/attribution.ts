// Frames that report who says what: reporting verbs, "according to", "claims made by", "Russia's claim". The
// speaker of a frame (its subject, the name after "according to" or "by", the possessor) is read from the actors
// around it (extract.ts, speakerOf); denial verbs (rules/denial.ts, speech) are frames too.
import type { AttributionRule } from './types.js';

const VERBS =
  'said|says|say|told|tells|tell|wrote|writes|write|declared|declares|declare|claimed|claims|claim|reported|reports|announced|announces|insisted|insists|stated|states|added|adds|noted|notes|confirmed|confirms|admitted|admits|conceded|concedes|acknowledged|acknowledges|emphasised|emphasized|emphasises|emphasizes|stressed|countered|reaffirmed|reaffirms|boasted|boasts|asserted|asserts|alleged|alleges|posted|warned|explained|clarified|clarifies|reiterated|reiterates|repeated|underlined|underscored|described|describe|describes|hailed|hails|welcomed|welcomes|maintained|maintains|argued|remarked|showed|shows|indicated|suggest|suggests|suggested|informed|named|listed|identified|reads|read|cited|note|insist|admit|confirm|acknowledge|announce|assert|maintain|argue|quoted|spread|spreads|spreading|called|branded|brands|congratulated|congratulates|assessed|assesses|recognized|recognised|recognizes|recognises|assured|assures|assure|highlighted|highlights|tweeted|mentioned|relayed|relays|signalled|signaled|signals|recalled|recalls';
/** Participles that go on reporting ("..., the army said, adding that ..."); a clause opened by one continues the speech before it. */
export const REPORTING_PARTICIPLES = [
  'saying',
  'claiming',
  'reporting',
  'announcing',
  'adding',
  'confirming',
  'reaffirming',
  'alleging',
  'insisting',
  'asserting',
  'stating',
  'noting',
  'declaring',
  'admitting',
  'acknowledging',
  'conceding',
  'stressing',
  'arguing',
  'boasting',
];
const PARTICIPLES = REPORTING_PARTICIPLES.join('|');

export const ATTRIBUTION_RULES: AttributionRule[] = [
  {
    id: 'attribution.according-to',
    kind: 'attribution',
    pattern: '( according to | as per )',
    yields: { frame: 'according' },
    fires: ['Russian forces have seized Krynky, according to the Russian Defence Ministry.'],
    silent: ['Everything went to plan, he said.'],
  },
  {
    id: 'attribution.made-by',
    kind: 'attribution',
    pattern:
      '( claim|claims|statement|statements|report|reports|assertion|assertions|announcement|bulletin|analysis|assessment|assessments|data|map|maps|estimate|estimates "? ( made|issued|released|published|posted|circulated|spread|voiced|disseminated|pushed )? by|from | informed by | was|were told by | was|were ( previously|earlier|first|already|also|officially )? reported|announced|claimed|declared|confirmed by | , as stated|reported|claimed|noted|announced|confirmed|said|written|posted by )',
    yields: { frame: 'by' },
    fires: [
      "Ukraine's General Staff denied claims made by the chief of the General Staff of the Russian armed forces.",
      "Analysis by DeepState suggests that nearly all of Toretsk's center is under Russian control.",
      'Lysychansk remains in Ukrainian hands, despite claims from Russia that the city has been brought under control.',
      "Illinka lies a few kilometres south of the village of Novoselydivka, the capture of which was reported by Russia's Ministry of Defense the day before.",
      'Ukrainian troops now control several villages including Kazachya Loknya and Bogdanovka, as stated by "Rybar."',
    ],
    silent: ['The claims were repeated.', 'The capture was reported on Monday.'],
  },
  {
    id: 'attribution.possessive',
    kind: 'attribution',
    pattern:
      "'s ( propaganda|false|latest|earlier|previous|official|new|recent|repeated )? claim|claims|statement|statements|assertion|assertions|announcement|announcements|declaration|account|version",
    yields: { frame: 'possessive', skip: 1 },
    fires: [
      "A local Ukrainian official denied Kadyrov's claim.",
      "The enemy retreated again, despite the enemy's propaganda statements that they had captured Soledar.",
    ],
    silent: ['He claims it.'],
  },
  {
    id: 'attribution.side-claim',
    kind: 'attribution',
    pattern:
      'SIDE ( claim|claims|assertion|assertions|announcement|announcements|account|version to|that | report|reports|statement|statements that )',
    yields: { frame: 'possessive', skip: 1 },
    fires: [
      'Russia’s defence ministry denied a Ukrainian claim to have recaptured the village of Andriivka.',
      'Kyiv dismissed Russian reports that its forces had captured Kurakhove.',
      'The Ukrainian army rebuffed Russian statements that Toretsk had fallen.',
    ],
    silent: [
      'The Ukrainian army denied the claim to have recaptured the village.',
      'The Ukrainian army denied reports that Russian forces had captured Kurakhove.',
    ],
    note: 'The side word before the noun names who made the claim, as a possessive does.',
  },
  {
    id: 'attribution.side-map',
    kind: 'attribution',
    pattern: 'SIDE map|maps show|shows|showed|indicate|indicates|indicated',
    yields: { frame: 'possessive', skip: 1 },
    fires: ['Russian maps show Pokrovsk under Moscow’s control.', 'Ukrainian maps show Pokrovsk as a grey zone under no side’s control.'],
    silent: ['The maps show Pokrovsk under Russian control.'],
    note: 'A side’s maps are that side’s word, as its claims are.',
  },
  {
    id: 'attribution.verb',
    kind: 'attribution',
    pattern: `${VERBS} | pointed out | report|estimate|estimates|estimated that | responded|replied|retorted|responds|replies that | published|shared|released|posted|showed|shows ( a|the|new )? video|videos|footage|photo|photos|images showing|of | published|shared|released|posted|issued a|an ~? post|statement|message|report|update|bulletin ( on ~ )? that|which said|says|claimed|claims|stated|states|read|reads|reported`,
    yields: { frame: 'verb' },
    fires: [
      'The town of Vuhledar has been liberated, the Ukrainian army said.',
      'Sharov admitted that small groups were trying to advance.',
      'Many Russian sources updated their claims to report that Russian forces retain control over Kozachi Laheri.',
      'In his Telegram channel, Vladimir Saldo published a video showing Russian soldiers raising the Russian flag in Krynky.',
      'Similar reports from other pro-Russian sources note that Russia now partly controls the town.',
      'The village of Bakhmutske was liberated on Monday, read a statement from separatist authorities on Telegram.',
      'Russian milbloggers describe chaotic retreat from Kherson',
      'Putin hailed the capture of Avdiivka as an important victory.',
      'Ukraine signalled on Friday that its troops were withdrawing from Sievierodonetsk.',
      'Pushilin highlighted that battles were intensifying at the outskirts of Konstantinovka.',
      'Sasha Kots shared a post on Telegram that said Ukrainian forces had partially gained control of Balaklia.',
      'Kyiv branded the Russian report that its troops had entered Siversk a fabrication.',
      'Russia claimed that it seized control of the town, but President Volodymyr Zelensky had responded that the battle continues.',
    ],
    silent: [
      'Russian reports of the capture were premature.',
      'An estimated 20,000 troops took part.',
      'Ukrainian troops responded with artillery fire.',
    ],
  },
  {
    id: 'attribution.progressive',
    kind: 'attribution',
    pattern: `BE ( still|also|now|reportedly )? ${PARTICIPLES}`,
    yields: { frame: 'verb' },
    note: 'A participle after "is", "was": a verb of its own subject, not a participle clause continuing the one before.',
    fires: ['Zelensky said Putin was claiming that Kostiantynivka had been captured.'],
    silent: ['Ukraine’s army refuted the claim, saying battles around the village were ongoing.'],
  },
  {
    id: 'attribution.participle',
    kind: 'attribution',
    pattern: PARTICIPLES,
    yields: { frame: 'participle' },
    fires: [
      'Ukraine’s army refuted the claim, saying battles around the village were ongoing.',
      'Gerasimov issued a front-line report to Putin, alleging that Russia had gained full control of Pokrovsk.',
    ],
    silent: ['The village was quiet.'],
  },
];
