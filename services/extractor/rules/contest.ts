// Cues that call control unsettled: fighting inside a place, encirclement, infiltration, clearing, storming,
// efforts to retake, gains inside. The controller is the side said to be gaining (readers/contest.ts): the subject
// of an advance, the other side of whoever is pinned down, nobody for plain fighting.
import type { ContestRule } from './types.js';

const FIGHTING = 'fighting|battles|battle|clashes|combat|hostilities';

export const CONTEST_RULES: ContestRule[] = [
  {
    id: 'contest.fighting-in',
    kind: 'contest',
    pattern: `${FIGHTING} ( continues|continued|rages|raged|still | is ongoing | is under way | goes on )? ( in|inside|for|within|around | on the outskirts of | in and around )`,
    yields: { stance: 'CONTESTED' },
    fires: ['Fighting continues in the streets of Kostiantynivka, the Ukrainian group of forces said.'],
    silent: ['The fighting ended last year.'],
  },
  {
    id: 'contest.fighting-goes-on',
    kind: 'contest',
    pattern: `( ${FIGHTING} | combat operations ) ( BE )? ( still|also|now )? ( ongoing|continuing|underway|raging | going on | under way | taking place | in progress | continue|continues|continued|rage|rages|raged | go on | goes on )`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Russia says it has taken Soledar. "The fighting is going on in the city," Ukraine’s military spokesman Serhii Cherevaty said.',
      'In Bakhmut the fighting is still going on, Ukraine says.',
    ],
    silent: ['The fighting is over, the governor said.'],
  },
  {
    id: 'contest.still-fighting',
    kind: 'contest',
    pattern: '( still|continue|continues|continuing ) ( fighting | holding out | holding on ) | fight on',
    yields: { stance: 'CONTESTED' },
    fires: ['Russia says it controls Soledar, but Ukraine asserts that its troops are still fighting there.'],
    silent: ['Ukraine says it has stopped fighting.'],
  },
  {
    id: 'contest.heavy-fighting',
    kind: 'contest',
    pattern: `heavy|fierce|intense|street|urban|renewed|ongoing|house-to-house|close-quarters|bloody|serious ${FIGHTING}`,
    yields: { stance: 'CONTESTED' },
    fires: ['Ukraine’s General Staff reported heavy fighting in Bakhmut on Tuesday.'],
    silent: ['The battles of the past are over.'],
  },
  {
    id: 'contest.streets',
    kind: 'contest',
    pattern: 'in|on the streets of',
    yields: { stance: 'CONTESTED' },
    fires: ['"The enemy is taking positions on the streets of Vovchansk," Ukraine’s regional governor Oleh Syniehubov said.'],
    silent: ['Residents took to the streets to celebrate.'],
  },
  {
    id: 'contest.encircled',
    kind: 'contest',
    pattern:
      '( encircle|encircled|encircles|encirclement|encircling|surrounded|semi-encircled|semi-encirclement|blockaded|blockade|cauldron | cut off | sealed off )',
    yields: { stance: 'CONTESTED', pinned: true },
    fires: ['Ukrainian officials said Russian troops were encircled in Kupiansk.'],
    silent: ['Russian troops cut the power lines.'],
  },
  {
    id: 'contest.trapped',
    kind: 'contest',
    pattern: '( blocked|trapped|besieged | bottled up ) inside|in|within|at',
    yields: { stance: 'CONTESTED', pinned: true },
    fires: ['Russian troops are "effectively blocked inside Kupiansk", a Ukrainian military spokesman said.'],
    silent: ['The road was blocked by debris.'],
  },
  {
    id: 'contest.infiltrated',
    kind: 'contest',
    pattern: '( infiltrated|infiltrating|infiltration|infiltrate | sabotage group|groups )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['Russian sabotage groups infiltrated Pokrovsk, the brigade said.'],
    silent: ['Spies have been active for years.'],
  },
  {
    id: 'contest.clearing',
    kind: 'contest',
    pattern: '( clearing | mopping up | mop-up | sweeping | combing | search-and-destroy | counter-sabotage | search and assault )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['Clearing Izium of the remaining Russian groups goes on, Ukraine’s command said.'],
    silent: ['The sky was clear.'],
  },
  {
    id: 'contest.efforts',
    kind: 'contest',
    pattern:
      'effort|efforts ( are|were|is )? ( ongoing | under way | underway | continuing | continue ) to retake|take|recapture|regain|clear|liberate',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['A Ukrainian military spokesman said efforts are ongoing to retake full control of Kupiansk.'],
    silent: ['Efforts to end the war stalled.'],
  },
  {
    id: 'contest.gains',
    kind: 'contest',
    pattern: '( territorial )? gains in|inside|near|around',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['Ukrainian forces are reporting territorial gains in Kupyansk.'],
    silent: ['Russia made gains last year.'],
  },
  {
    id: 'contest.advance',
    kind: 'contest',
    pattern:
      '( advance|advanced|advances|advancing|pushing|pushed|broke|broken|burst|moved|wedged ( deeper|further )? in|into|inside | entered|enters|entering|enter | breached|breaching|penetrated|penetrating )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Russian forces advanced into Vovchansk, the governor said.',
      'A source reported that Ukrainian forces broke into Verbove on 22 September.',
    ],
    silent: ['Russian forces advanced slowly.'],
  },
  {
    id: 'contest.battle-for',
    kind: 'contest',
    pattern: 'battle|battles|struggle|fight|fighting|clashes for ( the )? ( control of )?',
    yields: { stance: 'CONTESTED' },
    fires: ['The battle for Bakhmut goes on, Ukraine’s president said.'],
    silent: ['The battle ended in May.'],
  },
  {
    id: 'contest.storm',
    kind: 'contest',
    pattern: '( stormed|storming|storms | assault|assaulted|assaulting on )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['Russian troops are storming Avdiivka, the Ukrainian military said.'],
    silent: ['A storm hit the coast.'],
  },
  {
    id: 'contest.gray-zone',
    kind: 'contest',
    pattern: 'gray|grey zone',
    yields: { stance: 'CONTESTED' },
    fires: ['Rogov stated that Blahodatne was in a "gray zone" where it was unclear who was in control.'],
    silent: ['The border area is quiet.'],
  },
  {
    id: 'contest.counteroffensive',
    kind: 'contest',
    pattern: 'counteroffensive|counter-offensive',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['Ukraine’s counteroffensive in Robotyne continues, Ukrainian officials said.'],
    silent: ['The offensive stalled.'],
  },
];
