// Non-claims: words that make a cue a goal, a plan, an order, a hypothesis, an idiom or a noun rather than a
// claim. Each blocks the cues of the kinds it names that begin inside its match or within `reach` tokens after.
import type { NonClaimRule } from './types.js';

export const NONCLAIM_RULES: NonClaimRule[] = [
  {
    id: 'nonclaim.goal',
    kind: 'nonclaim',
    pattern:
      '( try|tries|trying|tried|avoid|avoids|avoided|avoiding|prepared|ready|willing|offer|offers|offered|propose|proposes|proposed|agree|agrees|agreed|provided|demand|demands|demanded|attempt|attempts|attempted|attempting|aim|aims|aimed|aiming|seek|seeks|seeking|sought|plan|plans|planned|planning|intend|intends|intended|want|wants|wanted|hope|hopes|hoped|goal|objective|bid|would|could|might|may|will|if|whether|unless|failed|unsuccessful|unsuccessfully|threaten|threatens|threatened|vow|vows|vowed|able|unable | in order | bent on | so as | push|pushes|pushed|pushing to )',
    yields: { blocks: ['control', 'concession', 'contest'], reach: 6, spare: 'HAVE' },
    fires: ['Russian forces are trying to take control of Chasiv Yar, the Ukrainian military said.'],
    silent: ['Russian forces took control of Chasiv Yar, the ministry said.'],
    note: 'A perfect ("has captured") states a fact even after such a word; `spare` keeps it.',
  },
  {
    id: 'nonclaim.order',
    kind: 'nonclaim',
    pattern: 'order|orders|ordered',
    yields: { blocks: ['control', 'contest'], reach: 6, spare: 'HAVE' },
    fires: ['Putin ordered the army to take control of the whole region.'],
    silent: ['Syrskyi said he had ordered troops to withdraw from Avdiivka.'],
    note: 'An order to withdraw is reported as carried out: concessions are not blocked.',
  },
  {
    id: 'nonclaim.negated-contest',
    kind: 'nonclaim',
    pattern: "not|n't|never|no ~?",
    yields: { blocks: ['contest'], reach: 0 },
    fires: ['There is no fighting in the city, the mayor said.'],
    silent: ['Fighting continues in the city, the mayor said.'],
  },
  {
    id: 'nonclaim.threat',
    kind: 'nonclaim',
    pattern: 'threat|risk|danger|fear|fears|prevent|preventing|avoid|avoiding ( of )?',
    yields: { blocks: ['contest'], reach: 2 },
    fires: ['Ukraine withdrew troops from Vuhledar due to the threat of encirclement of the city.'],
    silent: ['Ukrainian troops are encircled in the city, the bloggers said.'],
  },
  {
    id: 'nonclaim.previously',
    kind: 'nonclaim',
    pattern: 'previously|formerly|once|earlier ( been )?',
    yields: { blocks: ['control'], reach: 1 },
    fires: ['The militia liberated seventeen communities that had been previously under the control of the Ukrainian army.'],
    silent: ['The militia said the communities are now under its control.'],
    note: 'A relative clause telling what held before a capture is background to the capture, not a claim of its own.',
  },
  {
    id: 'nonclaim.gerund-goal',
    kind: 'nonclaim',
    pattern: 'capturing|taking ~{0,12} is|was|remains|remain|serves|serve|would|will ( as )? ~{0,3} goal|objective|aim|priority|target',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Taking control of Pokrovsk remains the main goal of the Russian offensive, analysts said.'],
    silent: ['Russian forces captured Pokrovsk, the ministry said.'],
  },
  {
    id: 'nonclaim.attributive-participle',
    kind: 'nonclaim',
    pattern:
      'settlement|settlements|town|towns|city|cities|village|villages|territory|territories|area|areas|land|lands|part|parts|region|regions|positions|hub|stronghold held|captured|seized|occupied|controlled|taken|retaken|liberated by',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Kostiantynivka is the largest city held by Ukrainian forces in the region.'],
    silent: ['The city was held by Ukrainian forces, the governor said.'],
  },
  {
    id: 'nonclaim.hold-idiom',
    kind: 'nonclaim',
    pattern:
      'hold|holds|held|holding ( talks|meetings|elections|off|back|out|responsible|accountable|power | a meeting|press|referendum | the line against )',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['The two sides held talks in Istanbul.'],
    silent: ['Ukrainian forces still hold the town.'],
  },
  {
    id: 'nonclaim.fire-control',
    kind: 'nonclaim',
    pattern: 'fire|artillery|drone|drones|visual|air|aerial control',
    yields: { blocks: ['control'], reach: 2 },
    fires: ['The road to Pokrovsk is under the fire control of Russian drones, the brigade said.'],
    silent: ['Pokrovsk is under the control of Russian forces, the ministry said.'],
    note: '"Fire control" of a road or a town is range, not holding the place.',
  },
  {
    id: 'nonclaim.neither-confirm',
    kind: 'nonclaim',
    pattern: '( neither confirm|confirmed nor deny|denied | not confirm|confirmed or deny|denied | declined to confirm or deny )',
    yields: { blocks: ['denial'], reach: 0 },
    fires: ['The Kremlin spokesman would neither confirm nor deny the report.'],
    silent: ['The Kremlin spokesman denied the report.'],
  },
  {
    id: 'nonclaim.report-noun',
    kind: 'nonclaim',
    pattern: 'REPORT_DET|SIDE_ADJ claim|claims|report|reports|statement|statements|states|notes|shows',
    yields: { blocks: ['attribution.verb'], reach: 0 },
    fires: ['Russian reports of the capture were premature.', 'According to reports, Russian troops have seized Kherson.'],
    silent: ['The ministry reports that the town was captured.', 'Ukraine claims retaking control of nearly 90% of Kupiansk.'],
  },
];
