// Non-claims: words that make a cue a goal, a plan, an order, a hypothesis, an idiom or a noun rather than a
// claim. Each blocks the cues of the kinds it names that begin inside its match or within `reach` tokens after.
import {
  BATTLE_TO_HOLD,
  CAPTURE_GOING_ON,
  CAPTURE_OF,
  CAPTURE_UNDER_WAY,
  EXPULSION_UNDER_WAY,
  FIGHT_TO_HOLD,
  POSITIONS_TAKEN,
  WITHDRAWAL_UNDER_WAY,
} from './contest.js';
import type { NonClaimRule } from './types.js';

export const NONCLAIM_RULES: NonClaimRule[] = [
  {
    id: 'nonclaim.goal',
    kind: 'nonclaim',
    pattern:
      '( efforts|effort|attempts|attempt ( of|by ~{1,7} )? to | ATTEMPT|eying|eyeing|eyes|eyed|impede|impedes|impeded|impeding|avoid|avoids|avoided|avoiding|prepared|ready|willing|offer|offers|offered|propose|proposes|proposed|agree|agrees|agreed|provided|demand|demands|demanded|aim|aims|aimed|aiming|seek|seeks|plan|plans|planned|planning|intend|intends|intended|want|wants|wanted|hope|hopes|hoped|goal|goals|objective|objectives|bid|unsuccessful|unsuccessfully|threaten|threatens|threatened|threatening|prepare|prepares|preparing|vow|vows|vowed|braced|bracing|brace|expect|expects|expecting|expected|await|awaits|awaiting|prioritized|prioritised|prioritizing|prioritising|prioritize|prioritise | in order | bent on | so as | unlikely|likely|poised to !have | difficult|impossible|hard|dangerous ( for ~{1,3} )? to | push|pushes|pushed|pushing|fight|fights|fighting|struggle|struggles|struggling|going|about to | would|could|might|may|will|must|should|shall ( !be | be !seen|heard|spotted|observed|visible ) )',
    yields: {
      blocks: ['control', 'concession', 'contest'],
      reach: 6,
      spare:
        '( HAVE | ATTEMPT to oust|dislodge|expel|drive|push|knock | withdrew|withdrawn|withdrawal|retreated|retreat|pullout|pullback ~{0,4} save|preserve|avoid|prevent | is|are and will be|remain )',
    },
    fires: [
      'Russian forces are trying to take control of Chasiv Yar, the Ukrainian military said.',
      'Russian forces must be expelled from every corner of Ukrainian land, the president said.',
      '"It will be difficult for the enemy to enter Huliaipole," he said.',
      'Ukraine said its barrier was impeding Russian efforts to encircle or capture Chasiv Yar.',
      "Russia's military said its forces had taken Storozheve as part of apparent efforts to encircle Velyka Novosilka.",
      'Ukrainian military command has prioritized holding Avdiivka at all costs.',
      '"Our defenders destroy all attempts and efforts of the enemy to enter the city," Voloshyn said.',
      'The governor described an attempt by a Ukrainian sabotage group to enter Bryansk overnight.',
      'The FSB said it had stopped an attempt by a Ukrainian sabotage and reconnaissance group to enter Bryansk.',
      'Russia by now had hoped to have control over all of Bakhmut, the ISW said.',
      'The city could be captured within days, the governor warned.',
      'It’s clear that Russia is going to take Kupyansk, the expert said.',
      'The newspapers say Ukraine is about to lose Zaporizhzhia.',
      'It was impossible for the army to hold Lysychansk, the governor said.',
      "Russia moved closer to one of President Vladimir Putin's major goals, taking full control of the Donbas.",
      'Ukrainian forces are unlikely to be able to hold Siversk for long, the UK Ministry of Defence assessed.',
      'Russian troops are poised to take control of Velyka Novosilka, analysts said.',
      'The fall of Soledar is unlikely to presage an imminent Russian encirclement of Bakhmut, ISW said.',
    ],
    silent: [
      'Russian forces took control of Chasiv Yar, the ministry said.',
      'Weeks later, on 21 May, Russia claimed control of Mariupol after intense fighting.',
      // What could be seen happening is seen, not wished for.
      'Troops could be seen on video raising the Ukrainian flag over Blahodatne.',
      // A hard situation is no plan: "difficult" blocks only what it is difficult to do.
      'Ukrainian officials admitted that the situation in Bakhmut is "difficult", but they still control a small part of the city.',
      // A likely perfect is a fact assessed, not one to come.
      'Russian forces are likely to have captured Velyka Novosilka, the ISW said.',
      'Russian forces likely captured Velyka Novosilka, the ISW said.',
    ],
    note: 'A perfect ("has captured") states a fact even after such a word, and "is and will remain" a present hold; `spare` keeps them. The month "May" is no modal (rules/pattern.ts).',
  },
  {
    id: 'nonclaim.progressive-expulsion',
    kind: 'nonclaim',
    pattern: EXPULSION_UNDER_WAY,
    yields: { blocks: ['control.expelled'], reach: 0 },
    fires: ['Marochko said Russian troops are smoothly pushing the enemy out of the territory of the LPR in this area.'],
    silent: ['Ukrainian forces drove Russian troops out of Izium.'],
    note: 'An expulsion still under way has not yet given anyone the place: contest.pushing-out reads it.',
  },
  {
    id: 'nonclaim.capture-under-way',
    kind: 'nonclaim',
    pattern: CAPTURE_UNDER_WAY,
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Maryinka is being gradually liberated, Pushilin said.'],
    silent: ['Maryinka has been liberated, Pushilin said.'],
    note: 'A taking still under way has not yet given anyone the place: contest.being-taken reads it.',
  },
  {
    id: 'nonclaim.withdrawal-under-way',
    kind: 'nonclaim',
    pattern: WITHDRAWAL_UNDER_WAY,
    yields: { blocks: ['concession', 'control.expelled', 'control.expelled-passive'], reach: 0 },
    fires: ['Russia’s army said Saturday that some Ukrainian military units were slowly withdrawing from the key city of Sievierodonetsk.'],
    silent: ['Russia’s army said Saturday that Ukrainian military units had withdrawn from Sievierodonetsk.'],
    note: 'A withdrawal still under way has given nobody the place: contest.withdrawing reads it.',
  },
  {
    id: 'nonclaim.out-of-range',
    kind: 'nonclaim',
    pattern: 'pushing|pushed|push|pushes|driving|drove|driven|drive|forcing|forced ~{0,3} out of range|reach',
    yields: { blocks: ['control.expelled', 'contest.pushing-out'], reach: 0 },
    fires: ['The successes were pushing Russian artillery out of range of parts of Kharkiv, the adviser said.'],
    silent: ['Ukrainian forces drove Russian troops out of Izium.'],
    note: 'Guns pushed out of range of a city leave it to nobody.',
  },
  {
    id: 'nonclaim.capture-continues',
    kind: 'nonclaim',
    pattern: CAPTURE_GOING_ON,
    yields: { blocks: ['control.nominal'], reach: 0 },
    fires: ['The liberation of the settlements of Novy Donbass and Belitskoye continues, Gerasimov added.'],
    silent: ['Gerasimov announced the liberation of the settlements of Novy Donbass and Belitskoye.'],
    note: 'A capture still going on is not yet made: contest.capture-continues reads it.',
  },
  {
    id: 'nonclaim.repelled-assault',
    kind: 'nonclaim',
    pattern:
      'repelled|repulsed|repelling|repel|repels|thwarted|foiled ( SIDE_ADJ|enemy )? ( ~{1,3} )? assault|assaults|attack|attacks|storming on|of|against | assault|assaults|attack|attacks|storming on|against ~{1,4} HAVE|BE ( been )? repelled|repulsed|thwarted|foiled',
    yields: { blocks: ['contest.storm'], reach: 0 },
    fires: [
      'Kyiv said its forces had repelled assaults on Bilohorivka and Spirne.',
      'The General Staff said Russian assaults on the town had been repelled.',
    ],
    silent: ['Kyiv said Russian forces were storming Bilohorivka and Spirne.'],
    note: 'An assault said to be repelled is an attack beaten back, no fighting told inside the place (GUIDE: attacks repelled near a place are no claims).',
  },
  {
    id: 'nonclaim.matter-of-time',
    kind: 'nonclaim',
    pattern:
      'capture|recapture|seizure|fall|loss|takeover|occupation|liberation|capturing|liberating|taking|retaking of ~{1,10} ( will|would )? ( only|just|merely|simply )? BE ( only|just|merely|simply|now|probably|likely )? ( a|an )? "? matter of time|days|weeks|hours|months',
    yields: { blocks: ['control.nominal', 'concession.loss'], reach: 0 },
    fires: [
      'Pushilin said the liberation of the remaining villages near Kurakhove was only a matter of time.',
      'A Ukrainian officer said the fall of Myrnohrad was now a matter of weeks.',
    ],
    silent: [
      'Pushilin said the liberation of the remaining villages near Kurakhove took only a matter of days.',
      'The fall of Myrnohrad was confirmed by the Ukrainian army on Monday.',
    ],
    note: 'A capture said to be "a matter of time" is one still to come: a prediction, no claim.',
  },
  {
    id: 'nonclaim.would-outcome',
    kind: 'nonclaim',
    pattern:
      'capture|recapture|seizure|fall|loss|takeover|occupation|liberation|de-occupation|deoccupation of ( !which|that|who|where|and|but|as|while|by|is|was|were|are|has|have|had|said|says|,|;|. ~ ){1,12} would|could|might|will ( not )? ( also|likely|probably|potentially|only|then|further|undoubtedly|certainly|inevitably )? ~',
    yields: { blocks: ['control.nominal', 'concession.loss'], reach: 0 },
    fires: [
      'Polukhin warned that the complete capture of Chasiv Yar would grant Russian forces a substantial tactical advantage.',
      'The fall of Pokrovsk could open the road to Kramatorsk, the analysts said.',
      'The liberation of Gulyaipole will expand the bridgehead on the banks of the Gaichur River, a Russian defense official told TASS.',
      'The liberation of Konstantinovka could serve as a pivotal moment in the conflict, the expert said.',
    ],
    silent: [
      'The capture of Chasiv Yar gave Russian forces a substantial tactical advantage, the Ukrainian spokesman said.',
      // (A capture told as done, with what follows from it in a clause of its own, stays a claim.)
      'The ministry announced the capture of Spirne, which will allow its troops to advance on Siversk.',
    ],
    note: 'What taking a place would bring is told of a capture that may happen: no claim.',
  },
  {
    id: 'nonclaim.prospective-capture',
    kind: 'nonclaim',
    pattern:
      '( imminent|inevitable|impending|expected|anticipated|eventual|potential|possible|probable|future|looming|upcoming|coming|forthcoming ( full|complete|total|final )? | anticipating|awaiting|await|awaits|awaited|expecting|predicting|forecasting|predicted|predicts|predict ( the )? ( full|complete|total|final )? | beginning|start of ( the )? ) capture|recapture|seizure|fall|takeover|occupation|liberation|de-occupation|deoccupation|retaking|recapturing|capturing|liberating of',
    yields: { blocks: ['control.nominal', 'concession.loss'], reach: 0 },
    fires: [
      'Ukraine maintains that Russian claims of the inevitable capture of Pokrovsk are part of an information campaign.',
      'He noted the occupiers are taking down the Ukrainian flags that locals hung, anticipating the liberation of their town.',
      'Haidai announced the beginning of the liberation of Lysychansk in the near future.',
    ],
    silent: [
      'Ukraine’s General Staff announced the liberation of Andriivka.',
      'Predictions about the fall of Bakhmut came true on Saturday, when Wagner raised its flag over the city.',
    ],
    note: 'A capture still expected, awaited or only beginning is not one made (GUIDE: plans and hypotheticals are no claims).',
  },
  {
    id: 'nonclaim.enables',
    kind: 'nonclaim',
    pattern:
      '( allow|allows|allowing|enable|enables|enabling ~{0,4} to | opportunity|chance to | conditions for | step|steps|stepping-stone toward|towards )',
    yields: { blocks: ['control', 'contest', 'concession'], reach: 3 },
    fires: [
      'Control of Soledar allows Russian forces to cut off the supply lines to Bakhmut, the ministry said.',
      'Russia said its forces captured Soledar, allowing them potentially to cut off Ukrainian supply routes to Bakhmut.',
      'He said the occupation of Synkivka would allow Russians to create conditions for the blockade of Kupiansk.',
      'The capture of Blahodatne was a significant step towards the encirclement of Bakhmut, Russia said.',
    ],
    silent: [
      'Russian forces have cut off the supply lines to Bakhmut, the ministry said.',
      // What is told as done before the enabling words stays a claim.
      'Ukrainian forces still control part of Bakhmut, which would allow them to return to the city, the general said.',
    ],
    note: 'What a gain would let a side do next ("allows them to cut off", "conditions for the blockade of", "a step towards the encirclement of") is a prospect, not a claim; an "allowed" or "enabled" in the past tells of it done (control.helped-to).',
  },
  {
    id: 'nonclaim.verge',
    kind: 'nonclaim',
    pattern:
      '( verge|brink|cusp|threshold of ( taking|capturing|seizing|falling|fall|capture|collapse )? | priority|priorities|goal|aim|target ( is|was|remains|are ) ( the )? capture|capturing|taking|seizing|seizure|liberation|liberating|occupation|occupying | close|closer|near to ( fully|completely )? being )',
    yields: { blocks: ['control', 'concession'], reach: 6 },
    fires: [
      'The head of the separatist Donetsk region announced that Russia was on the verge of taking control of the city of Maryinka.',
      'Pushilin announced that the cities of Soledar and Artemovsk were close to being liberated.',
      'Zelenskyy said the enemy’s current priority is the capture of Pokrovsk.',
    ],
    silent: [
      'The separatist head announced that Russia had taken control of the city of Maryinka.',
      'The priority remains Kupiansk, where Ukrainian forces recaptured Kindrashivka, the commander said.',
    ],
    note: 'A capture close at hand or aimed at is not one made; contest.verge reads "on the verge of falling" as a contest.',
  },
  {
    id: 'nonclaim.clearing-completed',
    kind: 'nonclaim',
    pattern: 'COMPLETED ( of )? ( the )?',
    yields: { blocks: ['contest.clearing'], reach: 2 },
    fires: ['Putin was briefed on completed mop-up operations in Dmitrov.'],
    silent: ['The mop-up of Dmitrov has not been completed, Putin was told.'],
    note: 'A clearing completed is no contest: control.clearing-completed reads it as control.',
  },
  {
    id: 'nonclaim.neither-side',
    kind: 'nonclaim',
    pattern: '( neither ( of the | one of the )? side|sides|party|parties|army|armies | by neither )',
    yields: { blocks: ['control', 'concession'], reach: 6 },
    fires: ['The southern command said neither side fully controls the Kinburn Spit yet.'],
    silent: ['Russian forces control Kherson, the governor said.'],
    note: 'What neither side holds is held by nobody (contest.neither-side reads it as fought over).',
  },
  {
    id: 'nonclaim.entering-a-phase',
    kind: 'nonclaim',
    pattern:
      'entering|entered|enter|enters ( a|an|the|its|their|this|what|into )? "? ( ADV|sort|kind|of|new|final|decisive|critical|crucial|fearful|active|hot|bloody|next|last|second|third|fourth|fifth|difficult|dangerous ){0,4} "? phase|phases|stage|stages|climax|period|round|year|day|days|week|weeks|month|months|talks|negotiations|endgame',
    yields: { blocks: ['contest', 'control'], reach: 0 },
    fires: ['A Ukrainian adviser said the battles for Sievierodonetsk are entering a “fearful climax”.'],
    silent: ['Ukrainian troops entered Kherson on Friday, the army said.'],
    note: 'Entering a phase, a climax or a week is no entry into a place.',
  },
  {
    id: 'nonclaim.fight-to-hold',
    kind: 'nonclaim',
    pattern: FIGHT_TO_HOLD,
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      'Ukraine’s deputy defence minister, Hanna Maliar, claimed that “hard battles are going on to keep Soledar”.',
      'Ukrainian troops are engaged in a critical battle to hold the northern outskirts of Kupyansk, Marochko said.',
      'Ukraine said its forces were fighting fiercely to retain control of Soledar.',
    ],
    silent: ['Ukrainian troops hold the northern outskirts of Kupyansk, Marochko said.'],
    note: 'A place a side fights to keep is not said to be held; contest.fight-to-hold reads a battle to keep it as contested.',
  },
  {
    id: 'nonclaim.fight-to-hold-over',
    kind: 'nonclaim',
    pattern: `${BATTLE_TO_HOLD} ( !continues|continue|continuing|goes|going|rages|raging|ongoing|underway|persists ~ ){1,6} cost|costed|lasted|ended|killed|became|exhausted|drained|proved|devoured`,
    yields: { blocks: ['contest.fight-to-hold'], reach: 0 },
    fires: ['The battle to hold Bakhmut cost thousands of lives, Ukraine’s army said.'],
    silent: [
      'The Ukrainian army said the battle to retain control over Lyman goes on.',
      'The battle to hold Chasiv Yar continues and has cost both sides heavily, the Ukrainian army said.',
    ],
    note: 'A battle to keep a place told by what it cost or how it ended is history, not a contest now.',
  },
  {
    id: 'nonclaim.continue-to-clear',
    kind: 'nonclaim',
    pattern: 'continue|continues|continued|continuing to',
    yields: { blocks: ['contest.clearing'], reach: 1 },
    fires: ['The Defense Forces continue to clear Pokrovsk of Russian invaders, the General Staff said.'],
    silent: ['The Russian military currently clear Avdiivka of enemy forces, Shoigu said.'],
    note: '"continue to clear X of" is contest.continue-taking’s: contest.clearing, whose words would run longer, leaves it.',
  },
  {
    id: 'nonclaim.clearing-mines',
    kind: 'nonclaim',
    pattern:
      'clearing|clear|clears ~{0,4} of|from ( the )? ( ~ )? mines|debris|rubble|explosives|ordnance|munitions|snow|bodies|landmines|booby-traps',
    yields: { blocks: ['contest.clearing'], reach: 0 },
    fires: ['Russian units took Urozhaine and are clearing it of mines, the ministry said.'],
    silent: ['Ukrainian soldiers are clearing Vovchansk of Russian groups, the governor said.'],
    note: 'Clearing a place of mines or rubble is the work of sappers and rescuers, no clearing of the enemy.',
  },
  {
    id: 'nonclaim.remnants',
    kind: 'nonclaim',
    pattern: '( no|dozen|dozens|hundreds|few|handful | NUM ) ~{0,3} forces|troops|army|units|soldiers|fighters|defenders|servicemen',
    yields: { blocks: ['control.still-in'], reach: 0 },
    fires: [
      'No Ukrainian armed forces remain in the southern city of Kherson, its mayor said.',
      '“Up to 300 Russian servicemen remain in the city, but they have not moved forward,” Zelenskiy told reporters.',
      'He said no more than a few dozen Russian soldiers remain in Kupiansk.',
    ],
    silent: ['Ukrainian troops remain in Bakhmut, the spokesman said.'],
    note: 'No troops in a place hold none of it; a counted few still there are remnants or infiltrators, no hold.',
  },
  {
    id: 'nonclaim.holding-lines',
    kind: 'nonclaim',
    pattern:
      'hold|holds|held|holding|keep|keeps|keeping ( the|their|its|our )? ( designated|defensive|defense|defence )? flag|line|lines|defense|defence|front near|around|outside|along',
    yields: { blocks: ['control.share', 'control.hold'], reach: 0 },
    fires: ['Ukraine is holding the defense line near the villages of Yalta and Komar, he said.'],
    silent: [
      'Ukraine is holding most of Vovchansk, he said.',
      '"Our soldiers are holding their lines in Rodynske," the command said.',
      'Ukrainian troops are holding the line at Bakhmut, the commander said.',
    ],
    note: 'Holding a line, the defence or a flag near a place claims no share of it; lines held in a place are control (LABELS.md).',
  },
  {
    id: 'nonclaim.whose-control',
    kind: 'nonclaim',
    pattern: 'SIDE_ADJ|border|passport|customs|traffic|export|price|quality control',
    yields: { blocks: ['control.control-established'], reach: 0 },
    fires: ['Full Russian control was established over Mariupol in May, Ukraine’s general staff said.'],
    silent: ['Full control was established over Mariupol in May, Ukraine’s general staff said.'],
    note: 'Control of a named side, or an office’s control (border, customs), says nothing of the speaker’s side.',
  },
  {
    id: 'nonclaim.advance-stopped',
    kind: 'nonclaim',
    pattern:
      '( stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|repel|repels|repelled|repelling|thwart|thwarts|thwarted|thwarting|halt|halts|halted|halting|foil|foiled|foiling | holding|hold|held back ) ~{0,9} advance|advances|advancing|entering|enter|entry|gaining|gain|encircling|encircle|capturing|capture',
    yields: { blocks: ['contest', 'control'], reach: 0 },
    fires: [
      'Ukrainian forces stopped Russian advances in Bilohorivka earlier this year, the governor said.',
      'The Ukrainian military is preventing the enemy from entering Krasnohorivka, the spokesman said.',
      'Efforts are under way to prevent the occupiers from gaining a foothold in Vovchansk, the Ukrainian army said.',
    ],
    silent: ['Russian forces advanced into Bilohorivka earlier this year, the governor said.'],
    note: 'An advance stopped, prevented or held back is no gain in the place.',
  },
  {
    id: 'nonclaim.withdrawal-ordered',
    kind: 'nonclaim',
    pattern:
      '( urged|urges|urge|urging|called|calls|calling|asked|asks|asking ~{0,6} to | possible|weeks|days|hours|time|road|roads|route|routes|way|corridor|demand|demands|demanded|demanding|require|requires|required|requiring ~{0,4} to | demand|demands|demanded|demanding|insist|insists|insisted|insisting that ~{0,3} ) withdraw|leave|abandon|retreat|evacuate|pull|cede',
    yields: { blocks: ['concession'], reach: 0 },
    fires: [
      'Prigozhin called on Zelenskiy to abandon Bakhmut, he said in a video.',
      'Pokrovsk residents have just two weeks to leave the city safely, officials said.',
      'Russia insists that any lasting settlement requires Ukraine to pull its forces from Donetsk and Luhansk.',
      'Moscow insists that Ukrainian troops withdraw from the Donetsk region, Peskov said.',
      'Prigozhin said only one road remains to leave Bakhmut, calling on Zelenskyy "to abandon the city immediately."',
    ],
    silent: [
      'The Ukrainian military decided to withdraw troops from Novohrodivka, an officer said.',
      'Two days ago, the Ukrainian command decided to withdraw troops from Vuhledar, an officer said.',
      'Syrskyi said he had ordered troops to withdraw from Avdiivka.',
    ],
    note: 'An appeal, a demand or a deadline to leave is not a departure made; an order or leave a side gives its own troops is (LABELS.md: "the command authorised units to leave the city").',
  },
  {
    id: 'nonclaim.no-order',
    kind: 'nonclaim',
    pattern:
      '( NEG ( yet )? ( given|issued|received )? ( an|any|the )? order|orders|ordered|decided|authorised|authorized|instructed|commanded|allowed|permitted | no ( such )? order|orders|decision|command|instruction|instructions|permission ) ~{0,5} to',
    yields: { blocks: ['concession', 'control'], reach: 3 },
    fires: [
      'Kyiv has not ordered its forces to leave Avdiivka, the Russian ministry said.',
      'No order has been given to withdraw from Bakhmut, the Ukrainian army said.',
      'Zelensky has never authorised troops to pull out of Bakhmut, his office said.',
    ],
    silent: [
      'Syrskyi said he had ordered troops to withdraw from Avdiivka.',
      'Russia ordered its troops to leave Kherson, Ukraine said.',
      'The command did not hesitate and ordered troops to leave Vuhledar, an officer said.',
    ],
    note: 'An order not given, or no order to leave, is no departure (nonclaim.withdrawal-ordered keeps an order given as one made).',
  },
  {
    id: 'nonclaim.since-fighting-began',
    kind: 'nonclaim',
    pattern:
      'since|after|when|before|until ( the )? fighting|battles|clashes|combat|hostilities ( first )? began|begun|broke|erupted|started',
    yields: { blocks: ['contest'], reach: 0 },
    fires: ['Kiev has lost up to 2,030 troops since fighting began in the Kursk area, the Russian Defense Ministry said.'],
    silent: ['Fighting began in the Kursk area on Tuesday, the Russian Defense Ministry said.'],
    note: 'The start of the fighting told as a point in time says nothing of who holds the place now.',
  },
  {
    id: 'nonclaim.causative',
    kind: 'nonclaim',
    pattern:
      'help|helps|helping|let|lets|letting|make|makes|allow|allows|see|watch ( the )? SIDE_ADJ ( armed )? forces|troops|army|units|soldiers',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Western weapons help Ukrainian forces retake Kherson, Biden said.'],
    silent: [
      'Ukrainian forces retake Kherson, Zelensky says.',
      // What helped a side take a place is told as done (control.helped-to).
      'The counter-offensive helped the Ukrainian army regain Poltavka, the governor said.',
    ],
    note: 'A capture after "help", "let", "make" or "see" is the bare infinitive of that verb, no capture told; after "helped", "allowed" or "saw" it is one done (control.helped-to).',
  },
  {
    id: 'nonclaim.until',
    kind: 'nonclaim',
    pattern:
      'until|till|once|before|unless ( the )? SIDE_ADJ ( armed )? forces|troops|army|units|soldiers capture|seize|retake|recapture|take|liberate|occupy|overrun',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Analysts say it is only a matter of time until Russian forces capture the settlement of Velyka Novosilka.'],
    silent: ['Russian forces capture the settlement of Velyka Novosilka, the ministry says.'],
    note: 'A capture in the present after "until" or "once" is one still to come.',
  },
  {
    id: 'nonclaim.conditional',
    kind: 'nonclaim',
    pattern: 'if|whether|unless',
    yields: { blocks: ['control', 'concession', 'contest', 'denial'], reach: 6 },
    fires: ['The General Staff did not say whether Ukrainian forces had withdrawn from Selydove.'],
    silent: ['The General Staff said Ukrainian forces had withdrawn from Selydove.'],
    note: 'A condition or an open question asserts nothing, in the perfect too.',
  },
  {
    id: 'nonclaim.negated-control',
    kind: 'nonclaim',
    pattern: "not|n't|never|nobody | no longer | no one | yet to | neither ~{1,10} nor ~{1,12} HAVE|BE",
    // contest.neither-controls reads "neither A nor B controls X" as a contest, concession.no-longer-in-control reads
    // "no longer in control of X" and "no longer holds X" as a concession, concession.not-ours "X is not ours", concession.no-longer-under "X is no longer under
    // Russian control": their
    // cues are spared.
    yields: {
      blocks: ['control', 'concession', 'contest'],
      reach: 3,
      spare:
        'neither | no longer ( fully|completely|entirely )? ( in control|charge | control|controls|controlled|hold|holds|held|occupy|occupies|occupied ) | ( not | no longer ) ours | ( no longer | essentially|effectively|practically|actually|basically not ) ( now|currently )? under ',
    },
    fires: [
      "Ukraine's military asserts that Russia has not gained control over the routes to Myrnohrad.",
      'Russia, despite surrounding Myrnohrad, has yet to gain control over the logistical routes in the area.',
      'The governor said Russian troops no longer occupied any towns in the Sumy region.',
      'Neither Balakleya nor Shevchenkovo have fallen under the control of Ukraine’s formations.',
    ],
    silent: ['Russia has gained control over the routes to Myrnohrad.'],
    note: 'A negated capture or withdrawal claims no control; denial.negated-capture and denial.negated-withdrawal read the denial it makes.',
  },
  {
    id: 'nonclaim.not-mean',
    kind: 'nonclaim',
    pattern: "not|n't mean|means|meant ( that )?",
    yields: { blocks: ['control', 'concession'], reach: 6 },
    fires: ['"This does not mean that we have completely left the city," the spokesman said of Velyka Novosilka.'],
    silent: ['"This means that we have left the city," the spokesman said of Velyka Novosilka.'],
    note: 'What a speaker says something does not mean is what he denies.',
  },
  {
    id: 'nonclaim.civilians-leave',
    kind: 'nonclaim',
    pattern:
      'residents|civilians|people|families|children|inhabitants|locals|evacuees|population|most|many|thousands|hundreds|millions ( HAVE|BE|must|should )? ( ADV )? ( to | needed|began|had|asked|urged|told|ordered|forced|started to )? leave|left|leaving|fled|flee|fleeing|evacuated|evacuate|evacuating',
    yields: { blocks: ['concession'], reach: 0 },
    fires: [
      'Dobryak noted that residents needed to leave the city of Pokrovsk within one or two weeks.',
      'Before the war, Pokrovsk had around 60,000 residents, but most have fled the city, the governor said.',
    ],
    silent: [
      'Dobryak noted that Ukrainian troops had left the city of Pokrovsk.',
      'Residents said Russian troops had withdrawn from Kherson overnight.',
    ],
    note: 'Civilians leaving a place is an evacuation, not a withdrawal.',
  },
  {
    id: 'nonclaim.nothing-left',
    kind: 'nonclaim',
    pattern:
      '( nothing|little|what|hardly|barely|scarcely ( anything )? | not much | almost|virtually nothing ) ( BE )? ( ADV )? left of|in | ( no|any ) ( possibility|chance|way|opportunity|means ) ( to )? leave',
    yields: { blocks: ['concession'], reach: 0 },
    fires: [
      'The footage shows that there is nothing left of the village of Krynky, the army said.',
      'He said there was now "no possibility to leave Severodonetsk".',
      'What is left of the village lies south of Russian-held Bakhmut, the correspondent said.',
    ],
    silent: [
      'Ukrainian troops have left the village of Krynky, the army said.',
      'There was nothing left but to withdraw from Krynky, the Ukrainian army said.',
    ],
    note: 'What is left of a ruined place, and a way out that is lacking, are no withdrawal.',
  },
  {
    id: 'nonclaim.during-fighting',
    kind: 'nonclaim',
    pattern: 'during|throughout|after|amid|amidst|following ( the|a|an|its|their )? ( weeks|months|days|years of )?',
    // ("fighting continues during the liberation of X": a capture the fighting goes on in, contest.capture-continues.)
    yields: { blocks: ['contest'], reach: 2, spare: CAPTURE_OF },
    fires: [
      'Moscow’s Ministry of Defense added that Ukraine lost 80% of its personnel during the battles for Kurakhove.',
      'Ukrainian troops have almost left Sievierodonetsk, after weeks of fierce fighting, the mayor says.',
      'Ukrainian Forces Reclaim Kupiansk Amid Intense Battles',
    ],
    silent: ['Ukraine’s army said during a briefing that fighting continues in Kurakhove.'],
    note: 'Fighting a clause tells as the time or the cause of something else is background, not a claim of its own.',
  },
  {
    id: 'nonclaim.spared-fighting',
    kind: 'nonclaim',
    pattern: 'spared|free|freed from|of ( the )?',
    yields: { blocks: ['contest'], reach: 2 },
    fires: ['The region had been largely spared from the heavy fighting seen in Donetsk and Kherson, officials said.'],
    silent: ['Fighting continues in Donetsk, officials said.'],
    note: 'Fighting a place was spared is fighting it did not see.',
  },
  {
    id: 'nonclaim.not-troops',
    kind: 'nonclaim',
    pattern:
      'civilians|residents|families|children|shelling|missiles|missile|strikes|drones|rockets|shells|bombs|debris | people are|were|remain|remained|still|who|living|live',
    yields: { blocks: ['contest'], reach: 1 },
    fires: [
      'Many civilians are in the centre of Kherson, a Ukrainian official said.',
      'Russian shelling reached the outskirts of Kharkiv, the governor said.',
    ],
    silent: ['Russian troops are in the centre of Kherson, a Ukrainian official said.'],
    note: 'Civilians and fire that reach a place are no troops getting into it.',
  },
  {
    id: 'nonclaim.propaganda-noun',
    kind: 'nonclaim',
    pattern: 'BE|called|calling|as ~{0,3} propaganda victory|coup|win|value|purposes|effect|success|stunt|tool|machine|campaign',
    yields: { blocks: ['denial'], reach: 0 },
    fires: ['The capture of Avdiivka was a propaganda victory for Moscow, the Ukrainian army said.'],
    silent: ['The claims about the fall of Toretsk were Russian propaganda, the Ukrainian army said.'],
    note: '"A propaganda victory" calls nothing untrue.',
  },
  {
    id: 'nonclaim.fight-to',
    kind: 'nonclaim',
    pattern:
      'fought|fight|fights|struggled|struggling|struggle|battled|battling ( tooth and nail | hard | fiercely | for months | for weeks )? to',
    yields: { blocks: ['control'], reach: 1 },
    fires: ['Vuhledar, a town Ukrainian forces fought tooth and nail to keep, fell to the Russians.'],
    silent: [
      'Ukrainian forces kept Vuhledar, the army said.',
      'After weeks of fighting, Russian forces managed to take control of Avdiivka, the Russian ministry said.',
    ],
    note: 'What a side fights to keep or take is its aim, not a claim.',
  },
  {
    id: 'nonclaim.fell-back',
    kind: 'nonclaim',
    pattern: '( HAVE )? fallen|fell|fall back|behind|short|apart|silent|ill|victim|sharply',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Ukrainian forces had fallen back to new positions near Selydove, the army said.'],
    silent: ['Bakhmut has fallen, Prigozhin said.'],
    note: '"Fell back", "fell short", "fell silent": idioms of fall, not a capture.',
  },
  {
    id: 'nonclaim.surrounding-area',
    kind: 'nonclaim',
    pattern:
      '( ( the|its|their|and|in|of|nearby ) surrounding | surrounding area|areas|villages|settlements|towns|territory|territories|region|countryside|hills|fields | area|areas|villages|settlements|towns|territory|territories|region|countryside|hills|fields|heights|forests|positions|lines|districts|suburbs surrounding | uncertainty|questions|controversy|confusion|situation|events|circumstances|debate|secrecy|tensions|speculation|mystery surrounding|enveloping | surrounded by ( destroyed|ruined|damaged|burned|burnt|bombed-out )? buildings|ruins|rubble|debris|houses|trees|forests|fields|water )',
    yields: { blocks: ['contest'], reach: 0 },
    fires: [
      'Russian forces shelled Pokrovsk and the surrounding villages, the governor said.',
      'Heavy fighting raged in the villages surrounding Avdiivka, the army said.',
      'There is growing uncertainty surrounding the situation in Soledar, the governor said.',
      'Soldiers held up a flag in the centre of Pokrovsk, surrounded by buildings destroyed by shelling, the ministry said.',
    ],
    silent: ['Russian forces are surrounding Pokrovsk, the governor said.'],
    note: '"The surrounding villages": an adjective, not an encirclement.',
  },
  {
    id: 'nonclaim.air-attack',
    kind: 'nonclaim',
    pattern:
      'drone|drones|missile|missiles|air|aerial|rocket|rockets|artillery|bomb|bombing|combined ( strike|strikes )? assault|assaults|attack|attacks|strike|strikes|raid|raids',
    yields: { blocks: ['contest'], reach: 0 },
    fires: ['Russia launched a drone assault on the Ukrainian city of Odesa, plunging parts of the city into darkness.'],
    silent: ['Russian troops launched an assault on Toretsk, the Ukrainian army said.'],
    note: 'A strike from the air hits a place; it does not fight for it.',
  },
  {
    id: 'nonclaim.prisoners',
    kind: 'nonclaim',
    pattern:
      '( soldiers|troops|servicemen|fighters|men|personnel|marines|paratroopers|conscripts|prisoners ( involved )? ( HAVE )? been|were|was|are captured|taken | ( HAVE )? been|were|was|are|being taken|held hostage|hostages|prisoner|prisoners|captive )',
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      'Many of the Russian soldiers involved had been captured defending Kursk, according to the Defence Ministry.',
      'The state news outlet RIA Novosti said that multiple people were taken hostage in a store in Liubechane.',
    ],
    silent: ['The village had been captured by Russian soldiers, according to the Defence Ministry.'],
    note: 'People captured are prisoners: no place changes hands.',
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
    // contest.no-longer-fully reads "no longer fully controls" as ground being lost: its cue is spared.
    yields: { blocks: ['contest'], reach: 1, spare: 'no longer' },
    fires: ['There is no fighting in the city, the mayor said.'],
    silent: ['Fighting continues in the city, the mayor said.'],
  },
  {
    id: 'nonclaim.no-assaults',
    kind: 'nonclaim',
    pattern:
      "not|n't|never ( conducted|launched|made|mounted|carried|undertaken|undertook|attempted|staged ) ( out )? ( any )? ( new|further|more|major|active )?",
    yields: { blocks: ['contest'], reach: 1 },
    fires: ['The army said that Russia had not conducted any new assaults on the frontline that includes Siversk.'],
    silent: ['The army said that Russia had conducted new assaults on Siversk.'],
    note: 'Assaults that did not happen contest nothing.',
  },
  {
    id: 'nonclaim.purpose',
    kind: 'nonclaim',
    pattern:
      'passage|corridor|route|path|bridgehead|used|uses|use|using|sent|send|sends|sending|deployed|deploy|deploys|deploying|moved|massing|massed|amassed|concentrated|concentrating|regrouped|regrouping|reinforcements ~{0,4} to enter|storm|capture|seize|take|encircle|surround|reach|cross',
    yields: { blocks: ['control', 'contest'], reach: 0 },
    fires: [
      'The Russian army created a narrow passage deep into Ukrainian territory to enter the town of Ocheretyne, the Ukrainian army said.',
      'All exits from the gas pipe, which the enemy used to enter Kupiansk, were taken under fire control, the Ukrainian army said.',
    ],
    silent: ['Russian troops managed to enter Ocheretyne, the Ukrainian army said.'],
    note: 'Means put to a purpose ("sent troops to storm X") claim only the purpose, which is not yet done.',
  },
  {
    id: 'nonclaim.threat',
    kind: 'nonclaim',
    pattern:
      '( threat|risk|danger|fear|fears|feared|fearing|prevent|preventing|avoid|avoiding|imminent|possible|potential|unlikely|escaped|escape|escaping ( of )? | broke|broken|breaking ( free ( from|of )? | out of|from ) )',
    yields: { blocks: ['contest'], reach: 3 },
    fires: [
      'Ukraine withdrew troops from Vuhledar due to the threat of encirclement of the city.',
      // ("The fall of Soledar is unlikely to presage an imminent Russian encirclement": nonclaim.goal's "unlikely to".)
      'The fall of Soledar makes an imminent Russian encirclement of Bakhmut less likely, ISW said.',
      'Ukrainian soldiers have broken free from a dire encirclement near Myrnohrad, Russian bloggers said.',
      "Russian military bloggers wrote that Blahodatne was abandoned because Moscow's fighters feared encirclement.",
    ],
    silent: [
      'Ukrainian troops are encircled in the city, the bloggers said.',
      'Heavy clashes broke out as Russian troops stormed Toretsk, the Ukrainian army said.',
    ],
  },
  {
    id: 'nonclaim.previously',
    kind: 'nonclaim',
    pattern: 'previously|formerly|once|earlier ( been )?',
    yields: { blocks: ['control'], reach: 1, spare: 'claimed|claims|claiming|announced|reported|declared|again' },
    fires: ['The militia liberated seventeen communities that had been previously under the control of the Ukrainian army.'],
    silent: [
      'The militia said the communities are now under its control.',
      'The Russian Defense Ministry had earlier claimed control of Sudzha on March 13.',
      '"The national flag once again flies over Storozheve," Ukraine\'s deputy defence minister said.',
    ],
    note: 'A relative clause telling what held before a capture is background to the capture, not a claim of its own ("once again" is now).',
  },
  {
    id: 'nonclaim.lost-things',
    kind: 'nonclaim',
    pattern:
      'lives|life|soldiers|servicemen|troops|men|people|civilians|equipment|tanks|vehicles|aircraft|contact|communication|communications|power|electricity BE ADV* lost',
    yields: { blocks: ['concession'], reach: 0 },
    fires: ['Many lives were lost in Bakhmut, the Ukrainian commander said.'],
    silent: ['Selydove is now lost, the Ukrainian commander said.'],
    note: 'What is said lost is people, arms or contact, not the place the sentence names after it.',
  },
  {
    id: 'nonclaim.loss-of-control',
    kind: 'nonclaim',
    pattern: 'loss|losses of',
    yields: { blocks: ['control'], reach: 1 },
    fires: ['The Ukrainian military has acknowledged heavy fighting but has not confirmed the loss of control over Lozova.'],
    silent: ['The Ukrainian military said it retains control over Lozova.'],
    note: 'The "loss of control over" a place is a loss told or weighed (concession rules), not the control of whoever speaks.',
  },
  {
    id: 'nonclaim.utilities-cut',
    kind: 'nonclaim',
    pattern:
      '( power|electricity|water|gas|heating|communications|internet ( supply|supplies )? BE ADV* cut off | cut off from ( the )? ( national|power|electricity|energy )? grid|water|electricity|power|gas|heating )',
    yields: { blocks: ['contest'], reach: 0 },
    fires: [
      'Officials said electricity and water were cut off in Kramatorsk after the strike.',
      'The Zaporizhzhia nuclear power plant was cut off from the national grid again, the operator said.',
      'The occupied city of Nova Kakhovka was cut off from water after the dam was hit.',
    ],
    silent: [
      'Ukrainian troops in Avdiivka are almost cut off, the commander said.',
      'Russian forces have cut off the last supply road into Lysychansk, the governor said.',
    ],
    note: 'Power, water or a grid cut off is damage to a place, not its encirclement.',
  },
  {
    id: 'nonclaim.battle-as-setting',
    kind: 'nonclaim',
    pattern:
      '( losses|lost|killed|part|participated|participating|distinguished|victory|aftermath|won|role|engaged|involved ~{0,4} in|of ( the )? ( heavy|fierce|intense|long|bloody|months-long|ongoing )? battle|battles|fight|fighting|struggle for )',
    yields: { blocks: ['contest.battle-for'], reach: 0 },
    fires: [
      'The ministry said Ukraine lost over 900 servicemen in the battles for Toretsk over the past day.',
      'Putin thanked the troops who took part in the battle for Mariinka.',
    ],
    silent: ['The battle for Toretsk goes on, the Ukrainian commander said.'],
    note: 'A battle named as the setting of losses, awards or a victory is no report that the place is fought for now.',
  },
  {
    id: 'nonclaim.battle-retrospective',
    kind: 'nonclaim',
    pattern:
      "( battle|battles|fight|fighting|struggle for ~{1,12} HAVE|BE|could|would ( also|now|already )? ( have )? ( been|become|became|proved|proven )? ( one of )? ( the|its|this ( war|year ) 's | the war 's | russia 's|ukraine 's )? ( ~ )? longest|bloodiest|largest|deadliest|costliest|biggest|fiercest | battle|battles|fight|fighting|struggle for ~{1,6} had ( been )? lasted|gone|going|raged|raging|dragged | battle|battles|fight|fighting|struggle for ~{1,6} , which|that ended|lasted | ^ ( the )? battle|battles|fight|fighting|struggle for ~{1,5} :|— )",
    yields: { blocks: ['contest.battle-for'], reach: 0 },
    fires: [
      'The battle for the small city of Bakhmut has become the longest and bloodiest of the war.',
      'The fight for Bakhmut is now the war’s single longest and bloodiest battle.',
      'The fighting for Severodonetsk had lasted for several months.',
      'Analysts compared the situation to the battle for Avdiivka, which ended in February 2024.',
      'Battle for Chasiv Yar: Russian gains amidst intense clashes',
    ],
    silent: [
      'The battle for Bakhmut continues, the Ukrainian army said.',
      'The battle for Soledar raged on Wednesday, as Wagner claimed it had taken control.',
    ],
    note: 'A battle for a place told as a whole — the longest or bloodiest, one that had lasted or ended, a headline naming it — is a retrospective, not a report that the place is fought for now.',
  },
  {
    id: 'nonclaim.other-war',
    kind: 'nonclaim',
    pattern:
      '( heavy|fierce|intense|bloody|heaviest|fiercest )? fighting|battles|battle|clashes ~{0,5} during|in ( the )? ( second world war | world war ii|2|two | wwii | great patriotic war )',
    yields: { blocks: ['contest'], reach: 0 },
    fires: [
      'The general recalled that Siversk and the nearby forest saw heavy fighting during World War II as well.',
      'Fierce battles took place around Kupiansk in the Second World War, the historian said.',
    ],
    silent: ['Heavy fighting continues in Siversk, the general said.'],
    note: 'Fighting in another war is history, not a contest in this one.',
  },
  {
    id: 'nonclaim.take-idiom',
    kind: 'nonclaim',
    pattern:
      '( take|takes|took|taking|taken place|time|note|shelter|measures|steps|aim|cover|advantage|responsibility|into | take|takes|took|taking|taken part in )',
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      'The heaviest fighting is taking place in the districts of Klishchiivka, the ministry said.',
      'Units of the brigade took part in the assault on Robotyne, the army said.',
    ],
    silent: ['Russian troops took Novoselivka, the ministry said.', 'Ukrainian forces took part of Robotyne, the army said.'],
    note: '"Taking place", "took part", "take shelter": idioms of take, not a capture.',
  },
  {
    id: 'nonclaim.had-been-taken',
    kind: 'nonclaim',
    pattern:
      '( which|that had been ADV? occupied|captured|seized|held|controlled|taken|overrun | which|that has|have been ADV? occupied|captured|seized|held|controlled|taken|overrun ~{0,5} since | which|that was|were ADV? occupied|captured|seized|taken|overrun )',
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      'On September 8 the Armed Forces liberated Balakliia, which had been occupied since the end of February.',
      'Ukrainian forces have liberated Kupyansk, which has been occupied by Russian troops since the start of the war.',
    ],
    silent: [
      'The ministry said the town had been captured on Monday.',
      'Up to 500 Ukrainian soldiers may still be in Soledar, which has been taken over by Russian forces, he said.',
    ],
    note: 'A relative clause telling how a place liberated was held before is background to the liberation.',
  },
  {
    id: 'nonclaim.held-for-years',
    kind: 'nonclaim',
    pattern: 'had ADV? held|controlled|occupied ~{0,4} for ( nearly|almost|more|over|about|some )? ~{0,2} years|months|decade|decades',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Ukrainian troops had held the town for nearly a decade, the ministry said.'],
    silent: ['Ukrainian troops held the town on Monday, the ministry said.'],
    note: 'How long a side once held a place is its history, not a claim about now.',
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
    id: 'nonclaim.noun-goal',
    kind: 'nonclaim',
    pattern:
      'liberation|liberating|capture|seizure of ( !, ~ ){1,6} ( , ( !, ~ ){1,10} , )? is|remains ( a|an|the|our|their|its )? ( unconditional|main|key|top|first|absolute|primary )? goal|goals|objective|aim|priority|task',
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      '"The liberation of the Donetsk and Luhansk regions, recognised by the Russian Federation as independent states, is an unconditional priority," Lavrov said.',
    ],
    silent: [
      'After the capture of Avdiivka, Pokrovsk is the main goal of the Russian army, analysts said.',
      'The capture of Avdiivka is a major blow to Kyiv, the analysts said.',
    ],
    note: 'The liberation or capture of a place said to be a goal, a priority or a task is what a side wants, not what it holds.',
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
    id: 'nonclaim.attributive-adjective',
    kind: 'nonclaim',
    pattern:
      "( ( the|newly|previously|formerly|illegally|'s | the|a|an|its|their|'s recently | the|a|an|two|three|four|five|its|their partially|partly|fully | the|a|an|its|their|'s|in|of|from|to|near|into|across|around|on|at|and|struck|hit|shelled|attacked|bombed|targeted|visited temporarily ) occupied|captured|liberated|seized|held|annexed | from|in|to|near|into|across|around occupied )",
    // ("temporarily occupied" only after a word that makes it describe a noun: "is temporarily occupied by Russia",
    // "Russian forces temporarily seized 95% of the Luhansk oblast" are claims.)
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      'Russian invaders tried to dislodge our units from the occupied lines in the areas of Promin and Selydove, it said.',
      'said Yevgeny Balitsky, the Russian-appointed governor of Ukraine’s occupied Zaporizhzhia region.',
      'The village is about 100 kilometers away from occupied Mariupol, the brigade said.',
      'Drones struck temporarily occupied Melitopol overnight, the Ukrainian army said.',
      'Ukraine shelled temporarily occupied Donetsk, the Russian-installed mayor said.',
    ],
    silent: [
      'Russian forces occupied Promin, the ministry said.',
      'Russian forces have fully occupied Promin, the ministry said.',
      'The Ukrainian army said its troops recently captured the village of Krasnooktyabrskoye.',
    ],
    note: '"the occupied lines", "temporarily occupied Melitopol", "the recently captured village": a participle describing a noun is background, not a claim.',
  },
  {
    id: 'nonclaim.cannot-confirm',
    kind: 'nonclaim',
    pattern:
      "( cannot | ca n't | could not | could n't | unable to | not able to | declined to ) confirm|verify | ( could not | could n't | unable to | not able to | declined to ) say",
    yields: { blocks: ['control', 'concession', 'contest', 'denial'], reach: 8 },
    fires: [
      'A Ukrainian adviser said he "cannot confirm that Lysychansk is under full Russian control."',
      'The spokesman could not say that Russian troops had captured Lysychansk.',
    ],
    silent: ['A Ukrainian adviser confirmed that Lysychansk is under full Russian control.'],
    note: '"We cannot say that X is occupied" is a denial (denial.cannot-say), not a refusal to confirm.',
  },
  {
    id: 'nonclaim.modal-gerund',
    kind: 'nonclaim',
    pattern: 'taking|capturing|seizing|retaking|holding ~{0,10} would|could|will|may|might',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Taking control of the town would allow Russian forces to cut supply lines to Bakhmut, the spokesman said.'],
    silent: ['Russian forces are taking control of the town, the spokesman said.'],
  },
  {
    id: 'nonclaim.scene-of',
    kind: 'nonclaim',
    pattern: '( , ( the|an|a )? ( scene|site|epicentre|epicenter ) | scene|site ) of',
    yields: { blocks: ['contest'], reach: 8 },
    fires: [
      'Bakhmut, the scene of some of the most intense combat of the war, lies to the north.',
      'Bakhmut, the epicentre of heavy fighting last winter, lies in ruins.',
    ],
    silent: ['Intense combat continues in Bakhmut, the governor said.'],
    note: 'Where fighting was, told as a description of the place, is background.',
  },
  {
    id: 'nonclaim.hard-to-say',
    kind: 'nonclaim',
    pattern: 'impossible|difficult|hard|early|premature|fair|safe to say|tell',
    yields: { blocks: ['attribution.verb'], reach: 0 },
    fires: [
      '“Fighting goes on in Lyman, it is too early to say the enemy holds the town,” the spokesman of the Ukrainian army said.',
      'It is hard to say whether Russian troops still hold Kozachi Laheri.',
    ],
    silent: ['Ukraine’s army did not say that Russian troops held Lyman.', 'It is time to say that the town has fallen, the general said.'],
    note: '"it is impossible to say", "too early to say": an infinitive no one speaks through; the speaker named where the quote closes says the sentence.',
  },
  {
    id: 'nonclaim.claimed-adjective',
    kind: 'nonclaim',
    pattern: 'the|its|their|a|an|his|her claimed|alleged|purported|reported|supposed|announced',
    yields: { blocks: ['attribution.verb'], reach: 0 },
    fires: ['Kyiv dismissed statements by Russia about the claimed capture of Pokrovsk.'],
    silent: ['Russia claimed the capture of Pokrovsk.'],
    note: '"the claimed capture": an adjective, not a report whose subject speaks.',
  },
  {
    id: 'nonclaim.confirmed-gains',
    kind: 'nonclaim',
    pattern:
      'made|make|makes|making|any|no|new|further|several|recent confirmed|reported|claimed|unconfirmed advances|advance|gains|gain|penetrations|penetration|infiltrations',
    yields: { blocks: ['attribution.verb'], reach: 0 },
    fires: [
      'The ISW assessed that Russian forces have recently made confirmed advances in western Siversk.',
      'Analysts said Russian troops had made no confirmed gains near Lyman.',
    ],
    silent: ['Russia claimed gains near Lyman on Tuesday.', 'Kyiv recently confirmed advances by Russian troops near Siversk.'],
    note: '"made confirmed advances": an adjective of the gains, not a report whose subject speaks.',
  },
  {
    id: 'nonclaim.leaving-result',
    kind: 'nonclaim',
    pattern:
      'leaving ( the )? ( towns|town|city|cities|villages|village|settlements|settlement ( of )? )? ~{1,5} bearing|reeling|devastated|damaged|destroyed|littered|scarred|without|with|under',
    yields: { blocks: ['concession.left'], reach: 0 },
    fires: ['The attacks grew, leaving the towns of Krasnopillia and Velyka Pysarivka bearing the brunt of the onslaught.'],
    silent: ['Ukrainian forces abandoned the town of Soledar, a spokesman said.'],
    note: '"leaving X bearing the brunt", "leaving the city without power": what an attack left a place with, not a side leaving it.',
  },
  {
    id: 'nonclaim.vehicles-staff-leave',
    kind: 'nonclaim',
    pattern:
      'residents|civilians|families|refugees|evacuees|buses|bus|ships|ship|vessels|vessel|carrier|convoy|convoys|employees|staff|journalists|reporters|administration ( !said|says|say|told|reported|claimed|confirmed|stated|added|noted|announced ~ ){0,4} left|leave|leaving|fled|flee|fleeing',
    yields: { blocks: ['concession.left'], reach: 0 },
    fires: [
      'Four evacuation buses had successfully left Huliaipole, the deputy prime minister said.',
      'Employees of the city administration have left Nova Kakhovka for safer areas, the statement said.',
      'Residents who managed to flee Vovchansk described constant shelling.',
    ],
    silent: ['Ukrainian forces left the town of Soledar, a spokesman said.', 'Residents said Russian troops had left Kherson overnight.'],
    note: 'Buses, ships, staff or residents a few words before "left" (not a report of what troops did): no side leaving a place (nonclaim.civilians-leave takes the verb right after the subject).',
  },
  {
    id: 'nonclaim.fled-to',
    kind: 'nonclaim',
    pattern: 'fled|flee|fleeing ( en masse )? to|towards|toward|into',
    yields: { blocks: ['concession.left'], reach: 0 },
    fires: ['Ukrainian troops fled to Siversk and Soledar after the fall of Lysychansk, the LPR envoy said.'],
    silent: ['Ukrainian troops fled Soledar, the LPR envoy said.'],
    note: 'Forces fleeing to a place have reached it, not left it.',
  },
  {
    id: 'nonclaim.cannot-leave',
    kind: 'nonclaim',
    pattern: "( cannot | n't | unable to | no way to | not be able to ) ( ADV )? leave|flee",
    yields: { blocks: ['concession.left'], reach: 0 },
    fires: ['The Ukrainian garrison is surrounded and cannot leave Myrnohrad, the Russian expert said.'],
    silent: ['The Ukrainian garrison has left Myrnohrad, the General Staff said.'],
    note: 'Forces that cannot leave a place have not left it.',
  },
  {
    id: 'nonclaim.held-event',
    kind: 'nonclaim',
    pattern:
      '( referendums|referendum|referenda|protests|protest|rallies|rally|talks|elections|election|vote|votes|prisoners|hostages|captives|detainees|civilians|POWs ( of war )? ( ~ )? held|kept | being held|kept | held|holding|holds|hold|kept|keeping|keep ~{0,2} hostage|captive|prisoner | keeping|keep|kept|keeps ( a )? ( close )? eye|watch | keeping|keep|kept|keeps ~{1,3} from|out|away )',
    yields: { blocks: ['control.hold'], reach: 0 },
    fires: [
      'After referendums held in Kherson last autumn, Moscow claimed the region as its own.',
      'Hundreds of prisoners are being held in Olenivka, the ombudsman said.',
      'The brigade kept Russian troops out of Chasiv Yar for months, the spokesman said.',
    ],
    silent: ['Ukrainian forces are holding the northern districts of Pokrovsk, the brigade said.'],
    note: 'Votes, protests and prisoners held in a place, an eye kept on it or an enemy kept from or out of it: no side is said to hold the place.',
  },
  {
    id: 'nonclaim.out-of-positions',
    kind: 'nonclaim',
    pattern: 'out of|from ( their|its|his|the|enemy|SIDE_ADJ )? positions|trenches|dugouts|strongholds|fortifications|firing',
    yields: { blocks: ['control.expelled', 'control.expelled-passive'], reach: 0 },
    fires: [
      'Ukrainian forces persisted in their offensive near Verbove, pushing the Russians out of their positions, the General Staff said.',
    ],
    silent: ['Ukrainian forces drove Russian troops out of Izium.'],
    note: 'Driven out of positions near a place: the place named before is not what they were driven from.',
  },
  {
    id: 'nonclaim.unclear',
    kind: 'nonclaim',
    pattern: '( unclear | uncertain | not clear | not known | unknown ) ( who|whether|if )? | who|whoever',
    yields: { blocks: ['control'], reach: 2 },
    fires: ['Rogov stated that Blahodatne was in a "gray zone" where it was unclear who was in control.'],
    silent: ['Rogov stated that Blahodatne was in Russian control.'],
    note: '"unclear who was in control", "who controls the town": a question, not an answer.',
  },
  {
    id: 'nonclaim.yes-no-question',
    kind: 'nonclaim',
    pattern: '^ "? is|are|was|were|does|do|did|has|have|had|can|could|will|would|should ( !?|,|;|:|—|"|. ~ ){1,15} ?',
    yields: { blocks: ['control', 'concession', 'contest', 'denial'], reach: 0 },
    fires: [
      'Does Russia control Bakhmut?',
      'Did the occupiers seize Pokrovsk in a semi-encirclement?',
      'Is there heavy fighting going on in Izium?',
      'Have Ukrainian forces really liberated Robotyne?',
    ],
    silent: [
      'Russian forces have captured Bakhmut, the ministry said.',
      'Russia says its forces have captured Bakhmut — is it true?',
      'Why did Ukraine withdraw from Avdiivka, the ministry asked, adding that the town was lost.',
      'How significant is the Russian withdrawal from Kherson?',
    ],
    note: 'A yes-no question ("Does Russia control Bakhmut?", a headline\'s "Did occupiers seize Pokrovsk?") asks what it would claim: from the sentence\'s first word (a quote\'s opening mark before it) up to the question mark, never across a comma, a dash or a quote (not "captured Bakhmut — is it true?"). A wh-question presupposes what it asks about ("Why did Ukraine withdraw from Avdiivka?", "How significant is the Russian withdrawal from Kherson?") and is left alone.',
  },
  {
    id: 'nonclaim.hold-idiom',
    kind: 'nonclaim',
    pattern:
      'hold|holds|held|holding ( talks|meetings|elections|off|back|out|responsible|accountable|power|flags|flag|banners|banner|placards|signs|portraits | a meeting|press|referendum | the line against | up )',
    yields: { blocks: ['control'], reach: 0, spare: 'flag|flags' },
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
    id: 'nonclaim.cannot',
    kind: 'nonclaim',
    pattern: "( cannot|can't ( ~ )? | NEG ( yet )? ( been )? able to )",
    yields: { blocks: ['control', 'contest'], reach: 10 },
    fires: [
      '"The Russians cannot go into the village of Kamianske and hold it," Voloshyn said.',
      '"As of now, they have not been able to directly enter the town – it is being well defended," he said.',
    ],
    silent: ['"The Russians hold the village of Kamianske," Voloshyn said.'],
    note: 'What a side cannot do is no claim that it has; the clause it governs may run long.',
  },
  {
    id: 'nonclaim.capture-of-people',
    kind: 'nonclaim',
    pattern:
      'capture|captures|encirclement of ( the )? SIDE_ADJ? military|troops|soldiers|servicemen|fighters|personnel|units|grouping|garrison | ( rather than | instead of ) ( to )? withdraw|withdrawing|retreat|retreating|leave|leaving|abandon|abandoning|surrender|surrendering',
    yields: { blocks: ['control', 'concession'], reach: 0 },
    fires: [
      'Cherevaty assured that the front line in Soledar was aligned: there was no encirclement or capture of the Ukrainian military.',
      'Zelensky ordered his military to reinforce, rather than withdraw from, Bakhmut.',
    ],
    silent: ['Cherevaty said the capture of Soledar was not confirmed.'],
    note: 'Troops captured are prisoners, not a place taken; a withdrawal set aside ("rather than withdraw") is no concession.',
  },
  {
    id: 'nonclaim.captured-people',
    kind: 'nonclaim',
    pattern:
      'troops|soldiers|servicemen|fighters|men|personnel|prisoners|mercenaries|conscripts ( who|that )? ( were|was )? captured|taken|seized ( prisoner|alive | in|as|by|during|near|at|on|and | , )',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['He described Ukrainian troops captured in Kursk as terrorists, the Kremlin said.'],
    silent: ['Ukrainian troops captured Kursk villages, the general staff said.'],
    note: 'People captured are prisoners, not a place taken; a capture with its place as object is still a claim.',
  },
  {
    id: 'nonclaim.captured-defending',
    kind: 'nonclaim',
    pattern: 'captured|taken ( prisoner|captive )? during|while|in ( the )? defense|defence|defending|battle|fighting|storming',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['The youngest defender was captured during the defense of Mariupol in April 2022, the ombudsman said.'],
    silent: ['Russia captured Mariupol in May 2022 after a long siege, the ombudsman said.'],
    note: 'Someone captured while defending a place is a prisoner; the place is not what was taken.',
  },
  {
    id: 'nonclaim.purporting',
    kind: 'nonclaim',
    pattern: 'purporting|purports|purported|claiming|alleging|supposedly to show|depict|prove',
    yields: { blocks: ['control', 'contest'], reach: 8 },
    fires: [
      'The battalion released a fabricated video purporting to show Ukrainian troops raising the Ukrainian flag in the center of Krasnoarmeisk.',
    ],
    silent: ['The battalion released a video showing Ukrainian troops raising the Ukrainian flag in the center of Krasnoarmeisk.'],
    note: 'What a video or photo purports to show is the maker’s allegation, told by someone who doubts it, not a claim the outlet makes.',
  },
  {
    id: 'nonclaim.flag-display',
    kind: 'nonclaim',
    pattern:
      '( residents|locals|people|protesters|demonstrators|crowds|fans|supporters|activists|volunteers|mourners|villagers|children|students|pupils ) ~{0,3} raised|hung|placed|hoisted|put|raising|hanging|placing|hoisting|putting ~{0,3} flag|flags | ( raised|hung|placed|hoisted|put|laid|draped|raising|hanging|placing|hoisting|laying|draping ) ~{0,3} flag|flags ~{0,5} on|over|from|onto|across|outside ( the|their|a|his|her|its|a|some )? ~{0,2} balconies|balcony|windows|window|cars|car|coffin|coffins|casket|caskets|grave|graves|tomb|tombs|memorial|cemetery | flag|flags ~{0,5} on|over|from|onto|across ( the|their|a|his|her|its|some )? ~{0,2} balconies|balcony|windows|window|cars|car|coffin|coffins|casket|caskets|grave|graves|tomb|tombs|memorial|cemetery',
    yields: { blocks: ['control'], reach: 0 },
    fires: [
      'Residents hung Ukrainian flags on their balconies in Kherson, the governor said.',
      'The Russian flag was placed on the mass grave in Bucha, Ukrainian officials said.',
      'Soldiers placed the national flag on the coffin of their comrade in Kramatorsk, the brigade said.',
    ],
    silent: ['Ukrainian soldiers placed the national flag on the roof of the administration building in Vovchansk, the army said.'],
    note: 'Flags that residents or mourners display, or that lie on balconies, coffins and graves, are no sign of who holds the place.',
  },
  {
    id: 'nonclaim.taken-to',
    kind: 'nonclaim',
    pattern: 'BE ADV? taken|brought|moved|transferred|relocated|evacuated to',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Most of the residents were taken to Belgorod, the governor said.'],
    silent: ['Belgorod was never taken, the governor said.'],
    note: 'People or things "taken to" a place are moved there; the place is not taken.',
  },
  {
    id: 'nonclaim.positions-object',
    kind: 'nonclaim',
    pattern: POSITIONS_TAKEN,
    yields: { blocks: ['control'], reach: 0 },
    fires: ['Russian forces had taken positions in the town of Vovchansk, the police chief said.'],
    silent: ['Russian forces had taken Vovchansk, the police chief said.'],
    note: 'Positions or buildings taken are the object, not the place after them (contest.positions-in reads a gain inside it).',
  },
  {
    id: 'nonclaim.positions-taken',
    kind: 'nonclaim',
    pattern: 'positions|lines|heights ( HAVE|BE )* ( ADV )? occupied|taken|seized|captured',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['More advantageous positions have been occupied in Kupyansk, the Ministry of Defense said.'],
    silent: ['Kupyansk has been occupied, the Ministry of Defense said.'],
    note: 'Positions taken in or near a place are a gain within it, not the place.',
  },
  {
    id: 'nonclaim.maintain-object',
    kind: 'nonclaim',
    pattern:
      'maintain|maintains|maintained|maintaining ( full|partial|effective|some|a )? control|positions|presence|foothold|their|its|our|defence|defense|defences|defenses|fighting|pressure|supply',
    yields: { blocks: ['attribution.verb'], reach: 0 },
    fires: ['The Ukrainian Armed Forces still maintain control over parts of the western outskirts of the city.'],
    silent: ['Kyiv maintains that its forces still hold the city, the army said.'],
    note: 'A side that "maintains control" or "maintains positions" holds something; it is not maintaining that something is so.',
  },
  {
    id: 'nonclaim.left-bank',
    kind: 'nonclaim',
    pattern: 'left|right ( \\( ~ \\) )? bank|banks|flank|flanks|side|wing',
    yields: { blocks: ['concession'], reach: 0 },
    fires: [
      "Ukrainian forces maintain fighting on the Dnieper's left bank around Krynky, the spokesman said.",
      // ("the left (eastern) bank": the side glossed in brackets.)
      'The ISW said Ukrainian forces took up positions on the left (eastern) bank of the Dnipro River in Kherson Oblast.',
    ],
    silent: ['Ukrainian forces left the bank of the river near Krynky, the spokesman said.'],
    note: 'The left bank of a river is a side of it, not a retreat.',
  },
  {
    id: 'nonclaim.against-relative',
    kind: 'nonclaim',
    pattern: 'against ~{0,6} that|which|who',
    yields: { blocks: ['contest'], reach: 3 },
    fires: ['Operations against enemy sabotage groups that infiltrated the city are ongoing in Kupiansk.'],
    silent: ['Enemy sabotage groups infiltrated the city, the General Staff said.'],
    note: 'A gain told to say who an operation is against ("actions against groups that infiltrated X") is background: the operation is the news.',
  },
  {
    id: 'nonclaim.neither-confirm',
    kind: 'nonclaim',
    pattern:
      '( neither confirm|confirmed nor deny|denied|refute|refuted|dispute|disputed | neither deny|denied|denies|refute|refuted|refutes nor confirm|confirmed|confirms | not confirm|confirmed or deny|denied|refute|refuted | not deny|denied or confirm|confirmed | declined to confirm or deny | declined to deny or confirm )',
    yields: { blocks: ['denial'], reach: 0 },
    fires: [
      'The Kremlin spokesman would neither confirm nor deny the report.',
      'Russia said it had captured Urozhaine; the Ukrainian army could neither confirm nor refute the claim.',
      'The Ukrainian command neither denied nor confirmed the Russian report about Urozhaine.',
    ],
    silent: ['The Kremlin spokesman denied the report.'],
  },
  {
    id: 'nonclaim.figurative-envelop',
    kind: 'nonclaim',
    pattern:
      'fog|smoke|darkness|silence|despair|fear|panic|gloom|snow|mist|flames|fire|sense|mood ~{0,3} enveloped|envelops|enveloping|envelop',
    yields: { blocks: ['contest'], reach: 0 },
    fires: ['Fog enveloped Pokrovsk on Monday as Russian forces attacked, the Ukrainian army said.'],
    silent: ['Russian troops have enveloped Bakhmut from three sides, the Ukrainian military said.'],
    note: 'Weather or a mood that envelops a town surrounds no one.',
  },
  {
    id: 'nonclaim.negated-denial',
    kind: 'nonclaim',
    pattern:
      "( not|n't|never | yet to | declined|refused|unable|hard|difficult to ) ( ADV )? deny|denied|refute|refuted|dispute|disputed|rebut|rebutted|dismiss|dismissed|reject|rejected",
    yields: { blocks: ['denial'], reach: 0 },
    fires: [
      "Russia said it had captured Vovchansk. Ukraine's military did not dispute Russian claims that Vovchansk had fallen.",
      "Russia said it had captured Vovchansk. Kyiv has yet to refute Moscow's claims that Vovchansk had fallen.",
      "Russia said it had captured Vovchansk. Ukraine's military declined to dispute Russian claims that Vovchansk had fallen.",
    ],
    silent: ["Ukraine's military disputed Russian claims that Vovchansk had fallen."],
    note: 'A denial said not to be made, or hard to make, is none; the claim it would have answered stands.',
  },
  {
    id: 'nonclaim.report-noun',
    kind: 'nonclaim',
    pattern:
      '( REPORT_DET|SIDE_ADJ|denied|denies|deny|denying|confirm|down|refuted|refutes|rejected|rejects|dismissed|dismisses|disputed|about claim|claims|report|reports|statement|statements|states|notes|shows | the|a|an|this|that SIDE claim|report|statement|assertion | about SIDE claim|claims|report|reports|statement|statements | to claims|reports|statements | military|media|news|intelligence|press|battlefield|frontline|front-line|field claims|reports|statements ,|.|;|" )',
    yields: { blocks: ['attribution.verb'], reach: 0 },
    fires: [
      'Russian reports of the capture were premature.',
      'According to reports, Russian troops have seized Kherson.',
      'Maliar called the Wagner claim a fake.',
      'The Ukrainian army does not confirm reports that Russian forces captured Stepove.',
      'Both armies are still battling for control of Yablukove, according to Ukrainian military reports.',
    ],
    silent: [
      'The ministry reports that the town was captured.',
      'Ukraine claims retaking control of nearly 90% of Kupiansk.',
      'Russia continues to claim it has seized Kupiansk.',
      'The Kremlin claims its forces have captured Bakhmut.',
      'Russian forces have captured Stepove, Reuters reports.',
    ],
  },
  {
    id: 'nonclaim.threat-of-loss',
    kind: 'nonclaim',
    pattern: 'threat|risk|danger|prospect|possibility|fear|fears of losing|surrendering|ceding|abandoning',
    yields: { blocks: ['concession'], reach: 0 },
    fires: ['The commander assured that there is currently no threat of losing Kupiansk, the Ukrainian army said.'],
    silent: ['Ukraine admitted losing Kupiansk, the commander said.'],
    note: 'A loss that is threatened, feared or ruled out has not happened.',
  },
  {
    id: 'nonclaim.roads-controlled',
    kind: 'nonclaim',
    pattern:
      'control|controls|controlled|controlling ( all|most|both|the | of the )* ( main|key|remaining|supply|last )? roads|road|routes|route|highways|highway|logistics|approaches|supply',
    yields: { blocks: ['control'], reach: 0 },
    fires: ['He confirmed that the Russian invaders control all roads to the city of Kupiansk, the Ukrainian governor said.'],
    silent: ['He confirmed that the Russian invaders control all of Kupiansk, the Ukrainian governor said.'],
    note: 'Holding the roads to a town, or its supply, under fire is no hold on the town.',
  },
  {
    id: 'nonclaim.report-later',
    kind: 'nonclaim',
    pattern: 'will|would|could|may|might ( ADV|soon )* be able to report|say|announce|declare|confirm that',
    yields: { blocks: ['control', 'concession'], reach: 8 },
    fires: ['At this rate, we will probably soon be able to report that the Kursk Region has been liberated, he said.'],
    silent: ['We are now able to report that the Kursk Region has been liberated, he said.'],
    note: 'What a side expects to be able to report has not yet been reported.',
  },
  {
    id: 'nonclaim.in-force',
    kind: 'nonclaim',
    pattern: 'entered|enters|enter|entering|came|comes|come|coming into force|effect',
    yields: { blocks: ['contest', 'control'], reach: 0 },
    fires: ['A local ceasefire has entered into effect in the area of the Zaporizhzhia Nuclear Power Plant, the IAEA said.'],
    silent: ['Russian troops entered the area of the Zaporizhzhia Nuclear Power Plant, the IAEA said.'],
    note: 'A ceasefire or a law that enters into force enters no place.',
  },
  {
    id: 'nonclaim.rejected-proposal',
    kind: 'nonclaim',
    pattern:
      'dismissed|dismisses|dismissing|rejected|rejects|rejecting|refused|refuses|refusing ( a|an|the|any|this|that )? ~{0,3} ceasefire|cease-fire|truce|proposal|proposals|plan|plans|offer|offers|deal|talks|request|appeal|initiative|agreement|ultimatum',
    yields: { blocks: ['denial'], reach: 0 },
    fires: ['The statement came a day after Russia dismissed a United Nations-backed four-day cease-fire in Mariupol.'],
    silent: ['Ukraine dismissed the Russian claim that Mariupol had fallen.'],
    note: 'Rejecting a ceasefire, a plan or an offer denies no one’s control.',
  },
  {
    id: 'nonclaim.disputed-adjective',
    kind: 'nonclaim',
    pattern:
      "the|a|an|this|that|these|those|its|their|'s disputed|contested area|areas|territory|territories|zone|zones|region|regions|border|land|lands|village|villages|town|towns|city|settlement|settlements|ground|strip|island|islands",
    yields: { blocks: ['denial'], reach: 0 },
    fires: [
      'The disputed area along the border is where these villages, including Borysivka and Pylna, were reportedly seized by Russian troops.',
    ],
    silent: ['Ukraine disputed the Russian claim that Pylna had been seized.'],
    note: '"the disputed area", "a contested village": the word describes a noun; it answers no claim.',
  },
  {
    id: 'nonclaim.launched-assault',
    kind: 'nonclaim',
    pattern:
      '( launch|launches|launched|launching|make|makes|made|making|mount|mounts|mounted|initiate|initiated|begin|began|begun|cancel|canceled|cancelled | step|steps|stepped up ) ~{0,4} assault|assaults|storming on|of',
    yields: { blocks: ['contest.storm'], reach: 0, spare: 'positions|streets|outskirts|part|parts' },
    fires: [
      'The Ukrainian army said Russian forces had launched a new assault on Pokrovsk.',
      'Russian occupiers made three assaults on Krynky overnight, the Ukrainian command said.',
    ],
    silent: [
      "Russian troops have launched nearly 20 assaults on defenders' positions in Huliaipole, the Ukrainian command said.",
      'Russian troops are storming Pokrovsk, the Ukrainian military said.',
    ],
    note: 'An assault launched on a place is an attack on it from outside (GUIDE: an offensive at a place is no fighting in it); assaults on positions inside it are.',
  },
  {
    id: 'nonclaim.to-encircle',
    kind: 'nonclaim',
    pattern:
      '( trying|attempting|try|tries|tried|attempt|attempts|attempted|seek|seeks|sought|aim|aims|aiming|want|wants|plan|plans|planning to ~{1,8} and|or ( then )? ( to )? encircle|surround|envelop|blockade|cut | !managed|manage|manages|succeeded|succeed|succeeds|able ~ to "? encircle|surround|envelop|blockade|cut|encircling|surrounding )',
    yields: { blocks: ['contest.encircled'], reach: 0 },
    fires: [
      'Russian forces are moving troops north to encircle Kostiantynivka, the Ukrainian army said.',
      'The governor said Moscow was sending more equipment to "cut off" Siversk from supplies.',
      'The spokesman said Russian troops are trying to cut Huliaipole from logistical routes and encircle the town.',
      'The enemy is trying to capture Huliaipole from the east and cut off the routes leading from Pokrovsk, he said.',
    ],
    silent: [
      'Russian forces managed to encircle Ukrainian units in Kurakhove, the ministry said.',
      'Ukrainian officials said Russian troops were encircled in Kupiansk.',
    ],
    note: 'An encirclement put as the purpose of a move ("to encircle X"), or as the second goal of an attempt ("trying to take X and cut off Y"), is a goal, not yet done; one a side managed is done.',
  },
  {
    id: 'nonclaim.encirclement-risk',
    kind: 'nonclaim',
    pattern:
      '( risk|threat|danger|prospect|possibility of ~{0,3} being encircled|surrounded|blockaded|enveloped | prevent|prevents|prevented|preventing ~{0,3} from ( fully|completely )? being encircled|surrounded|blockaded|enveloped | vulnerable "? to ( an|a|the )? encirclement|envelopment | key|prelude|preconditions|precondition to|for ( the )? ( further|eventual|future|full|complete )? encirclement|envelopment )',
    yields: { blocks: ['contest.encircled'], reach: 0 },
    fires: [
      '"As a result of the enemy\'s actions, there was a risk of the city being encircled," the spokesman said.',
      'Zelensky called the decision to withdraw troops from Avdiivka to prevent them from being encircled correct.',
      'Ukrainian forces "remain vulnerable" to an encirclement of Bakhmut from the north and south, analysts said.',
      'The Russians called its capture the key to the further encirclement of Bakhmut.',
    ],
    silent: ['Ukrainian units have been encircled in Pokrovsk, the ministry said.'],
    note: 'An encirclement named as a risk, a danger to prevent or a step still to come is no encirclement (nonclaim.threat reads the nearer "threat of encirclement").',
  },
];
