// Cues that assert control: capture, liberation, taking and holding, "under the control of", a share held, a flag
// raised, an enemy driven out. Whose control is read from the words around the cue (readers/control.ts).
import type { ControlRule } from './types.js';

export const CONTROL_RULES: ControlRule[] = [
  {
    id: 'control.perfect',
    kind: 'control',
    pattern:
      'HAVE ADV* "? ( fully|completely )? captured|seized|taken|retaken|recaptured|regained|liberated|occupied|conquered|secured|cleared|entered "?',
    yields: { stance: 'CONTROL' },
    fires: [
      'Russia’s Defence Ministry said on Tuesday that its troops had captured the village of Robotyne.',
      'Russian forces have "liberated" Avdiivka, the ministry said.',
      'Ukraine says it has already retaken the village.',
    ],
    silent: ['Russia has been shelling the town for weeks.', 'Russia has yet to capture the town.'],
  },
  {
    id: 'control.passive',
    kind: 'control',
    pattern:
      '( HAVE been | was|were|is|are|being|been ) ADV* "? captured|seized|taken|retaken|recaptured|regained|liberated|occupied|conquered "?',
    yields: { stance: 'CONTROL', passive: true },
    fires: ['The town of Vuhledar has been liberated, the Ukrainian army said.', 'Marinka was completely captured by Russian troops.'],
    silent: ['The village could be captured within days, analysts said.'],
  },
  {
    id: 'control.take-control',
    kind: 'control',
    pattern:
      'took|taken|take|takes|taking|retook|retaken|retake|regain|regained|gained|seized|assumed|established|have|has|had|in|under|full|complete|total|effective ( full|complete|total|effective|operational )? control of|over',
    yields: { stance: 'CONTROL' },
    fires: [
      'Russian forces took control of Kupiansk, Gerasimov said.',
      'Ukraine claimed that its forces retook control of nearly 90% of the city of Kupiansk.',
    ],
    silent: ['Control of the road matters, analysts said.'],
  },
  {
    id: 'control.past',
    kind: 'control',
    pattern: 'captured|seized|retook|recaptured|regained|liberated|occupied|conquered',
    yields: { stance: 'CONTROL', past: true },
    fires: ['Russian forces captured Soledar in January.', 'Ukrainian troops liberated Kherson.'],
    silent: ['Moscow is trying to capture Pokrovsk.'],
  },
  {
    id: 'control.present',
    kind: 'control',
    pattern: 'captures|seizes|retakes|recaptures|regains|liberates|occupies|conquers',
    yields: { stance: 'CONTROL' },
    fires: ['Russia captures Avdiivka as Ukraine withdraws.'],
    silent: ['Russia is capturing ground slowly.'],
  },
  {
    id: 'control.remains-under',
    kind: 'control',
    pattern:
      'remain|remains|remained|is|are|was|were|stay|stays|stayed|been ( firmly|fully|still )? ( and remain|remains )? under|in ( the )? ( full|complete|firm )? ~{0,5} control|hands',
    yields: { stance: 'CONTROL' },
    fires: [
      '"Siversk remains under the control of Ukrainian forces," a Ukrainian military spokesman said.',
      'The city is still in Ukrainian hands, the governor said.',
    ],
    silent: ['The town is under heavy fire, the mayor said.'],
  },
  {
    id: 'control.under-control-of',
    kind: 'control',
    pattern: '"? under ( the )? ( full|complete )? control of',
    yields: { stance: 'CONTROL' },
    fires: ['Kupyansk is "under the control of the Sixth Russian Army", Leonid Sharov said.'],
    silent: ['The city came under heavy fire.'],
  },
  {
    id: 'control.possessive-control',
    kind: 'control',
    pattern: "~ 's ( full|complete )? control over|of",
    yields: { stance: 'CONTROL' },
    fires: ["Belousov reaffirmed Moscow's control over the settlement."],
    silent: ['Control over the settlement was not discussed.'],
  },
  {
    id: 'control.share',
    kind: 'control',
    pattern:
      'control|controls|controlled|controlling APPROX? ( NUM %|percent | NUM per cent | most|all|the|much|half | large parts | a|one third|quarter|half | two-thirds | two thirds | three-quarters | three quarters )',
    yields: { stance: 'CONTROL' },
    fires: ['Russian forces now control about 70% of Bakhmut, Wagner said.', 'Ukraine controls most of the town, he said.'],
    silent: ['The army must control its supply lines.'],
  },
  {
    id: 'control.hold',
    kind: 'control',
    pattern: 'hold|holds|held|holding',
    yields: { stance: 'CONTROL', objectOnly: true },
    fires: ['"We still hold most of the settlement," a Ukrainian brigade spokesman said of Ocheretyne.'],
    silent: ['The two sides held talks in Istanbul.'],
  },
  {
    id: 'control.fallen',
    kind: 'control',
    pattern: '( HAVE fallen | fell|fallen to )',
    yields: { stance: 'CONTROL' },
    fires: ['Bakhmut has fallen, Prigozhin said.', 'Soledar fell to Russian forces.'],
    silent: ['Temperatures fell sharply.'],
  },
  {
    id: 'control.flag',
    kind: 'control',
    pattern: 'raised|hoisted|planted ( the|a|their|its|our )? ~{0,2} flag|flags over|in|above|on',
    yields: { stance: 'CONTROL' },
    fires: ['Soldiers raised the Ukrainian flag over the town hall of Kupiansk.'],
    silent: ['The Ukrainian flag flies over Kyiv.'],
  },
  {
    id: 'control.nominal',
    kind: 'control',
    pattern: '( the )? capture|recapture|seizure|liberation|fall|takeover|occupation of',
    yields: { stance: 'CONTROL', nominal: true },
    fires: ['The Russian army has reported the capture of the city of Kupyansk.'],
    silent: ['Capturing the city is the goal.'],
  },
  {
    id: 'control.expelled-passive',
    kind: 'control',
    pattern: 'BE ( driven|pushed|forced|expelled|ousted|kicked|knocked ~{0,3} out ( of|from )? | expelled|ousted|driven ~{0,3} from )',
    yields: { stance: 'CONTROL', expulsion: true, passive: true },
    fires: ['Russian troops occupied Kherson before being driven out by Ukrainian forces.'],
    silent: ['The troops were driven to the front.'],
  },
  {
    id: 'control.expelled',
    kind: 'control',
    pattern:
      '( drove|driven|drive|drives|driving|pushed|pushing|forced|expelled|expelling|ousted|kicked|knocked ~{0,3} out ( of|from )? | expelled|expelling|ousted|drove|driven ~{0,3} from )',
    yields: { stance: 'CONTROL', expulsion: true },
    fires: ['Ukrainian forces drove Russian troops out of Izium.', 'Ukraine said it had expelled Russian troops from Kherson.'],
    silent: ['They drove to the front in the morning.'],
  },
];
