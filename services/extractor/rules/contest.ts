// Cues that call control unsettled: fighting inside a place, encirclement, infiltration, clearing, storming,
// efforts to retake, gains inside. The controller is the side said to be gaining (readers/contest.ts): the subject
// of an advance, the other side of whoever is pinned down, nobody for plain fighting.
import type { ContestRule } from './types.js';

const FIGHTING = 'fighting|fights|battles|battle|clashes|combat|hostilities';

/** "northern", "south-eastern": the side of a place its edge is on. */
const QUARTER =
  'north|south|east|west|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western';

/** "southern", "southern and eastern": the sides of a place a part of it is on, if named. */
const QUARTERS = `( ${QUARTER} ( and ${QUARTER} )? )?`;

/** "the outskirts of", "the southern and eastern outskirts of": a place's edge, on any of its sides. */
const OUTSKIRTS_OF = `( the )? ${QUARTERS} outskirts|suburbs|edge|edges of`;

/** "had taken positions", "regained some positions", "captured several buildings": a gain of positions, not of a place. */
export const POSITIONS_TAKEN =
  '( took|taken|take|takes|taking|captured|capturing|captures|seized|seizing|seizes|regained|regaining|retook|retaken|retaking|recaptured|recapturing|occupied|occupying ) ( over|back )? ( the|some|several|a|few|number|of|enemy|key|important|multiple|two|three|four|SIDE_ADJ ){0,3} positions|position|buildings|trenches|strongholds|strongpoints|blocks';

/** "are smoothly pushing the enemy out": an expulsion still under way (nonclaim.progressive-expulsion blocks it as done). */
export const EXPULSION_UNDER_WAY = 'BE ADV* PACE? pushing|driving|squeezing|forcing|expelling|ousting|knocking';

/**
 * "are slowly withdrawing from", "are being forced out of", "had been partially driven out of": a withdrawal still under
 * way, or made only in part (nonclaim.withdrawal-under-way blocks it as done). A plain "were withdrawing from" is told
 * of a withdrawal made or decided, as the labels read it.
 */
export const WITHDRAWAL_UNDER_WAY =
  '( BE ADV* gradually|steadily|slowly|partially|partly withdrawing|retreating|pulling ( out|back )? | BE ADV* being forced|pushed|driven|squeezed|knocked ( out )? | ( HAVE )? ( been )? "? partially|partly "? withdrawn|pushed|driven|forced|knocked ( out )? "? ) ~{0,3} ( out of | from )';

/**
 * "Ugledar is being steadily liberated", "Maryinka is being gradually liberated": a taking told in the progressive
 * passive is still under way (nonclaim.capture-under-way blocks it as done). Not "after being captured".
 */
export const CAPTURE_UNDER_WAY =
  'is|are|was|were ADV* PACE? being ADV* PACE? liberated|captured|retaken|recaptured|seized|cleared|freed|stormed|de-occupied|deoccupied';

/** "the liberation of", "the storming of": a taking told as a noun. */
export const CAPTURE_OF = 'liberation|capture|seizure|storming|takeover of';

/**
 * "the liberation of A and B continues", "fighting continues during the liberation of A": a capture still going on
 * (nonclaim.capture-continues blocks it as done).
 */
export const CAPTURE_GOING_ON = `${CAPTURE_OF} ~{1,12} continues|continue|continuing|ongoing | ${CAPTURE_OF} ~{1,12} BE ( still )? ongoing|continuing|underway | continues|continue|continuing|goes|going|ongoing ( on )? during|amid|in ( the course of )? the ${CAPTURE_OF}`;

const TO_HOLD = 'to hold|keep|retain|defend ( on to | onto | control of|over )? !back|off|out|up|warm|pace|going';

/**
 * "fighting fiercely to retain control of Soledar", "hard battles are going on to keep Soledar": a fight to hold a
 * place, still going on (not "fought to keep", a fight told as over), says nobody holds it yet (nonclaim.fight-to-hold
 * keeps control.hold and control.share from reading it as held).
 */
export const FIGHT_TO_HOLD = `battle|battles|fight|fights|fighting|struggle|struggles|struggling ( ADV|BE|fiercely|hard|desperately|doggedly|on|going|underway|ongoing|raging ){0,4} ${TO_HOLD}`;

/**
 * "hard battles are going on to keep Soledar", "a critical battle to hold the northern outskirts of Kupyansk": the
 * battle itself is a contest; a side "fighting to retain" a place, or "the fight to" hold it, is only its effort
 * (nonclaim.fight-to-hold), no claim.
 */
export const BATTLE_TO_HOLD = `battle|battles ( ADV|BE|on|going|underway|ongoing|raging ){0,4} ${TO_HOLD}`;

export const CONTEST_RULES: ContestRule[] = [
  {
    id: 'contest.heavy-fighting',
    kind: 'contest',
    pattern: `heavy|fierce|intense|street|urban|renewed|ongoing|house-to-house|close-quarters|bloody|serious|street-to-street|block-by-block|building-by-building|door-to-door ${FIGHTING}`,
    yields: { stance: 'CONTESTED' },
    fires: ['Ukraine’s General Staff reported heavy fighting in Bakhmut on Tuesday.'],
    silent: ['The battles of the past are over.'],
  },
  {
    id: 'contest.fought-for',
    kind: 'contest',
    pattern:
      '( BE ( being )? fought over|for | competing|vying|fight|fighting|battling for ( control of )? ( the )? town|city|village|settlement|control ( of )? | engaging|engaged ~{0,3} troops|forces|units inside|within )',
    yields: { stance: 'CONTESTED' },
    fires: [
      'The town of Dvorichna is being fought for by Russian and Ukrainian forces, British intelligence said.',
      'Russia is also competing for the town of Zakhidne, 4 km west of Oskil, the ISW said.',
      'Trehubov told Reuters that Kyiv’s forces were still engaging Russian troops inside Kurakhove.',
    ],
    silent: ['The two parties are competing for votes in Kharkiv.'],
  },
  {
    id: 'contest.broke-out',
    kind: 'contest',
    pattern: `${FIGHTING} ( HAVE|had )? ( also )? broke|broken|erupted|flared|begun|began|escalated|intensified|resumed ( out|up )? in|inside|around|for`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Telegram channels reported that fighting had broken out in the villages of Dronovka, Glotovo and Kozinka, Gladkov said.',
      'This footage confirms that the fighting has begun for Korenevo, Röpke emphasized.',
      'Ukraine’s top general said that fighting had escalated around the town of Huliaipole.',
    ],
    silent: ['Fighting broke out between the two delegations over the agenda.'],
  },
  {
    id: 'contest.taking-place',
    kind: 'contest',
    pattern: `${FIGHTING} ( with|against ~{1,4} )? ( BE|HAVE )? ( also|still|now )? ( been )? taking|takes|took place in|inside|within|around | taking|takes|took place on ${OUTSKIRTS_OF}`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Fighting with the Ukrainian Armed Forces is also taking place in the settlements of Grigorovka and Ivanovskoye, the ministry said.',
      'Battles are taking place on the outskirts of Kupiansk, the governor said.',
    ],
    silent: ['The talks took place in Istanbul.', 'Fighting is taking place near Kupiansk.'],
    note: 'Fighting that "takes place" in a place is fighting in it.',
  },
  {
    id: 'contest.fighting-centred',
    kind: 'contest',
    pattern: `${FIGHTING} ( HAVE|BE )? ADV* ( been )? ADV* centred|centered|concentrated|focused|focussed on|around|in|inside|near`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Fighting is concentrated around the railway station in Kupiansk, the governor said.',
      'Russian officials said the fighting has recently centred on the northern districts of Siversk.',
    ],
    silent: ['Attention has centred on Kupiansk, the governor said.', 'Media coverage is concentrated on Kupiansk, the governor said.'],
    note: 'Where the fighting is centred or concentrated is fought over.',
  },
  {
    id: 'contest.sees-fighting',
    kind: 'contest',
    pattern: `continue|continues|continued|continuing to see ( some of )? ( the )? ~{0,3} heaviest|fiercest|bloodiest|heavy|fierce|intense|intensive|daily|constant ${FIGHTING}`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'The Donetsk Oblast town of Toretsk continues to see some of the heaviest fighting of the war.',
      'Kupiansk continues to see fierce fighting every day, the governor said.',
    ],
    silent: [
      'Kupiansk saw heavy fighting in 2022.',
      'Residents continue to see heavy shelling in Kupiansk.',
      'Russian troops captured a village near Kupiansk, a section of the front which is seeing the heaviest fighting.',
    ],
    note: 'A place that goes on seeing heavy fighting is fought over; one that saw it is background.',
  },
  {
    id: 'contest.epicentre',
    kind: 'contest',
    pattern: `BE|remain|remains|remained|become|becomes|became ( now|still|also )? ( at )? ( the|an | one of the )? "? epicenter|epicentre|epicenters|epicentres of ~{0,3} ${FIGHTING}|war|confrontation|assault|offensive`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'The settlements of Bilohorivka, Bakhmut, Avdiivka and Marinka remain at the epicenter of hostilities.',
      'According to the General Staff, Bakhmut and Marinka remain the "epicenter" of the fighting.',
      'Soledar, a salt-mining town, is now the epicentre of the war.',
    ],
    silent: ['Kharkiv was the epicentre of the protests.', 'Bakhmut, the epicentre of fighting last winter, lies in ruins.'],
    note: 'A place that is (or remains) the epicentre of the fighting is fought over; as a description ("Bakhmut, the epicentre of fighting last winter") it is background (nonclaim.scene-of).',
  },
  {
    id: 'contest.fighting-in',
    kind: 'contest',
    pattern: `${FIGHTING} ( between ~{1,4} and ~{1,3} )? ( also|still )? ( HAVE ( also|still )? ( been )? )? ( continues|continued|continue|rages|raged|raging|persists|persisted|still|is|are|was|were | is ongoing | are ongoing | is under way | goes on | gone on | going on | remain|remains|remained active|ongoing )? ( heaviest|fiercest|hottest|heavy|fierce|intense | most intense|fierce|heavy | particularly|especially|very fierce|heavy|intense )? ( with|against ~{1,3} )? ( in|inside|within|around | on|in ${OUTSKIRTS_OF} | in and around )`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Fighting continues in the streets of Kostiantynivka, the Ukrainian group of forces said.',
      'Russian forces are fighting with Ukrainian troops in the towns of Selydove and Toretsk, Russian bloggers said.',
      'Fighting has raged around Bakhmut for more than 200 days.',
      'Clashes between Russian and Ukrainian forces continue on the outskirts of the villages of Vodolahy and Loknia, the governor said.',
      'Zelensky said the most severe of the frontline battles were in the eastern towns of Maryinka, Avdiivka and Bakhmut.',
      'Ukrainian authorities noted that fighting was heaviest around Kurakhove and Pokrovsk.',
      'The Ukrainian General Staff confirmed on August 26 that hostilities remain active in Kupiansk.',
    ],
    silent: ['The fighting ended last year.'],
  },
  {
    id: 'contest.recorded-in',
    kind: 'contest',
    pattern: `${FIGHTING}|engagements|skirmishes|firefights ( HAVE )? ( BE|been ) ( also|again )? recorded|reported|registered|observed ( in|inside|within|around | on ${OUTSKIRTS_OF} )`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Voloshyn added that several combat clashes were also recorded in Huliaipole itself over the past day.',
      'Combat engagements were registered in Robotyne, the Ukrainian army spokesman said.',
    ],
    silent: ['Clashes were reported near Plechevka, the governor said.', 'Attacks were recorded in Kupiansk, the governor said.'],
    note: 'Fighting a side reports as recorded in a place is fighting in it; near it is not.',
  },
  {
    id: 'contest.fighting-goes-on',
    kind: 'contest',
    pattern: `( ${FIGHTING} ( there|here )? | combat operations ) ( BE )? ( still|also|now|currently|already )? ( ongoing|continuing|underway|raging | going on | under way | taking place | in progress | continue|continues|continued|rage|rages|raged|persist|persists|persisted | go on | goes on )`,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Russia says it has taken Soledar. "The fighting is going on in the city," Ukraine’s military spokesman Serhii Cherevaty said.',
      'In Bakhmut the fighting is still going on, Ukraine says.',
      'Russia says it has taken Bakhmut, but Ukraine refutes that claim, saying that the fighting there is ongoing.',
      'Russian units are advancing on solid ruins, and fighting is already underway on the territory of Azovstal.',
    ],
    silent: ['The fighting is over, the governor said.'],
  },
  {
    id: 'contest.there-is-fighting',
    kind: 'contest',
    pattern: `there BE ADV* ( heavy|fierce|intense|street|ongoing )? ${FIGHTING} there|here`,
    yields: { stance: 'CONTESTED', unnamed: true },
    fires: ['Russia says it has taken Bakhmut. "As of now, there is fighting there," a Ukrainian spokeswoman said.'],
    silent: ['There is fighting near the border, the governor said.'],
    note: 'Fighting "there" is in the place the story is about.',
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
    id: 'contest.streets',
    kind: 'contest',
    pattern: 'in|on the streets of',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['"The enemy is taking positions on the streets of Vovchansk," Ukraine’s regional governor Oleh Syniehubov said.'],
    silent: ['Residents took to the streets to celebrate.'],
  },
  {
    id: 'contest.encircled',
    kind: 'contest',
    pattern:
      '( encircle|encircled|encircles|encirclement|encircling|surround|surrounded|surrounding|surrounds|semi-encircled|semi-encirclement|half-encircled|half-encirclement|blockaded|blockade|cauldron|enveloped|envelops|enveloping|envelopment | cut off | sealed off )',
    yields: { stance: 'CONTESTED', pinned: true },
    fires: [
      'Ukrainian officials said Russian troops were encircled in Kupiansk.',
      "Ukraine's military said that Russia, despite surrounding Myrnohrad, has yet to cut the routes.",
      'Russian forces also surround Mariupol, where fighting is reported, the Ukrainian army said.',
      'Pushilin said the city of Lyman had been "half-encircled" by Ukrainian troops.',
      'Russian troops have enveloped Bakhmut from three sides, the Ukrainian military said.',
    ],
    silent: ['Russian troops cut the power lines.', 'Russian forces are trying to surround Pokrovsk, the army said.'],
  },
  {
    id: 'contest.tightening',
    kind: 'contest',
    pattern: 'tighten|tightens|tightened|tightening ( the|their|its|a )? grip|noose|ring|encirclement|stranglehold around|on|in',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Russia claimed on Tuesday its forces are tightening their grip around Ukrainian troops in Pokrovsk.',
      'Russian troops push deeper into the two cities, tightening the noose around Myrnohrad, analysts said.',
    ],
    silent: ['The government tightened its grip on the media, Kyiv said.'],
    note: 'A side closing in on a place, or on the troops in it, is gaining there.',
  },
  {
    id: 'contest.trapped',
    kind: 'contest',
    pattern:
      '( blocked|trapped|besieged | bottled up ) inside|in|within|at | BE|HAVE ( been )? ( completely|fully|effectively|practically|almost|entirely )? blocked|blockaded by',
    yields: { stance: 'CONTESTED', pinned: true },
    fires: [
      'Russian troops are "effectively blocked inside Kupiansk", a Ukrainian military spokesman said.',
      'Over the past 24 hours, the cities of Kherson and Berdyansk have been completely blocked by the Russian armed forces.',
    ],
    silent: ['The road was blocked by debris.'],
    note: 'Troops held in a place, or a place cut off by a side: the side that blocks gains.',
  },
  {
    id: 'contest.blocked',
    kind: 'contest',
    pattern:
      'block|blocks|blocking|blocked|blockaded ( off )? ( the|a town|city|cities|village|villages|settlement|settlements|towns | ~{0,4} troops|units|forces|soldiers|servicemen|grouping|battalions|militants|fighters|occupants|enemy in|inside|at|within )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'The Russian military has blocked up to 700 Ukrainian troops in Kupyansk and has already destroyed 250 of them, the Russian Defence Ministry said.',
      'The groups of the Armed Forces of Russia blocked the town of Lisichansk from the south, the Russian Defence Ministry said.',
      'Russian armed forces have completely blocked off the cities of Kherson and Berdyansk, the Defense Ministry said.',
    ],
    silent: ['Ukrainian forces are blocking an advance to Sloviansk, the army said.', 'Protesters blocked the road to Kyiv.'],
    note: 'A side that blocks troops in a place, or the place itself, is gaining there (contest.trapped reads the troops blocked).',
  },
  {
    id: 'contest.pockets-of-resistance',
    kind: 'contest',
    pattern: 'pocket|pockets of resistance in|inside|within',
    yields: { stance: 'CONTESTED', pinned: true },
    fires: ['"At the moment, there are still some small pockets of resistance in Soledar," a Russian-installed politician said.'],
    silent: ['It is the last pocket of resistance to the reform in parliament.'],
    note: 'Resistance still holding out in a place: the side that fights it is gaining there.',
  },
  {
    id: 'contest.withdrawing',
    kind: 'contest',
    pattern: WITHDRAWAL_UNDER_WAY,
    yields: { stance: 'CONTESTED', losing: true },
    fires: [
      'Russia’s army said Saturday that some Ukrainian military units were gradually withdrawing from the key city of Sievierodonetsk.',
      'Ukrainian troops are also being forced out of Urozhaine and Staromaiorske, Vladimir Rogov said.',
      'The General Staff said the Russian military had been partially driven out of Vovchansk.',
    ],
    silent: ['Ukrainian troops withdrew from Urozhaine, Vladimir Rogov said.', 'Ukraine’s army said it was withdrawing from Vuhledar.'],
    note: 'A withdrawal still under way has not yet given up the place: the side leaving is losing ground, the other gaining (LABELS.md: forces "withdrawing ... but have not yet left entirely").',
  },
  {
    id: 'contest.being-taken',
    kind: 'contest',
    pattern: CAPTURE_UNDER_WAY,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      '"Ugledar is being steadily liberated from the occupation step by step," Rogov said.',
      'The village of Pisky is currently being cleared, the Russian defence ministry said.',
    ],
    silent: ['Ugledar has been liberated, Rogov said.', 'The soldiers were shot after being captured, Ukraine’s ombudsman said.'],
    note: 'A taking still under way is a contest the taking side is winning (LABELS.md: "efforts are ongoing to retake full control").',
  },
  {
    id: 'contest.pushing-out',
    kind: 'contest',
    pattern: `${EXPULSION_UNDER_WAY} ~{0,3} out of|from`,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Marochko said Russian troops are smoothly pushing the enemy out of the territory of the LPR in this area.',
      'In Artemovsk itself, the Wagner fighters are squeezing the enemy out of the city of Bakhmut.',
    ],
    silent: ['Ukrainian forces drove Russian troops out of Izium.'],
    note: 'An expulsion still going on is a contest the expelling side is winning; nonclaim.progressive-expulsion keeps control.expelled from reading it as done.',
  },
  {
    id: 'contest.eliminating',
    kind: 'contest',
    pattern:
      '( eliminating|destroying|neutralising|neutralizing | finishing off | operations|operation to destroy|eliminate|neutralise|neutralize ) ( the )? ( remaining | remnants of the | encircled | trapped | surrounded )? SIDE_ADJ? occupiers|invaders|enemy|units|troops|groups|forces|soldiers|servicemen|militants|saboteurs ( who )? ~{0,3} in|inside|on|at|within',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Ukrainian defenders are eliminating Russian occupiers on the outskirts of Myrnohrad, the Ukrainian army said.',
      'The Russian ministry said its forces were destroying the remaining Ukrainian units in Kupiansk.',
      'Russia’s Yug battlegroup is conducting operations to destroy enemy formations in Konstantinovka, Gerasimov said.',
    ],
    silent: ['Ukrainian drones destroyed a Russian tank near Bakhmut, the army said.'],
    note: 'Fighting down the enemy inside a place is a contest the side doing it is winning.',
  },
  {
    id: 'contest.being-eliminated',
    kind: 'contest',
    pattern:
      'SIDE_ADJ? occupiers|invaders|enemy|units|troops|groups|forces|soldiers|saboteurs BE ( now|still|currently )? being eliminated|destroyed|neutralised|neutralized|wiped|cleared ( out )? ~{0,3} in|inside|on|at|within',
    yields: { stance: 'CONTESTED', losing: true },
    fires: ['"The enemy is being eliminated on the outskirts of Robotyne," the Ukrainian general wrote.'],
    silent: ['The enemy was eliminated near Robotyne, the Ukrainian general said.'],
    note: 'A side being fought down inside a place is losing ground there: a contest the other side gains.',
  },
  {
    id: 'contest.neither-controls',
    kind: 'contest',
    pattern:
      'neither ~{1,10} nor ~{1,12} ( BE|HAVE )? ADV* ( fully|completely|entirely )? controlling|control|controls|controlled|holding|hold|holds',
    yields: { stance: 'CONTESTED' },
    fires: [
      'Neither Ukrainian troops nor forces of the Donetsk People’s Republic (DPR) are fully controlling the city of Svyatogorsk, Denis Pushilin said.',
    ],
    silent: ['Russian forces are fully controlling the city of Svyatogorsk, Denis Pushilin said.'],
    note: 'A place neither side holds is contested; nonclaim.negated-control keeps it from reading as anyone’s control.',
  },
  {
    id: 'contest.capture-continues',
    kind: 'contest',
    pattern: CAPTURE_GOING_ON,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'The liberation of the settlements of Novy Donbass and Belitskoye continues, Gerasimov added.',
      'Street fighting continues during the liberation of Gulyai Pole in the Zaporozhye region, Gerasimov added.',
    ],
    silent: ['The liberation of Kherson was celebrated, the Ukrainian army said.'],
    note: 'A capture still going on is a contest its side is winning; nonclaim.capture-continues keeps control.nominal from reading it as done.',
  },
  {
    id: 'contest.infiltrated',
    kind: 'contest',
    pattern: 'infiltrated|infiltrating|infiltration|infiltrate',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: ['Russian assault groups infiltrated Pokrovsk, the Ukrainian brigade said.'],
    silent: ['Spies have been active for years.'],
  },
  {
    id: 'contest.continue-taking',
    kind: 'contest',
    pattern:
      'continue|continues|continued|continuing ( to )? ( liberate|liberating|free|freeing | clear|clearing ( out )? !the|rubble|debris|mines|snow | clear|clearing ( out )? the !rubble|debris|mines|roads|snow|way|path|bodies|ruins|wreckage )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Servicemen of the LPR People’s Militia together with the Russian Armed Forces continue to liberate Popasnaya from Ukrainian forces.',
      'The Defense Forces continue to clear Pokrovsk of Russian invaders, the General Staff said.',
      '“Our defenders continue to clear the settlement,” Maliar said of Klishchiivka.',
    ],
    silent: [
      'The Defense Forces liberated Pokrovsk, the General Staff said.',
      'In Kharkiv, rescuers continue to clear the rubble, the governor said.',
    ],
    note: 'A taking told as going on ("continue to liberate X") is not done: the place is fought over, the subject gaining.',
  },
  {
    id: 'contest.fight-to-hold',
    kind: 'contest',
    pattern: BATTLE_TO_HOLD,
    yields: { stance: 'CONTESTED' },
    fires: [
      'Ukraine’s deputy defence minister, Hanna Maliar, claimed that “hard battles are going on to keep Soledar”.',
      'Ukrainian troops are engaged in a critical battle to hold the northern outskirts of Kupyansk, Marochko said.',
      'The Ukrainian army said the battle to retain control over Lyman goes on.',
    ],
    silent: [
      'Vuhledar, a town Ukrainian forces fought to keep, fell to the Russians, the ministry said.',
      'Ukraine said its forces were fighting fiercely to retain control of Soledar.',
      'A Ukrainian officer said the battle to hold back Russian troops near Kupyansk goes on.',
      'The battle to hold Bakhmut cost thousands of lives, Ukraine’s army said.',
    ],
    note: 'A battle going on to hold a place is a contest nobody is said to be winning: no controller.',
  },
  {
    id: 'contest.clearing',
    kind: 'contest',
    pattern:
      '( clearing | mopping up | mop-up | mopping-up | cleanup|clean-up of | cleanup|clean-up|mop-up|sweep|clearance operations|operation | clear|clears ~{1,4} of|from ( the )? ( remaining|last )? SIDE_ADJ troops|forces|units|groups|soldiers|servicemen|militants|invaders|occupiers | clear|clears ~{1,4} of|from ( the )? ( remaining|last )? enemy|invaders|occupiers|occupants|saboteurs|militants | sweeping | combing | search-and-destroy | search-and-strike | search-and-assault | counter-sabotage | search and assault | " cleaning|cleansing ( up )? " | cleaning|cleansing up ( the|remaining )? invaders|occupiers|occupants|enemy|saboteurs|SIDE_ADJ | elimination|destruction of ( the )? remaining ( SIDE_ADJ )? troops|forces|units|groups|invaders|occupiers|enemy | search|hunt for ( the )? remaining ( SIDE_ADJ )? troops|forces|units|groups|invaders|occupiers|enemy )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Clearing Izium of the remaining Russian groups goes on, Ukraine’s command said.',
      'As of today, the Ukrainian Defense Forces are "cleaning up" Russian invaders from Kupyansk, the army said.',
      'The General Staff said search-and-strike operations are ongoing in Yampil.',
      'The cleanup of Sudzha in the Kursk region continues, the Russian defence ministry said.',
      "Russia's defence ministry said its forces were engaged in clean-up operations against Ukrainian forces around Myrnohrad.",
      'The elimination of the remaining Russian troops in Vilkhivka continues, the Ukrainian army said.',
      'The Ukrainian army said the search for the remaining Russian forces in Kherson continues.',
      'According to Shoigu, the Russian military currently clear Avdiivka of enemy forces that took refuge at the coke plant.',
      'Inside Kupyansk, clearance operations against remaining Russian troops are ongoing, Ukraine’s army said.',
      'Ukrainian soldiers destroy the enemy, clearing Vovchansk of Russian subversive groups, the governor said.',
    ],
    silent: [
      'The sky was clear.',
      'Sappers clear the roads near Izium of mines, the Ukrainian army said.',
      'Russian units took Urozhaine and are clearing it of mines, the ministry said.',
      'Rescue workers were cleaning up debris in Dnipro after the strike, a Ukrainian official said.',
      'Ukraine accused Russia of ethnic cleansing in occupied Kherson, the Ukrainian army said.',
      'Shelling led to the destruction of the remaining bridges in Vilkhivka, the Ukrainian army said.',
    ],
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
    id: 'contest.present-in',
    kind: 'contest',
    pattern: `are|were ( now|already|still|reportedly )? in|inside|on|within|at ( the )? ${QUARTERS} suburb|suburbs|outskirts|centre|center|streets|heart|downtown of`,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Russian forces are in the suburbs of Pokrovsk, a Ukrainian commander said.',
      'Russian military bloggers said that Moscow’s forces were at the southern outskirts of Robotyne.',
    ],
    silent: [
      'The village is in the Donetsk region, the governor said.',
      'The city is on the outskirts of rebel-held territory, the governor said.',
      'Many civilians are in the centre of Kherson, a Ukrainian official said.',
    ],
    note: 'Troops (plural: a place is singular) inside the edges or the centre of a place have got in: a gain there, not its control.',
  },
  {
    id: 'contest.already-in-town',
    kind: 'contest',
    pattern: 'is|are|was|were ( even|now|reportedly|also )? already in|inside the city|town|village|settlement !of',
    yields: { stance: 'CONTESTED', gaining: true, unnamed: true },
    fires: ['Kherson is being liberated. Zelensky said special units of the Ukrainian army were already in the city.'],
    silent: ['Kherson was liberated. Zelensky said the Ukrainian army had been in the city since morning.'],
    note: 'Troops already in "the city" the story is about have got into it.',
  },
  {
    id: 'contest.neither-side',
    kind: 'contest',
    pattern:
      '( neither ( of the | one of the )? side|sides|party|parties|army|armies ( HAVE )? ( yet|fully|completely|entirely )? ( absolute|full|complete|total|effective )? control|controls|controlled|holds|held | controlled|held ( fully|completely|entirely )? by neither )',
    yields: { stance: 'CONTESTED' },
    fires: [
      'The southern command said neither side fully controls the Kinburn Spit yet.',
      'Officials confirm that neither of the sides has full control of Andriivka and Klishchiivka.',
      'Half of Pokrovsk lies in an area controlled by neither side, DeepState said.',
    ],
    silent: ['Neither side commented on the shelling of Kherson.'],
    note: 'A place neither side controls is fought over, held by nobody (contest.neither-controls reads "neither A nor B").',
  },
  {
    id: 'contest.reached-town',
    kind: 'contest',
    pattern: `( ( almost|nearly )? reached|reach|reaches|reaching | ( advanced|advancing|advance|pushed|pushing|moved|moving|broke|broken ) ( through )? ~{0,3} to|into|towards ) ( the )? city|town|village|settlement 's? ${QUARTERS} outskirts|suburbs|centre|center|edge|edges|heart|limits|core !of`,
    yields: { stance: 'CONTESTED', gaining: true, unnamed: true },
    fires: [
      'Fighting for Kurakhove went on. Russian forces had reached the town’s centre, a regional official said.',
      'Avdiivka was under attack. Putin said in late January that Russian troops had reached the city’s outskirts.',
      'Kupiansk is under attack. Russian assault troops managed to advance about two kilometres into the city’s core, the Russian ministry said.',
    ],
    silent: ['Russian drones reached the city centre of Kharkiv.', 'Russian shelling reached the city outskirts, the governor said.'],
    note: 'Reaching the edge or the centre of "the town" the story is about is getting into it.',
  },
  {
    id: 'contest.holding-back',
    kind: 'contest',
    pattern:
      "( ( ( holding|hold|holds|held ) back | stopping|stop|stops|halting|halt|halts|containing|contain|contains ) ( the )? enemy|russians|russian|ukrainians|ukrainian|occupiers|invaders ( forces|troops|army|units )? in|inside|near|around | blocking|block|blocks|blocked|halting|halt|halts|halted|stopping|stop|stops|stopped|holding ( back )? ( the )? ( enemy|russian|russians|ukrainian )? ( 's )? ( attempts|attempt to )? advance|advances|advancing )",
    yields: { stance: 'CONTESTED' },
    fires: [
      'The Armed Forces of Ukraine are holding back the Russians in Myrnohrad, Syrskyi said.',
      '"We are stopping the enemy in Kupiansk," the commander said.',
      'In central Kostiantynivka, Ukrainian soldiers are blocking the enemy’s advance, the brigade said.',
    ],
    silent: [
      'Ukrainian units held back their fire near Kupiansk.',
      'The rains stopped in Kupiansk.',
      'The police stopped the traffic in Kupiansk.',
    ],
    note: 'Holding the enemy back in a place, or blocking its advance there: the place is fought over.',
  },
  {
    id: 'contest.reached',
    kind: 'contest',
    pattern: `( reached|reach|reaches|reaching | advanced|advancing|pushed|moved to|towards | broke through to ) ( the )? ${QUARTERS} outskirts|suburbs|centre|center|edge|edges|heart of`,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'According to Russian military bloggers, Russian assault groups have reached the centre of Kostiantynivka.',
      "Russia's army has advanced to the outskirts of Pokrovsk, the ISW said.",
      'A Kremlin-affiliated milblogger has claimed that Ukrainian forces have reached the northern outskirts of Novoprokopivka.',
    ],
    silent: ['Russian shelling reached the outskirts of Kharkiv, the governor said.'],
    note: 'Reaching the edge or the centre of a place is getting into it.',
  },
  {
    id: 'contest.verge',
    kind: 'contest',
    pattern: 'verge|brink|cusp of ( complete|full|total )? liberation|capture|capturing|liberating|fall|falling|encirclement',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      '“The most important city, which is now on the verge of complete liberation, is Vovchansk,” said Vitaly Ganchev, a Russian-installed official.',
    ],
    silent: ['The talks are on the verge of collapse, the ministry said.'],
    note: 'A place about to be taken is fought for, not yet held.',
  },
  {
    id: 'contest.engulfed',
    kind: 'contest',
    pattern: 'engulfed|gripped|rocked|consumed by|in fighting|battles|clashes|combat',
    yields: { stance: 'CONTESTED' },
    fires: ['Nazar Voloshyn said built-up areas of Toretsk were engulfed by fighting.'],
    silent: ['The city was rocked by explosions overnight, the mayor said.'],
  },
  {
    id: 'contest.foothold',
    kind: 'contest',
    pattern:
      '( gained|gain|gains|gaining|got|gotten|get|gets|getting|obtained|secured|established|establish|won|has|have|had ) a|their|its foothold in|inside|on',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Russian troops have gained a foothold in Toretsk, DeepState said.',
      'Ukrainians got a foothold in the northern part of Robotyne, the Russian-installed governor said.',
    ],
    silent: ['Russian troops lost their last foothold in the region, the ministry said.'],
    note: 'A foothold inside a place is a gain there, not its control.',
  },
  {
    id: 'contest.positions-in',
    kind: 'contest',
    pattern: `${POSITIONS_TAKEN} ( in|inside|within | on ${OUTSKIRTS_OF} )`,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      "Vovchansk's police chief said Russian forces had taken positions in the town of Vovchansk.",
      'The ISW said that Ukrainian forces recently regained some positions in Vovchansk.',
      'Russian troops have captured several buildings on the outskirts of Toretsk, DeepState said.',
    ],
    silent: ['Russian forces captured positions near Toretsk, DeepState said.'],
    note: 'Positions or buildings taken inside a place are a gain there, not the place (nonclaim.positions-object).',
  },
  {
    id: 'contest.advance',
    kind: 'contest',
    pattern: `( advance|advanced|advances|advancing|pushing|pushed|pushes|pressing|pressed|presses|broke|broken|burst|moved|moving|moves|wedged|edged|edging|inched|inching "? ( deeper|significantly|considerably|slightly|forward|further ( east|west|north|south )? )? "? ( ( up to | about|around|some|nearly|almost|another )? NUM ( to|or|— NUM )? metres|meters|kilometres|kilometers|km|miles )? ( ( towards|toward the ( city|town )? centre|center )? in|into|inside | towards|toward the ( city|town )? centre|center of ) | advancing|advanced around | advance|advanced|advances|advancing on ${OUTSKIRTS_OF} | broke|broken|breaking through ~{0,4} in|into | made|making|make ( rapid|significant|some|further|steady|slow|new )? progress|headway|inroads in|into | entered|enters|entering|enter | fought|fighting|fights its|their way into | breached|breaching|penetrated|penetrating|penetrate|penetrates )`,
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Russian forces advanced into Vovchansk, the governor said.',
      'The Wagner Group said its forces had advanced up to 400 metres in parts of Bakhmut.',
      'Prigozhin said that his forces have advanced some 100 to 150 metres in Bakhmut.',
      'A source reported that Ukrainian forces broke into Verbove on 22 September.',
      'Russian forces have "advanced significantly" into the village of Novopokrovka, Kremlin-installed officials said.',
      'The Russian Volunteer Corps said that its forward units had pushed further east into the town of Graivoron.',
      'Russian troops are moving deeper into the besieged city of Sievierodonetsk, the governor said.',
      'Russian troops were slowly advancing towards the city centre in Sievierodonetsk, the governor said.',
      'Russian troops were also pushing forward in Pokrovsk, the ministry said.',
      'Moscow is also pressing into the hilltop city of Chasiv Yar, the Ukrainian army said.',
      'Ukrainian forces are advancing on the outskirts of Bakhmut, the deputy minister said.',
      'The Ukrainian military broke through the Russian defences in Verbove.',
      'Russian forces have made rapid progress into the town of Selydove, bloggers said.',
      'The spokeswoman said enemy troops had managed to penetrate the city of Toretsk.',
      'On April 24 Kyiv admitted that Russian infantry had fought its way into the suburbs of Popasna.',
      'Russian forces have edged toward the center of Bakhmut from the east, south and north.',
      'Kyiv says Ukrainian troops are advancing around Bakhmut while Russia is bulking up forces.',
    ],
    silent: [
      'Russian forces advanced slowly.',
      'Russian troops were moving towards Pokrovsk, the governor said.',
      'Ukrainian forces continue to advance around Bakhmut, the General Staff said.',
    ],
  },
  {
    id: 'contest.assault-inside',
    kind: 'contest',
    pattern:
      '( assault|storming operations|operation|actions|action | assault|storm groups|teams|units|detachments ( BE ( now|already|still|also )? ( active )? ) | assaults ( BE )? ( going on | continue|continuing|ongoing|underway ) ) ( BE ( also|still|now )? ( underway|ongoing | under way | going on ) )? ( in|inside|within ( the|this ( city|town|village|settlement ) of )? !the|this|direction|area|areas|sector|sectors|directions|vicinity|zone | in|inside|within the|this city|town|village|settlement !of )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'The enemy, with support of artillery, carried out assault operations in the city of Severodonetsk, the Ukrainian military said.',
      'Active assault operations are underway in Klishchiivka, the statement said.',
      'Ganchev reported that Russian assault teams are already in Kupyansk, driving Ukrainian forces away.',
      'Active Russian assaults are going on in Vovchansk, the army said.',
    ],
    silent: [
      'In the Bakhmut direction, the invaders carried out assault operations in the direction of the settlement of Orekhove.',
      'Russian troops have resumed assault operations in the area of Orikhiv.',
      'The Russian occupiers are preparing assault operations in the Orikhiv direction.',
      'Assault operations in Syria ended years ago.',
    ],
    note: 'Assault operations, groups or assaults at work inside a place: a contest the side assaulting gains. Those aimed "in the direction of" or "in the area of" a place are not inside it.',
  },
  {
    id: 'contest.advanced-within',
    kind: 'contest',
    pattern:
      '( advance|advances|advanced|advancing "? ( further|deeper|marginally|significantly|considerably|slightly|gradually|steadily|slowly )? "? within ( the ( boundaries|limits|confines ) of | the city|town|village|settlement of )? !the|some|about|a|an|several|range|striking|reach | made|make|makes|making|achieved|achieving|achieves ( rapid|significant|some|further|steady|slow|new|slight|minor|marginal|considerable|major|confirmed|continued|fresh )? advances around|within )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'ISW said that Russian forces recently marginally advanced within Vovchansk.',
      'The ISW reported that the Russian army had advanced within the boundaries of Kurakhove.',
      'Both Ukrainian and Russian sources are reporting that Ukraine has made significant advances around Bakhmut.',
    ],
    silent: [
      'The ministry said Russia was still likely to be planning deeper advances within the region.',
      'Ukrainian forces made advances around the clock, the army said.',
      'Russian forces have advanced within striking distance of Kramatorsk.',
    ],
    note: 'An advance within a place, or advances made around it: a contest the side advancing gains (contest.advance reads "advanced in", "into").',
  },
  {
    id: 'contest.close-to',
    kind: 'contest',
    pattern:
      '( ( close|closer|near ) to | on the verge of ) ( fully|completely )? ( driving|pushing|capturing|taking|seizing|encircling|surrounding|cutting|completing|clearing|liberating | being liberated|captured|taken|seized|encircled|surrounded )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      "Russian troops are close to driving Ukrainian troops from their last foothold in Sudzha, Russia's Defence Ministry said.",
      'Pushilin announced that the cities of Soledar and Artemovsk were close to being liberated.',
    ],
    silent: ['The village lies close to the border.'],
    note: 'Close to taking a place is not holding it: the place is fought for, and the subject is gaining.',
  },
  {
    id: 'contest.for-which',
    kind: 'contest',
    pattern:
      'for which ( there )? BE ( still|now|currently )? ( fierce|heavy|intense|ongoing|bloody|continuing|stubborn )? battles|fighting|fights|clashes',
    yields: { stance: 'CONTESTED' },
    fires: ['The factory is located near the villages of Udachnoye and Kotlino, for which there are battles.'],
    silent: ['The villages for which the brigade was named lie to the east.'],
    note: 'A place "for which there are battles" is fought over (no side is said to gain).',
  },
  {
    id: 'contest.fight-to-liberate',
    kind: 'contest',
    pattern:
      'battle|battles|struggle|fight|fighting|fights|fought|clashes|offensive|operation|operations ( is|are|was|were|continue|continues|continued )? for the liberation of',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Fighting for the liberation of Ugledar is already underway inside the town, said the head of the republic, Denis Pushilin.',
      'Marochko emphasized that Russian servicemen "continue to fight for the liberation of Makeyevka."',
      'Russian units continue fighting for the liberation of Kurakhove, the ministry said.',
    ],
    silent: [
      'The liberation of Kherson was celebrated on Friday.',
      // "fighting to liberate": a goal (nonclaim.goal), not fighting in the place.
      'Ukrainian troops are fighting to liberate Kherson, the southern command said.',
    ],
    note: 'A side fights "for the liberation" of a place in its own words: the one fighting to take it is gaining, not only fighting.',
  },
  {
    id: 'contest.battle-for',
    kind: 'contest',
    pattern:
      '( battle|battles|struggle|fight|fighting|clashes for | fights|battles|fighting BE ( ongoing|going on )? about|over ( the )? control|villages|village|towns|town|city|cities|settlements|settlement | fought|fight|battled|battling|fighting ~{0,3} for ( the )? control of ) ( the )? ( control of )?',
    yields: { stance: 'CONTESTED' },
    fires: [
      'The battle for Bakhmut goes on, Ukraine’s president said.',
      'The fights are about the villages of Morokhovets and Oliinykove, the Ukrainian army said.',
      'Ukrainian and Russian troops fought street by street for control of the city of Sievierodonetsk on Monday.',
      // Longer than the "fierce fighting" inside it: the whole contest, not a contest and a bare "control".
      'Ukraine said its troops were locked in "fierce" fighting with Russian troops for control of the town of Vugledar.',
    ],
    silent: ['The battle ended in May.', 'Fighting is over for now in Robotyne, the Ukrainian commander said.'],
  },
  {
    id: 'contest.storm',
    kind: 'contest',
    pattern:
      '( stormed|storming|storms | continue|continues|continued|continuing to storm | assault|assaults|assaulted|assaulting on ( ~{1,2} positions in )? )',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Russian troops are storming Avdiivka, the Ukrainian military said.',
      "Russian troops have launched nearly 20 assaults on defenders' positions in Huliaipole, the Ukrainian command said.",
      'The General Staff said: “The enemy, despite significant losses, continues to storm the town of Bakhmut.”',
    ],
    silent: ['A storm hit the coast.'],
  },
  {
    id: 'contest.assaults-go-on',
    kind: 'contest',
    pattern:
      'assaults|storming ( BE )? ( still )? continue|continues|continued|continuing|persist|persists|persisted|ongoing in|inside|within',
    yields: { stance: 'CONTESTED' },
    fires: ['Assaults persist in Georgiivka, Novomykhailivka, and Pobyeda, where Ukrainian forces have mounted a defence.'],
    silent: ['Assaults continue along the whole front, the army said.'],
    note: 'Assaults said to go on in a place: it is fought over (no side is said to gain).',
  },
  {
    id: 'contest.assault-operations',
    kind: 'contest',
    pattern:
      'conduct|conducts|conducted|conducting|carry|carries|carried|carrying ( out )? ( active|new|their|its )? assault|offensive operations|actions in|inside|within ( the )? urban|residential|central area|areas|part|parts|districts of',
    yields: { stance: 'CONTESTED', gaining: true },
    fires: [
      'Ukrainian forces said Russia was "conducting assault operations in the urban area of Kurakhove."',
      'The Ukrainian army said the enemy is conducting assault operations in residential areas of the central part of Sievierodonetsk.',
    ],
    silent: [
      'Russian forces conducted assault operations in the Orikhiv direction.',
      'The enemy is conducting assault operations in the areas of the villages of Charivne and Myrne.',
    ],
    note: 'Assaults a side carries out inside a town’s streets: it is fought for, the side assaulting gaining (not "in the areas of", near it).',
  },
  {
    id: 'contest.no-longer-fully',
    kind: 'contest',
    pattern: 'no longer fully|completely|entirely control|controls|controlled|hold|holds|held',
    yields: { stance: 'CONTESTED', losing: true },
    fires: ['Pushilin admitted that his forces no longer fully controlled either Drobysheve or Yampil.'],
    silent: ['Pushilin said his forces no longer controlled Yampil.', 'Pushilin said his forces fully controlled Yampil.'],
    note: 'A side that no longer holds all of a place is losing ground in it, not gone from it: a contest the other side gains.',
  },
  {
    id: 'contest.gray-zone',
    kind: 'contest',
    pattern:
      '( gray|grey zone|area | control ( BE|remains|remained )? ( still )? unresolved|unclear|uncertain | of unknown|unclear control | status of ~{1,3} BE|remains|remained ( still )? unresolved|unclear|uncertain|unknown|disputed )',
    yields: { stance: 'CONTESTED' },
    fires: [
      'Rogov stated that Blahodatne was in a "gray zone" where it was unclear who was in control.',
      'The governor said that despite Russian attacks on border villages like Zhuravka and Basivka, control remains unresolved.',
      'The Ukrainian army said Robotyne was shelled overnight, with control uncertain.',
      'The village of Ternove is occupied, the status of Vyshneve and Verbove is uncertain.',
      'The status of Piatykhatky was unclear on Sunday.',
    ],
    silent: [
      'The border area is quiet.',
      'The village of Basivka remains under Ukrainian control, the governor said.',
      'The status of the prisoners taken in Vyshneve remains unknown, the Ukrainian army said.',
    ],
    note: 'A place in a grey zone, or whose control or status is unresolved or unknown, is fought over.',
  },
  {
    id: 'contest.siege',
    kind: 'contest',
    pattern: '( ( BE | remain|remains|remained|remaining ) ( still )? under ( a )? siege|seige|blockade | BE ( ADV )? besieged|sieged )',
    yields: { stance: 'CONTESTED' },
    fires: [
      'The nearby port of Mariupol remains under siege, the Ukrainian army said.',
      'Zhivitsky added that another northeastern city, Konotop, was also besieged.',
    ],
    silent: ['The siege of Mariupol ended in May.', 'Aid reached the besieged city of Mariupol, the Red Cross said.'],
    note: 'A place under siege is fought over; the besieger gains: the agent after "by", else the other side of the garrison named, else (nobody named) Russia (readers/sides.ts).',
  },
  {
    id: 'contest.disputed',
    kind: 'contest',
    pattern:
      '( BE | remain|remains|remained|remaining ) ( still )? ( very much | now )? ( a|an )? "? ( hotly|fiercely|highly|heavily|bitterly|intensely|strongly )? disputed|contested ( city|town|village|settlement|area )?',
    yields: { stance: 'CONTESTED' },
    fires: [
      'Both sides have claimed victory in Vuhledar, but the city remains disputed, according to Kiev.',
      'Despite their efforts, the village of Krynky remains heavily contested, the ISW said.',
      'A senior U.S. defense official said Wednesday that “Kherson is very much a contested city at this point.”',
    ],
    silent: ['Ukraine disputed the Russian claim to have taken Vuhledar.'],
  },
];
