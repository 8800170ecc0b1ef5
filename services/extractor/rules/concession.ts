// Concessions: a side that withdrew, retreated, left, abandoned or lost a place concedes it to the other side
// (CONTROL, controller the other side of whoever withdrew).
import type { ConcessionRule } from './types.js';

export const CONCESSION_RULES: ConcessionRule[] = [
  {
    id: 'concession.lost',
    kind: 'concession',
    pattern: '( HAVE been ADV* lost|abandoned|surrendered|ceded | BE ADV* lost | is|are|was|were ADV* abandoned|surrendered|ceded )',
    yields: { stance: 'CONTROL', concession: true, passive: true },
    fires: [
      'Kindrashivka and Radkivka have been lost, a pro-Kremlin blogger conceded.',
      'Selydove is now lost, the Ukrainian commander said.',
      'Russian military bloggers wrote that Blahodatne was abandoned.',
    ],
    silent: [
      'Thousands lost their lives in the fighting.',
      'Many lives were lost in Bakhmut, the Ukrainian commander said.',
      'The enemy understands well that this settlement cannot be abandoned, Marochko said.',
    ],
  },
  {
    id: 'concession.lost-control',
    kind: 'concession',
    pattern:
      'lost|lose|loses|losing|surrender|surrendered|surrendering|cede|cedes|ceded|ceding|relinquished|relinquish ( full|complete )? control of|over | gave|given up ( full|complete )? control of|over',
    yields: { stance: 'CONTROL', concession: true },
    fires: [
      'By now, Kiev has lost control over more than 70% of the Zaporozhye region, Balitsky said.',
      'Ukrainian forces lost control of Novoselivka, DeepState said.',
      'Ukraine therefore had to surrender control of the town of Sudzha as forces fell back.',
    ],
    silent: ['The driver lost control of the car near Kharkiv, police said.'],
    note: 'Active: whoever lost control is the subject (the passive "has been lost" is concession.lost).',
  },
  {
    id: 'concession.lost-place',
    kind: 'concession',
    pattern: 'lost|lose|loses|losing ( the battle|fight|struggle for )?',
    yields: { stance: 'CONTROL', concession: true, adjacentObject: true },
    fires: [
      'Russian war bloggers claim that Putin’s forces lost the battle for Demidovka.',
      'Ukraine lost Avdiivka in February, the Ukrainian general said.',
    ],
    silent: ['Ukraine lost 20 soldiers near Avdiivka, the general said.'],
  },
  {
    id: 'concession.withdrew-beyond',
    kind: 'concession',
    pattern:
      'withdrew|withdrawn|retreated|pulled|fell ( back )? ( to positions )? west|east|north|south|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast of',
    yields: { stance: 'CONTROL', concession: true },
    fires: ['The Ukrainian military withdrew west of the settlements of Berdychi, Semenivka and Novomykhailivka, the General Staff said.'],
    silent: ['Ukrainian troops withdrew from positions near Berdychi.', 'The village lies west of Berdychi.'],
    note: 'Falling back to the far side of a place leaves the place to the other side.',
  },
  {
    id: 'concession.withdrew-to-positions',
    kind: 'concession',
    pattern:
      'withdrew|withdrawn|withdrawing|withdraw|retreated|retreating|retreat|pulled|fell ( back )? ( its|their|our|his|the )? ( troops|forces|units|soldiers|fighters )? ( back )? to ( more )? safer|favorable|favourable|advantageous|defensive|prepared|better positions|lines|boundaries|locations !in|within',
    yields: { stance: 'CONTROL', concession: true, unnamed: true },
    fires: [
      'Avdiivka fell on Saturday. Ukraine’s commander said his troops withdrew to safer positions outside the town.',
      'Russian troops left Lyman on Saturday. The Russian ministry said its troops had been withdrawn to more favourable positions.',
    ],
    silent: [
      'Russia withdrew its ambassador to new talks in Geneva.',
      'The army said its forces pulled back to more advantageous positions in two areas of the Sumy region.',
    ],
    note: 'A withdrawal to better positions, no place named: from the place the story is about (positions "in" a region say where they went).',
  },
  {
    id: 'concession.announced-withdrawal',
    kind: 'concession',
    pattern:
      'announced|announces|announce|confirmed|confirms|confirm|ordered|orders|approved|approves|completed|completes ( the|a|its|their|his )? ( complete|full|tactical|final|partial|orderly )? withdrawal|pullout|pullback|retreat ( of ( the|its|their|our|his|all )? SIDE_ADJ? troops|forces|units|soldiers|garrison )? !from|of|across',
    yields: { stance: 'CONTROL', concession: true, unnamed: true },
    fires: [
      'Russian troops entered the centre of Siversk. Ukraine’s General Staff announced the withdrawal on Tuesday to save the lives of its soldiers.',
      'The battle for Vuhledar went on for two years. On Wednesday the Ukrainian command confirmed the withdrawal of its troops.',
    ],
    silent: [
      'Ukraine announced the withdrawal of its troops from Siversk.',
      'Russia announced the withdrawal from the grain deal, the ministry said.',
      'The ministry ordered the withdrawal of diplomats from Kyiv.',
    ],
    note: 'A withdrawal a side announces, confirms or orders, no place named: from the place the story is about.',
  },
  {
    id: 'concession.withdrew-to-save',
    kind: 'concession',
    pattern:
      'withdrew|withdrawn|withdrawal|retreated|retreat|pullout|pullback ( its|their|our|his|the )? ( troops|forces|units|soldiers|fighters )? would|will|to|in ( order )? ( to )? save|preserve|avoid|prevent',
    yields: { stance: 'CONTROL', concession: true, unnamed: true },
    fires: [
      'Avdiivka fell on Saturday. Ukraine said it had withdrawn its soldiers to save troops from being fully surrounded.',
      'Lysychansk was lost. Ukraine on Sunday said the tactical withdrawal would save the lives of its soldiers.',
    ],
    silent: ['Russia withdrew its ambassador to avoid a scandal.'],
    note: 'A withdrawal told with its reason, no place named: from the place the story is about.',
  },
  {
    id: 'concession.withdrew-bare',
    kind: 'concession',
    pattern: 'withdrew|withdrawn|withdrawing|retreated ( . | ; | , !and|but )',
    yields: { stance: 'CONTROL', concession: true, unnamed: true, admitted: true },
    fires: [
      'Russian troops entered the centre of Lysychansk. Ukraine confirmed in the evening that its troops were withdrawing.',
      'The battle for Lyman ended on Saturday. Its troops had been withdrawn, the Russian Defence Ministry said.',
    ],
    silent: [
      'Russia withdrew its ambassador.',
      'Ukrainian troops withdrew from positions near Berdychi.',
      'The troops withdrew, and then they came back to Berdychi.',
    ],
    note: "Forces that withdrew, with nothing after the verb, in their own side's word: from the place the story is about.",
  },
  {
    id: 'concession.withdraw',
    kind: 'concession',
    pattern:
      '( withdrew|withdrawn|withdrawing|withdraws|withdraw|retreated|retreating|retreat|retreats|pulled|pulling|pulls|pull ( out|back )? ( its|their|our|his|the|all|remaining|last )? SIDE_ADJ? ( troops|forces|units|soldiers|fighters|defenders )? ( out|back )? from|of | moved|move|moves|moving|pulled|pull|pulls|pulling out of )',
    yields: { stance: 'CONTROL', concession: true },
    fires: [
      'Ukraine’s top commander Oleksandr Syrskyi said he had ordered troops to withdraw from Avdiivka.',
      '"We have pulled our troops back from Marinka to save lives," the Ukrainian commander said.',
      'The Ukrainian brigade spokesman said Ukrainian forces had moved out of Kamianske.',
      'Syrskyi announced the decision to completely withdraw Ukrainian troops from Avdiivka.',
    ],
    silent: ['Russia withdrew its ambassador.', 'Russia withdrew its ambassador from Kyiv, the ministry said.'],
  },
  {
    id: 'concession.withdrawal',
    kind: 'concession',
    pattern: 'withdrawal|pullout|pull-out|pullback|retreat ( of ~{0,6} )? from',
    yields: { stance: 'CONTROL', concession: true, nominal: true },
    fires: [
      '“The Ukrainian military reports the withdrawal from Lastochkino west of Avdeevka,” the statement reads.',
      'Russian bloggers reported the retreat of the Armed Forces of Ukraine from Kupiansk.',
    ],
    silent: ['The withdrawal of aid worried Kyiv.'],
  },
  {
    id: 'concession.loss',
    kind: 'concession',
    pattern:
      'confirmed|confirms|confirming|accepted|accepts|accepting|admitted|admits|admitting|acknowledged|acknowledges|acknowledging|conceded|concedes|conceding|reported|reports|announced|announces|recognized|recognised|recognizes|recognises|recognizing|recognising ( the )? loss|surrender|abandonment ( of control of|over | of )',
    yields: { stance: 'CONTROL', concession: true, nominal: true, adjacentObject: true },
    fires: [
      'Ukrainian commander Oleksandr Syrskyi confirmed the loss of Vuhledar on Wednesday.',
      'On Wednesday, Ukraine acknowledged the loss of control of Loskutivka and Rai-Oleksandrivka.',
      'The General Staff of the Ukrainian Armed Forces issued an announcement confirming the loss of control of Lysychansk.',
      'The Ukrainian military acknowledged the loss of the settlements of Kurakhove and Velyka Novosilka.',
      'The Ministry of Defense of Russia actually recognized the loss of the towns of Izyum and Balaklia in the Kharkiv region.',
      'The Russian army said the Ukrainian command accepted the loss of Huliaipole.',
      'Regional authorities in Belgorod acknowledged the loss of control over the border village of Shebekino.',
    ],
    silent: [
      'The loss of life in Vuhledar was heavy, the governor said.',
      'A Ukrainian commander warned that the loss of Pokrovsk would cut a key supply line.',
      'Russian bloggers said the loss of Krynky was a humiliation for Kyiv.',
    ],
    note: 'A loss a side confirms, admits or reports: its own; one feared, warned of or told of the other side says nothing of whose.',
  },
  {
    id: 'concession.loss-noun',
    kind: 'concession',
    pattern: 'loss of ( control of|over )?',
    yields: { stance: 'CONTROL', concession: true, nominal: true, adjacentObject: true },
    fires: [
      "Ukraine's loss of Soledar was a blow to Kyiv, the analyst said.",
      'The loss of Marinka is a serious setback for Kyiv.',
      "The Kremlin called the raid a distraction from the Kiev regime's loss of Bakhmut.",
      // (A loss the sentence tells as grieved, mourned or as what something resulted in: told as done.)
      'Russian war correspondents are mourning the loss of Lyman.',
    ],
    silent: [
      'A Ukrainian commander warned that the loss of Pokrovsk would cut a key supply line.',
      'The loss of life in Vuhledar was heavy.',
      'Ukraine has not yet confirmed the loss of Lysychansk, the governor said.',
    ],
    note: 'A loss named as a noun: a claim when a side tells it or the sentence judges it, not one still to be confirmed or one that would follow; the loser is a possessor ("the Kiev regime\'s loss of") or the side it deprives, else the teller (readers/sides.ts).',
  },
  {
    id: 'concession.left',
    kind: 'concession',
    pattern:
      '( HAVE | were|was forced to | had to | decided to )? left|leave|leaving|abandoned|abandon|abandons|abandoning|ceded|cede|surrendered|fled|flee|fleeing ( the )? ( regional|district|administrative )? ( town|city|village|settlement|center|centre|southern|northern|eastern|western )? ( part )? ( of )?',
    yields: { stance: 'CONTROL', concession: true, past: true, adjacentObject: true },
    fires: [
      'Ukrainian forces abandoned the town of Soledar, a spokesman said.',
      'Military units of the Ukrainian Defense Forces have left the city of Avdiivka, the General Staff said.',
      'Russian forces have abandoned Balaklia, the Ukrainian governor said.',
      'The Ukrainian Defense Forces have left the regional center of Sudzha, the General Staff said.',
    ],
    silent: ['They left the city for Kyiv.'],
  },
  {
    id: 'concession.ended-presence',
    kind: 'concession',
    pattern: 'ended|end|ends|ending their|its|our presence in|on',
    yields: { stance: 'CONTROL', concession: true, past: true },
    fires: ['The Ukrainian army said the Ukrainian Armed Forces have ended their presence in Krynki.'],
    silent: ['The Red Cross ended its presence in the region.'],
    note: 'A side that ends its presence in a place has left it to the other side.',
  },
  {
    id: 'concession.cleared-of',
    kind: 'concession',
    pattern:
      'BE ADV* ( now|completely|fully|finally|entirely|totally )? clear|cleared|free|freed|cleansed of|from ( the )? ( last )? SIDE_ADJ forces|troops|occupiers|invaders|units|soldiers|army|military|presence',
    yields: { stance: 'CONTROL', heldByObject: true, concession: true, passive: true },
    fires: ['The Ukrainian governor announced that the village of Novenke is clear of Russian forces.'],
    silent: ['The road is clear of mines, the Ukrainian governor said.'],
    note: 'A place freed of one side’s forces is the other side’s.',
  },
  {
    id: 'concession.no-longer-in-control',
    kind: 'concession',
    pattern: 'no longer in control|charge of',
    yields: { stance: 'CONTROL', concession: true, adjacentObject: true },
    fires: ['The Ukrainian governor said Ukraine was no longer in control of Lysychansk.'],
    silent: ['The Ukrainian governor said Ukraine was in control of Lysychansk.'],
    note: 'A side no longer in control of a place has lost it to the other side.',
  },
  {
    id: 'concession.no-longer-controls',
    kind: 'concession',
    pattern: 'no longer control|controls|controlled|hold|holds|held|occupy|occupies|occupied ( either )?',
    yields: { stance: 'CONTROL', concession: true, adjacentObject: true },
    fires: [
      'Denis Pushilin admitted that his forces no longer controlled either Drobysheve or Yampil.',
      'The Ukrainian governor said Russian troops no longer occupied Trostianets.',
    ],
    silent: [
      'The governor said Russian troops no longer shelled Trostianets.',
      'Russian troops no longer control the road to Izium.',
      'Denis Pushilin admitted that his forces no longer fully controlled either Drobysheve or Yampil.',
    ],
    note: 'A side that no longer holds a place has lost it to the other side; one that no longer holds all of it has not.',
  },
  {
    id: 'concession.not-ours',
    kind: 'concession',
    pattern: 'is|are ( now )? ( not | no longer ) ours ( anymore | any longer )? ,|.|"|!|;|—|but',
    yields: { stance: 'CONTROL', concession: true, possessor: true },
    fires: ['"As of now, Prohres is not ours. Vovche is not ours," the Ukrainian commander said.'],
    silent: ['"The choice is not ours to make," the Ukrainian president said.'],
    note: 'The speaker’s side no longer holds the place (control.is-ours, negated): the other side does.',
  },
  {
    id: 'concession.no-longer-under',
    kind: 'concession',
    pattern:
      'BE ( now|currently )? ( no longer | essentially|effectively|practically|actually|basically not ) ( now|currently )? under ( the )? SIDE_ADJ|our control ( anymore | any longer )?',
    yields: { stance: 'CONTROL', concession: true, heldByObject: true, passive: true },
    fires: [
      'Russian military bloggers have begun acknowledging that Kupyansk is no longer under Russian control.',
      '"Balakliya is essentially not under our control," the Russian-installed official said.',
    ],
    silent: [
      'Kyiv said Lysychansk is not under the full control of Russian forces.',
      'Russian military bloggers said the road is no longer under Russian control.',
    ],
    note: 'A place no longer under a side’s control (or, its own side admits, "essentially not") is lost to the other side; a plain "not under" is a denial (denial.negated-passive).',
  },
];
