// Cues that assert control: capture, liberation, taking and holding, "under the control of", a share held, a flag
// raised or flying, a place returned to a side's control or fallen into its hands. Whose control is read from the
// words around the cue (readers/control.ts, readers/sides.ts).
import type { ControlRule } from './types.js';

const TAKEN =
  'captured|seized|taken|retaken|recaptured|regained|liberated|de-occupied|deoccupied|occupied|conquered|secured|cleared|freed|reclaimed|reconquered|overrun';

export const CONTROL_RULES: ControlRule[] = [
  {
    id: 'control.retain-control',
    kind: 'control',
    pattern:
      'retain|retains|retained|retaining|maintain|maintains|maintained|maintaining|keep|keeps|kept|keeping|hold|holds|held|holding ( full|firm|complete|effective|partial )? control over|of|in',
    yields: { stance: 'CONTROL', holding: true },
    fires: ['Many Russian sources reported that Russian forces retain control over Kozachi Laheri.'],
    silent: ['Russian forces retain control over the supply routes, the ministry said.'],
    note: 'Control a side keeps over a place: that side holds it.',
  },
  {
    id: 'control.declared',
    kind: 'control',
    pattern:
      'declared|declares|declaring|proclaimed|proclaims|pronounced ( the )? ( town|city|village|settlement of )? ~ ~? ( to be | as )? ( fully|completely|officially|formally )? fallen|captured|liberated|taken|seized|occupied|recaptured|retaken',
    yields: { stance: 'CONTROL', passive: true },
    fires: [
      'Russian officials declared Huliaipole fallen in late December, an assertion Ukrainian authorities rejected.',
      'Russia’s Defence Ministry declared the town of Avdiivka fully liberated on Saturday.',
    ],
    silent: [
      'Russian officials declared martial law in the occupied parts of the region.',
      'Russia declared Ukraine’s claims of liberated Robotyne false.',
    ],
    note: 'Declaring a place taken: the declaring side claims it, as "X was liberated, the ministry said" does.',
  },
  {
    id: 'control.control-established',
    kind: 'control',
    pattern: 'control was|were|is|has|had|have ( been )? ( fully )? established|restored|re-established|regained|reestablished over|in|on',
    yields: { stance: 'CONTROL', passive: true },
    fires: ['Shoigu noted that as a result of successful hostilities, full control was established over Lisichansk.'],
    silent: [
      'Shoigu noted that control posts were established near Lisichansk.',
      'Full Russian control was established over Mariupol in May, Ukraine’s general staff said.',
      'Russia’s border control was established in Mariupol, the Ukrainian ombudsman said.',
    ],
    note: 'Control "established over" a place, no agent named: the speaker’s side holds it, as with "was liberated". A side or an office before "control" (nonclaim.whose-control) is not the speaker’s.',
  },
  {
    id: 'control.taken-are',
    kind: 'control',
    pattern: `( newly )? ${TAKEN} ( villages|settlements|towns|localities|communities|cities|places ) ( BE | include|included|includes ) :?`,
    yields: { stance: 'CONTROL' },
    fires: ['On Sunday, the reconquered villages were Blahodatne, Makarivka and Neskuchne, the Ukrainian army said.'],
    silent: ['The reconquered villages lie in ruins.'],
    note: 'The places the copula lists are the ones taken.',
  },
  {
    id: 'control.these-are',
    kind: 'control',
    pattern:
      '( these ( are|were|include|included ) | among them ( are|were )? | the largest|biggest ( of them )? ( are|were|include|included ) | we|it are|is|were|was talking|speaking about ( the )? ( settlements|villages|towns|localities of )? | the settlements|villages|towns|localities are|were|include|included | these are such settlements|villages as ) :?',
    yields: { stance: 'CONTROL', adjacentObject: true, continues: true },
    fires: [
      'The Ukrainian army returned 29 settlements under the blue-yellow flag in October, the governor said. In addition to those, these are Novovasylivka, Novohryhorivka and Tryfonivka.',
      'Russian forces liberated three villages in the past week, the ministry said. Among them are Stepove and Berdychi.',
      'Shoigu said full control was established over a number of nearby settlements. The largest of them are Bilohorivka and Novodruzhesk.',
      'The Russians managed to capture a number of villages in the Sumy region, the governor said. We are talking about the settlements of Novenke and Basivka.',
      'Russia said its forces had captured two settlements. The settlements were Ivanivka and Netailove.',
    ],
    silent: [
      'Russian forces shelled three villages in the past week, the ministry said. Among them are Stepove and Berdychi.',
      'Russian forces liberated three villages, the ministry said. Fighting went on elsewhere. These are Stepove and Berdychi.',
      'Russian forces captured the village of Stepove, the ministry said. These are Avdiivka veterans who fought for months.',
      'The Russian army captured Stepove, the ministry said. They are Pokrovsk and Myrnohrad, the next targets.',
    ],
    note: 'A list that names the places a capture in the sentence before counted: the same claim for each.',
  },
  {
    id: 'control.side-control-over',
    kind: 'control',
    pattern: '( complete|full|total|effective )? SIDE_ADJ control over',
    yields: { stance: 'CONTROL', nominal: true },
    fires: [
      'Shoigu announced complete Russian control over Soledar, Klishchiivka and Krasnopillya in Donetsk Oblast, as well as Pidhirne and Lobkove in Zaporizhzhia Oblast.',
    ],
    silent: ['Russian control over the skies worries Kyiv.'],
    note: 'A side’s control over places, as a noun: the claim of whoever announces it.',
  },
  {
    id: 'control.regained-control',
    kind: 'control',
    pattern:
      'regain|regains|regained|regaining|restore|restored|restoring|retook|retaken|retaking ( full|complete|total )? control ,|.|;|and|in|there|after|following',
    yields: { stance: 'CONTROL' },
    fires: [
      'Ukrainian forces have achieved significant gains in the town of Kupiansk, successfully regaining control and surrounding Russian troops, officials said.',
    ],
    silent: ['Ukrainian forces are trying to regain control of the road, officials said.'],
    note: '"Regaining control" with no "of": control of the place its clause names.',
  },
  {
    id: 'control.take-control',
    kind: 'control',
    pattern:
      'took|taken|take|takes|taking|retook|retaken|retake|retaking|regain|regained|regaining|gained|seized|assumed|established|establish|restored|restore|reclaimed|reclaim|claimed|claims|claiming|announced|announces|announcing|declared|declares|proclaimed|won|win|wins|secured|have|has|had|in|under|full|complete|total|effective "? ( full|complete|total|effective|operational )? control "? ( monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today )? of|over',
    yields: { stance: 'CONTROL' },
    fires: [
      'Russian forces took control of Kupiansk, Gerasimov said.',
      'Russia announced control of the strategic city of Mariupol at the end of April.',
      'Russia claims it has won control of the city of Bakhmut.',
      'Shoigu told Putin that their forces had established “full control” over Lysychansk.',
      'Ukraine claimed that its forces retook control of nearly 90% of the city of Kupiansk.',
      'By evening, Russian war channels reported that Russian forces reclaimed control over Demidovka.',
      'Moscow claimed control of the small salt-mining town of Soledar more than a week ago.',
    ],
    silent: ['Control of the road matters, analysts said.'],
  },
  {
    id: 'control.took-charge',
    kind: 'control',
    pattern:
      'took|taken|take|takes|taking|assumed|assume|assumes charge ( monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today )? of',
    yields: { stance: 'CONTROL' },
    fires: ['Russian troops on Wednesday took charge of the eastern Ukrainian town of Vuhledar, the ministry in Moscow said.'],
    silent: ['Tarnavskyi, the general in charge of Avdiivka, said the situation was difficult.'],
  },
  {
    id: 'control.report-of-taking',
    kind: 'control',
    pattern:
      'report|reports|claim|claims|statement|statements|assertion|assertions of|about ( fully|completely )? capturing|seizing|taking|liberating|retaking|recapturing|occupying',
    yields: { stance: 'CONTROL', nominal: true, adjacentObject: true },
    fires: ['Tregubov remarked that Russian reports of seizing Toretsk are part of a disinformation campaign.'],
    silent: ['Russian reports of heavy fighting near Toretsk continued.'],
    note: 'A report of taking a place is its maker’s claim, as "reports of the capture of X" is.',
  },
  {
    id: 'control.claims-of-control',
    kind: 'control',
    pattern:
      'report|reports|claim|claims|statement|statements|assertion|assertions of ( having )? ( ( fully|completely )? taken|seized|gained|established control | ( full|complete|total|entire )? control|occupation|dominance )',
    yields: { stance: 'CONTROL', nominal: true, unnamed: true },
    fires: [
      "Ukraine's military said it is still holding on to part of Kurakhove, despite Russian claims of having taken control the previous day.",
      'DeepState disputes Russian claims of full control of Velyka Novosilka.',
    ],
    silent: ['Russian claims of heavy fighting near Toretsk continued.', 'Reports of control posts on the road were denied.'],
    note: 'A side’s claim of control that names no place is about the place its sentence is about.',
  },
  {
    id: 'control.claimed-its-capture',
    kind: 'control',
    pattern:
      'claimed|claims|claim|announced|announces|reported|reports|declared|declares its|their ( full|complete )? capture|seizure|liberation|takeover|occupation|control',
    yields: { stance: 'CONTROL', unnamed: true },
    fires: [
      'The army said it had withdrawn from Lastochkyne after Russia claimed its capture.',
      'After Russian forces announced their control over it, the Ukrainian army announced its withdrawal from Siversk.',
    ],
    silent: ['Ukraine announced its withdrawal from Siversk.', 'The ministry reported its losses near Siversk.'],
    note: '"Its capture" after a side that claims it: the place the sentence is about, claimed by that side.',
  },
  {
    id: 'control.participle-list',
    kind: 'control',
    pattern:
      ', liberating|capturing|recapturing|retaking|seizing|securing|freeing|taking ( back )? ( the )? towns|cities|villages|settlements|town|city|village|settlement of',
    yields: { stance: 'CONTROL', objectOnly: true },
    fires: [
      'In September, Ukraine launched a counteroffensive in the northeast, liberating the cities of Izium, Balakliia and Kupiansk, the army said.',
      'Russia’s defence ministry said its forces had pushed into the enemy’s territory, securing the villages of Hatyshche and Morokhovets.',
    ],
    silent: ['Ukraine launched a counteroffensive in the northeast, hoping to liberate Izium, the army said.'],
    note: 'A participle after the main clause goes on with its subject’s capture, one claim per place it lists.',
  },
  {
    id: 'control.expanded-control',
    kind: 'control',
    pattern: 'expanded|expanding|extended|extending|consolidated|consolidating|widened|widening ( their|its|our )? control in|over|of',
    yields: { stance: 'CONTROL' },
    fires: ['Reports suggest that Ukrainian units have expanded their control in the western part of Krynky.'],
    silent: ['Ukrainian units have expanded their bridgehead.'],
    note: 'Widening a hold inside a place is holding (that part of) it.',
  },
  {
    id: 'control.perfect-coordinated',
    kind: 'control',
    pattern: `HAVE ADV* ~{1,3} and ADV* "? ${TAKEN} "?`,
    yields: { stance: 'CONTROL' },
    fires: [
      'Ukrainian forces have counterattacked and retaken half of the city of Sievierodonetsk, officials said.',
      'The Ukrainian army said its units had crossed the border and overrun the settlement of Kozinka.',
    ],
    silent: ['Ukrainian forces have counterattacked and shelled the city of Sievierodonetsk, officials said.'],
    note: 'A participle coordinated with another after one auxiliary ("have counterattacked and retaken", "had crossed the border and overrun").',
  },
  {
    id: 'control.congratulated',
    kind: 'control',
    pattern:
      'congratulated|congratulates|congratulating|congratulations|thanked|thanks|thanking|praised|praises|hailed|hails ~{1,5} on|for ( allegedly )? liberating|capturing|seizing|taking|retaking|recapturing|freeing | congratulated|congratulates|congratulating|congratulations|thanked|thanks|thanking|praised|praises|hailed|hails ~{1,5} on|for ( allegedly )? gaining|establishing|taking ( full|complete )? control',
    yields: { stance: 'CONTROL' },
    fires: [
      'Putin congratulated the military on liberating Gulaypole, a key town in Ukraine’s Zaporozhye Region, on Saturday.',
      'Putin congratulated the Russian military on Thursday for gaining full control over the town of Siversk.',
    ],
    silent: ['Putin congratulated the military on its professional holiday on Saturday.'],
    note: 'Thanking troops for taking a place claims it for their side, in the words of whoever thanks them.',
  },
  {
    id: 'control.perfect',
    kind: 'control',
    pattern: `HAVE ADV* "? ( fully|completely )? ${TAKEN} "?`,
    yields: { stance: 'CONTROL' },
    fires: [
      'Russia’s Defence Ministry said on Tuesday that its troops had captured the village of Robotyne.',
      'Russian forces have "liberated" Avdiivka, the ministry said.',
      'Ukraine says it has already retaken the village of Andriivka.',
      'Ukrainian forces have probably retaken Makariv, British intelligence said.',
      'Ukrainian soldiers have freed the village of Blahodatne, the military said.',
      'Maliar said Ukrainian forces had not only retaken Piatykhatky but had advanced by up to seven km.',
    ],
    silent: ['Russia has been shelling the town for weeks.', 'Russia has yet to capture the town.'],
  },
  {
    id: 'control.passive',
    kind: 'control',
    pattern: `( HAVE been | was|were|is|are|being|been|remain|remains|remained|stay|stays|stayed ) ( ADV* confirmed|reported|said|believed|known|declared|announced|considered|understood to ( have been | be ) )? "? ADV* "? ${TAKEN} "?`,
    yields: { stance: 'CONTROL', passive: true },
    fires: [
      'The town of Vuhledar has been liberated, the Ukrainian army said.',
      // (Reported or confirmed "to be" taken is taken, as the report tells it.)
      'The settlements of Vysokopillya and Novovoznesenske have been officially confirmed to be liberated, the Ukrainian governor said.',
      'The district centre of Sudzha was also reported to have been liberated on the same day, the Russian ministry said.',
      // (A state the place remains in is a passive of the same verb.)
      'Luhansk Oblast remains almost entirely occupied by Russian forces, the governor said.',
      'Marinka was completely captured by Russian troops, the Russian Defence Ministry said.',
      'On Monday, Ukraine’s deputy defence minister added that a fourth village, Storozheve, had been secured.',
    ],
    silent: [
      'The village could be captured within days, analysts said.',
      'The town remains determined to resist, the mayor said.',
      'The village is expected to be liberated within days, the Russian commander said.',
    ],
  },
  {
    id: 'control.reduced-passive',
    kind: 'control',
    pattern: `${TAKEN} by`,
    yields: { stance: 'CONTROL', passive: true, past: true, aside: true },
    fires: ['The spokesman said the brigade had fought for months in Avdiivka, captured by Russian forces in February.'],
    silent: ['Bakhmut was captured by Russian forces in May.'],
    note: 'After a place and a comma the participle is an aside of the outlet, not of the speaker of the sentence.',
  },
  {
    id: 'control.remains-under',
    kind: 'control',
    pattern:
      'remain|remains|remained|is|are|was|were|stay|stays|stayed|be|been ( ADV|back|again|firmly|still|now|already|once|fully | APPROX? NUM %|percent | APPROX? NUM per cent )* ( and remain|remains )? under|in ( the )? ( full|complete|firm )? ~{0,5} control|hands|occupation|jurisdiction',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      '"Siversk remains under the control of Ukrainian forces," a Ukrainian military spokesman said.',
      'Kreminna is still in Ukrainian hands, the Ukrainian governor said.',
      'Ukraine’s deputy defence minister stated that the village of Makariwka was also back in Ukrainian hands.',
      'The Ukrainian governor says Severodonetsk is now under the “full occupation of Russia”.',
      'Much of the Kherson region has been in Russian control since the early weeks of the invasion.',
      'Kreminna is now under Russian military jurisdiction, the Russian defence ministry said.',
      // (A share between the verb and "under" is the share held.)
      'Rodynske, north of Chervonyi Lyman, is approximately 80% under Russian control, the Ukrainian monitors said.',
    ],
    silent: ['The town is under heavy fire, the mayor said.', 'The town is 80% destroyed and under constant shelling, the mayor said.'],
  },
  {
    id: 'control.side-held',
    kind: 'control',
    pattern:
      'remain|remains|remained|is|are|was|were|stay|stays|stayed|be|been ( ADV|still|now|firmly|fully|largely|mostly|mainly|already )* ( SIDE_ADJ held|controlled|occupied | ...-held|...-controlled|...-occupied )',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      'Bakhmut, located in the Donetsk region, is Ukrainian controlled, but has been bombarded by Russian artillery for months.',
      'The town of Siversk is still Ukrainian-held, the governor said.',
      'Donetsk region governor Pavlo Kyrylenko confirmed that Lyman was “mainly Russian controlled” but that Ukrainian troops had retreated.',
    ],
    silent: ['The Ukrainian-held town of Siversk was shelled overnight, the governor said.'],
    note: 'A side\'s hold said as the predicate ("is Ukrainian-held") is a claim; the same words before a noun are an attributive.',
  },
  {
    id: 'control.still-in',
    kind: 'control',
    pattern:
      'SIDE_ADJ? ( armed|military )? forces|troops|army|units|soldiers|fighters|defenders|servicemen ( still|also )? ( remain|remains|remained|stay|stays|stayed | are|is|were|was still ) ( present )? in|inside|within',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      'A Ukrainian military spokesman said that Ukrainian troops remain in Bakhmut and continue to hold back enemy attacks.',
      'Ukraine reacted with caution, saying some Russian forces were still in Kherson.',
      'Russian military forces remain in Novaya Kakhovka, Vladimir Saldo said.',
      'The Ukrainian spokesman confirmed that Ukrainian troops are still present in the north of Marinka.',
    ],
    silent: [
      'Many civilians still remain in Kherson, the mayor said.',
      'Ukrainian troops are in Bakhmut, the governor said.',
      'Russian troops are present in Pokrovsk, the Ukrainian commander said.',
    ],
    note: "A side's troops still in a place, or remaining there, hold it or the part named; said against a capture claim, they answer it (holding). Troops merely present may have got in: no hold.",
  },
  {
    id: 'control.grip',
    kind: 'control',
    pattern:
      'maintain|maintains|maintained|maintaining|keep|keeps|kept|keeping|retain|retains|retained|retaining ( its|their|our|a|the )? ( firm|tight|tenuous )? grip|hold on|over',
    yields: { stance: 'CONTROL', holding: true },
    fires: ['The Ukrainian army continues to maintain its grip on the strategically significant village of Zaporizhzhe.'],
    silent: ['Ukraine must keep its grip on reality, the analyst said.'],
    note: 'A side that keeps its grip or hold on a place holds it.',
  },
  {
    id: 'control.victory-in',
    kind: 'control',
    pattern: 'claimed|claims|claim|claiming|declared|declares|declare|declaring|proclaimed|proclaims|announced|announces victory in|over',
    yields: { stance: 'CONTROL' },
    fires: ['Russia declared victory in Bakhmut on May 21, 2023, after fighting for the city for nearly a year.'],
    silent: ['Russia declared victory over Nazism in 1945, Putin said.'],
    note: 'A side that claims victory in a place claims to hold it.',
  },
  {
    id: 'control.still-under',
    kind: 'control',
    pattern:
      '( still|ADV ADV* under|in SIDE_ADJ control|hands | ( now|still|already )+ ( firmly|fully|completely|entirely|largely|effectively )? under ( the )? ( full|complete|firm|effective )? ~{0,4} control|occupation )',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      'Sievierodonetsk is the last major city in the Luhansk region still partially under Ukrainian control.',
      'The Ukrainian monitoring group DeepState shows Kurakhove almost completely in Russian hands.',
      "Gerasimov said Russian troops were making deep inroads into Krasnoarmeysk, with more than three-quarters of the city now under Moscow's control.",
      'The army said Kupiansk, now fully under Ukrainian control, was being cleared of mines.',
    ],
    silent: [
      'The city is still under fire, the governor said.',
      'The town, still under heavy fire, was evacuated, the governor said.',
      'The brigade, now under the control of a new commander, moved to Kupiansk.',
    ],
    note: 'A place described as held, with no verb before: "the last city still under Ukrainian control", "almost completely in Russian hands", "with most of the city now under Moscow’s control", an aside set off by commas.',
  },
  {
    id: 'control.left-in-hands',
    kind: 'control',
    pattern: 'leaving|leaves|left|leave ~{1,10} in|under SIDE_ADJ control|hands',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      'Prigozhin said his forces have advanced 150 metres in Bakhmut, leaving just under three square km of the city in Ukrainian hands.',
    ],
    silent: ['The Ukrainian army left Soledar, the General Staff said.'],
    note: 'An advance "leaving" a part of a place in a side\'s hands tells that side still holds that part; nobody left anything.',
  },
  {
    id: 'control.under-control-of',
    kind: 'control',
    pattern: '"? under ( the )? ( full|complete )? control of',
    yields: { stance: 'CONTROL' },
    fires: ['Kupyansk has been for a week "under the control of the Sixth Russian Army", Leonid Sharov said.'],
    silent: ['The city came under heavy fire.'],
  },
  {
    id: 'control.came-under',
    kind: 'control',
    pattern:
      'come|came|comes|coming|fell|fallen|fall|falls|passed ( back )? under ( the )? ( full|complete|firm )? ~{0,4} control|occupation',
    yields: { stance: 'CONTROL' },
    fires: ['According to the Russian Defense Ministry, the villages of Vodyanoye and Grigorovka came under Russian control.'],
    silent: ['The town came under heavy fire.'],
  },
  {
    id: 'control.put-under',
    kind: 'control',
    pattern:
      'put|placed|brought|taken|took|take|takes ( !,|;|is|are|was|were|remains|remain ~ ){0,5} under ( their|its|our|the )? ( full|complete )? control',
    yields: { stance: 'CONTROL' },
    fires: [
      'The Russian Defence Ministry said its forces had put under control the communities of Dmitrovka, Svobodnoye and Anadol.',
      'The Russian Defense Ministry reported that assault teams of Battlegroup North took the Grafskoye settlement under control.',
    ],
    silent: [
      'The fire was put out.',
      'Lysychansk has been brought under control, Russia said.',
      // "taken" ends a relative clause; the main clause's predicate is not what was taken.
      'The village of Ryzhivka, which Kadyrov claimed was captured and released a video allegedly taken in the settlement, is under the control of Ukrainian forces.',
    ],
  },
  {
    id: 'control.brought-under',
    kind: 'control',
    pattern: 'BE ADV? brought|put|placed|taken under ( their|its|our|the )? ( full|complete )? control',
    yields: { stance: 'CONTROL', passive: true },
    fires: [
      'Russia said Lysychansk has been brought under control.',
      'The settlement of Terny was taken under full control, the ministry in Moscow said.',
    ],
    silent: ['The fire was brought under control, the governor said.'],
    note: 'The passive of control.put-under: the place is the subject; the agent, if named, follows "by".',
  },
  {
    id: 'control.returned-under-flag',
    kind: 'control',
    pattern:
      'returned|brought ( back )? ( ( NUM | two|three|four|five|six|seven|eight|nine|ten|several | dozens of ) ( more|new )? settlements|villages|towns|localities|communities | ~ )? under ( the )? ~{0,2} flag',
    yields: { stance: 'CONTROL' },
    fires: ['The Armed Forces of Ukraine returned Kozatske under the blue-yellow flag, the Ukrainian governor said.'],
    silent: [
      'Volunteers brought aid to Kharkiv under the Ukrainian flag, the governor said.',
      'The tanker returned to Novorossiysk under the Russian flag last week.',
    ],
    note: 'A place, or settlements counted, returned under a side’s flag: nothing else may stand between the verb and the flag.',
  },
  {
    id: 'control.under-flag',
    kind: 'control',
    pattern:
      'is|are|was|were|remains|remain ( now|again|once again|back|still )? under ( the )? SIDE_ADJ|national|state|blue-yellow|blue-and-yellow|tricolour|tricolor flag ( again )?',
    yields: { stance: 'CONTROL', holding: true },
    fires: ['“Neskuchne of the Donetsk region is under the Ukrainian flag again,” said the state border guard service.'],
    silent: ['The tanker sailed under the Russian flag, the port said.'],
    note: 'A place under a side’s flag is that side’s; the flag names the side, else the speaker’s.',
  },
  {
    id: 'control.returns-to',
    kind: 'control',
    pattern: 'return|returns|returned|returning|restored ( back )? to ( the )? ( full )? ~{0,3} control|jurisdiction',
    yields: { stance: 'CONTROL' },
    fires: [
      '“Kherson returns to the control of Ukraine, units of the Ukrainian Armed Forces enter the city.”',
      'Snake Island has returned to Ukrainian jurisdiction, a spokeswoman for Ukraine’s southern military command told reporters.',
    ],
    silent: ['Residents returned to the city.'],
  },
  {
    id: 'control.possession',
    kind: 'control',
    pattern: '( take|takes|took|taken|taking possession of | in ( full|complete|total|firm )? possession of )',
    yields: { stance: 'CONTROL', adjacentObject: true },
    fires: ['The Kremlin has also claimed to be in complete possession of Kupiansk in Kharkiv and Pokrovsk in Donetsk.'],
    silent: [
      'Police took possession of the weapons in Kupiansk, the governor said.',
      'A Ukrainian soldier said Russian troops could circle Avdiivka from the north, having taken possession of the railway.',
    ],
    note: 'Possession of a place, taken or held, is control of it.',
  },
  {
    id: 'control.into-hands',
    kind: 'control',
    pattern: 'fell|fallen|falls|fall|passed|pass|passes into ( the )? ~{0,3} hands',
    yields: { stance: 'CONTROL' },
    fires: ['The mayor said that Kherson had fallen into Russian hands.'],
    silent: ['The documents fell into the river.'],
  },
  {
    id: 'control.possessive-control',
    kind: 'control',
    pattern: "~ 's ( full|complete )? control over|of",
    yields: { stance: 'CONTROL' },
    fires: ["Russia’s defence minister reaffirmed Moscow's control over Kupiansk."],
    silent: ['Control over the settlement was not discussed.'],
  },
  {
    id: 'control.share',
    kind: 'control',
    pattern:
      'control|controls|controlled|controlling|occupy|occupies|occupied|occupying|held|holding|hold|holds ( only|just|still|now )? APPROX? ( NUM %|percent | NUM per cent | most|all|much|half | the ~{0,2} part|parts|half|bulk|majority|rest|remainder|centre|center|outskirts|district|districts|section|sections|portion|portions|quarter|quarters|territory|territories|ruins|city|cities|town|towns|village|villages|settlement|settlements | large parts | a|one third|quarter|half|fifth|sixth | one-third|one-quarter|one-fifth|one-sixth | two-thirds | two thirds | three-quarters | three quarters )',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      'Russian forces now control about 70% of Bakhmut, Wagner said.',
      'Ukraine controls most of Vovchansk, a Ukrainian military spokesman said.',
      'The Russian source later said Ukrainian forces occupied half of Verbove as of Sunday.',
      'Russian forces control only the eastern part of Toretsk, the Ukrainian army said.',
      'Russia currently controls around one-fifth of Ukraine, including Crimea and about 90% of Donbas, according to Russian estimates.',
    ],
    silent: [
      'The army must control its supply lines.',
      'Ukrainian troops are holding the line some four kilometres from Kreminna, the commander said.',
    ],
  },
  {
    id: 'control.held-by',
    kind: 'control',
    pattern: 'BE ( ADV|still|now|firmly | APPROX? NUM %|percent | APPROX? NUM per cent )* controlled|held by',
    yields: { stance: 'CONTROL', passive: true, holding: true },
    fires: [
      'Kreminna is still held by Russian forces, the Ukrainian governor said.',
      '"Maryinka is already 70% controlled by our units," the Russian commander said.',
      'Vovchansk is approximately 60% controlled by the Armed Forces of Ukraine, the Ukrainian spokesman said.',
    ],
    silent: ['Talks were held by the two sides in Istanbul.'],
  },
  {
    id: 'control.controls',
    kind: 'control',
    pattern:
      'control|controls|controlled|controlling ( the )? ( ( large|big|small|most|much|significant|substantial )? town|city|village|settlement|rest|remainder|part|parts|area|areas|centre|center|section|sections|portion|portions|swathes|swaths of )?',
    yields: { stance: 'CONTROL', adjacentObject: true, holding: true },
    fires: [
      'Russia says its forces control Soledar, the ministry said.',
      "Gerasimov said Moscow's forces controlled large sections of the towns of Pokrovsk and Vovchansk.",
    ],
    silent: ['Russia says its forces control the skies over Soledar.'],
  },
  {
    id: 'control.controls-in',
    kind: 'control',
    pattern:
      'control|controls|controlled|controlling ( ~{0,4} buildings|facilities|blocks|streets|neighborhoods|neighbourhoods|districts|quarters|parts|areas|sections|enterprises|houses|heights|positions | ( over )? the situation ) in|inside|within',
    yields: { stance: 'CONTROL', holding: true, objectOnly: true },
    fires: [
      '“As of now, our defenders control certain industrial and infrastructure facilities in Bakhmut,” Maliar said.',
      'Ukrainian troops still control several buildings in Bakhmut, the general said.',
      'Konashenkov said Russian troops control the situation in the cities of Berdyansk and Energodar.',
    ],
    silent: ['Russian forces control the roads in the area, the general said.', 'Ukraine controls the skies over Avdiivka.'],
    note: 'Control of buildings, blocks or districts in a place: a part of it held.',
  },
  {
    id: 'control.past',
    kind: 'control',
    pattern:
      'captured|seized|retook|recaptured|regained|liberated|de-occupied|deoccupied|occupied|conquered|freed|reclaimed|reconquered|overran|overtook|secured',
    yields: { stance: 'CONTROL', past: true },
    fires: [
      'Russian forces captured Soledar in January.',
      'Ukrainian troops liberated Kherson on Friday, the Ukrainian army said.',
      'Ukrainian forces de-occupied Kutuzivka, the Ukrainian governor said.',
      'Shoigu told Putin that Russian troops overran the city of Lysychansk on Sunday.',
      "Russia's defence ministry said on Monday that the South group secured Katerynivka.",
    ],
    silent: ['Moscow is trying to capture Pokrovsk.', 'Kyiv secured new air defence systems, the ministry said.'],
  },
  {
    id: 'control.managed-to',
    kind: 'control',
    pattern:
      '( managed|manages|succeeded|succeeds to|in | BE ADV? able to | it ( was | has|had been ) possible to ) ADV* capture|recapture|liberate|seize|retake|regain|occupy|conquer|reclaim|free|take|deoccupy|de-occupy|capturing|recapturing|liberating|seizing|retaking|regaining|occupying|taking|deoccupying|de-occupying',
    yields: { stance: 'CONTROL', past: true, adjacentObject: true },
    fires: [
      'Russian forces managed to completely capture Siversk, the ministry said.',
      'The Armed Forces of Ukraine managed to recapture the village of Vysokopillia in the Kherson region, the governor said.',
      'He said that Russian forces were able to “liberate Staromaiorske on June 10.”',
      'Butusov confirmed that Ukrainian soldiers were able to deoccupy Kindrashivka by October 9.',
      'Ukrainian troops succeeded in retaking Klishchiivka, the general staff said.',
      '"Yes, it was possible to liberate Dudchany, Pyatikhatky and Borozenske," the Ukrainian commander said.',
    ],
    silent: [
      'Russian forces have not managed to capture Siversk, the Ukrainian army said.',
      'Russian forces were not able to take Vuhledar.',
      'Ukraine hopes to be able to liberate Tokmak this year.',
      'Russian forces managed to take part in the exercise near Belgorod.',
      'It was not possible to liberate Tokmak this year, the general said.',
    ],
    note: 'Having managed, been able or succeeded to take a place is having taken it; a negated or hoped-for ability is not.',
  },
  {
    id: 'control.helped-to',
    kind: 'control',
    pattern: 'helped|enabled|allowed ~{0,4} ( to )? capture|recapture|liberate|seize|retake|regain|reclaim|free|take|occupy',
    yields: { stance: 'CONTROL', past: true, adjacentObject: true },
    fires: [
      'A counter-offensive to the south also helped the Ukrainian army regain the two villages of Poltavka and Malynivka, the administration said.',
      'Western artillery enabled Ukrainian troops to retake Kherson, the general said.',
    ],
    silent: [
      'Western weapons would help Ukraine retake Kherson, the minister said.',
      'The drones helped Ukrainian troops hold the line near Bakhmut.',
    ],
    note: 'What helped, enabled or allowed a side to take a place was done: the place was taken.',
  },
  {
    id: 'control.won',
    kind: 'control',
    pattern: 'HAVE ADV* won',
    yields: { stance: 'CONTROL', past: true, adjacentObject: true },
    fires: ["Russia's defence ministry said it had won Pisky, a settlement of fewer than 800 people."],
    silent: ['Russia has won the battle for Bakhmut, the ministry said.'],
    note: 'Won, with the place its object at once: the place was taken.',
  },
  {
    id: 'control.took',
    kind: 'control',
    pattern: 'took|takes|taking|take ( over )? ( the )? ( town|city|village|settlement|villages|settlements of )?',
    yields: { stance: 'CONTROL', adjacentObject: true },
    fires: ['Russian troops took Novoselivka in the Kharkiv region, the Russian Defence Ministry said.'],
    silent: ['The talks took place in Istanbul, the ministry said.'],
    note: 'Only with the place as its object at once: "took part", "took place" and "took time" name none.',
  },
  {
    id: 'control.present',
    kind: 'control',
    pattern: 'captures|seizes|retakes|recaptures|regains|liberates|occupies|conquers|frees|reclaims|overruns',
    yields: { stance: 'CONTROL' },
    fires: ['Russia captures Avdiivka as Ukraine withdraws.'],
    silent: ['Russia is capturing ground slowly.'],
  },
  {
    id: 'control.present-plural',
    kind: 'control',
    pattern:
      'SIDE_ADJ ( armed )? forces|troops|army|units|soldiers|fighters|marines|paratroopers capture|seize|retake|recapture|regain|liberate|occupy|conquer|free|reclaim|overrun',
    yields: { stance: 'CONTROL' },
    fires: ['Ukrainian Forces liberate Robotyne', 'Russian Forces Capture Arkhanhelske After Ukrainian Withdrawal'],
    silent: ['Ukrainian forces fail to capture Robotyne.', 'Russian troops could capture Arkhanhelske within days.'],
    note: 'A headline tells a capture in the present; a modal or an attempt before the subject blocks it (nonclaim.goal), and so do "until" (nonclaim.until) and a verb it is the bare infinitive of (nonclaim.causative).',
  },
  {
    id: 'control.hold',
    kind: 'control',
    pattern: '( hold|holds|held|holding | keep|keeps|kept|keeping !...ing )',
    yields: { stance: 'CONTROL', objectOnly: true, holding: true },
    fires: [
      '"We still hold Ocheretyne," a Ukrainian brigade spokesman said.',
      'A Ukrainian spokesman said its troops keep the northern quarter of Vovchansk.',
    ],
    silent: [
      'The two sides held talks in Istanbul.',
      'The general staff said Russia kept concentrating its efforts to advance and capture Bakhmut.',
      'The governor said Russian artillery keeps hitting Lysychansk.',
      'They keep trying [to carry out assaults] in the areas of Novokalynove and Krasnohorivka,” Shupun said.',
    ],
    note: 'To keep doing something ("keeps hitting", "kept trying") holds nothing: a word in -ing after "keep" is no object.',
  },
  {
    id: 'control.fallen',
    kind: 'control',
    pattern: '( HAVE fallen | fell|fallen|falls to ( SIDE_ADJ hands )? )',
    yields: { stance: 'CONTROL' },
    fires: [
      'Bakhmut has fallen, Prigozhin said.',
      'Soledar fell to Russian forces on Friday, the Russian army said.',
      'Piatykhatky falls to Ukrainian hands',
    ],
    silent: ['Temperatures fell sharply.'],
  },
  {
    id: 'control.clearing-completed',
    kind: 'control',
    pattern:
      'COMPLETED ( of )? ( the )? mop-up|mopping-up|clearing|cleansing|clean-up|cleanup|sweep|mopping ( up )? ( operations|operation )? in|of',
    yields: { stance: 'CONTROL', passive: true },
    fires: ['The Russian army has completed the clearing of Avdiivka, the ministry in Moscow said.'],
    silent: [
      'During the meeting, Putin was briefed on ongoing mop-up operations in Dmitrov (Mirnograd).',
      'The Khartiia unit and the Kupiansk tactical group are completing mop-up operations in Kupiansk, the corps said.',
    ],
    note: 'A place its clearers have finished clearing is theirs: the speaker’s side, as with "was liberated".',
  },
  {
    id: 'control.latest-to-fall',
    kind: 'control',
    pattern: 'latest|newest ~{0,3} to fall|fallen to|into',
    yields: { stance: 'CONTROL' },
    fires: ['Vuhledar, a town Ukrainian forces fought to keep, is the latest urban settlement to fall to the Russians.'],
    silent: [
      'Vuhledar could be the next town to fall to the Russians, analysts said.',
      'The latest attempt to take Vuhledar failed, the Ukrainian army said.',
    ],
    note: 'The latest place to fall to a side: that side took it (the next one to fall is only feared).',
  },
  {
    id: 'control.declared-side',
    kind: 'control',
    pattern: 'declared|declares|proclaimed|proclaims ~{1,3} to be SIDE_ADJ ( ,|.|"|in|on|at|after|by )',
    yields: { stance: 'CONTROL' },
    fires: ['Yevgeny Prigozhin declared Bakhmut to be Russian in a nighttime video.'],
    silent: ['Zelensky declared Crimea to be Ukrainian land that will be returned.'],
  },
  {
    id: 'control.is-side',
    kind: 'control',
    pattern:
      '( is|remains|was|are | is|are and will be|remain ) ( still|again|now|forever|always )? SIDE|SIDE_ADJ ( again|now|forever )? ( ,|.|!|;|— | " ,|.|!|;|—|said|says|wrote|writes|he|she|the|a )',
    yields: { stance: 'CONTROL', holding: true },
    fires: [
      '‘Kupiansk is Ukraine. Glory to the armed forces of Ukraine,’ a Ukrainian regional official wrote on social media.',
      '“Avdiivka is Ukraine” the brigade wrote.',
      '“Soledar was, is and will be Ukrainian,” the military said.',
      'For now, Vovchansk is and will remain Ukraine, the official said.',
      '“Kherson is Ukrainian again!” the governor wrote.',
    ],
    silent: [
      'Kupiansk is Ukraine’s main rail hub in the east.',
      'Putin said that seizing the Donetsk region was Russia’s "primary objective".',
      'Kupiansk is Ukrainian territory, the general said.',
    ],
    note: 'A place that "is Ukraine", "is Ukrainian again" or "will remain Ukraine" is said to be held by that side.',
  },
  {
    id: 'control.is-ours',
    kind: 'control',
    pattern: 'is|remains|are ( still|now|again|once|completely|fully|entirely|totally|already )? ours ( again|now )? ,|.|"|!|;|—|but',
    yields: { stance: 'CONTROL', possessor: true, holding: true },
    fires: [
      '“Kherson is ours,” President Volodymyr Zelensky wrote on Telegram.',
      'Pisky is ours but there remain scattered pockets of resistance in its north, the DPR official said.',
      'The governor said: "Control over Kharkiv is completely ours."',
    ],
    silent: [
      'Pisky is probably ours, the DPR official said.',
      '“The choice is ours to make,” the president said.',
      '“The victory is ours,” Zelensky said in Kharkiv.',
    ],
    note: 'The speaker’s side holds the place: the controller falls back on the claimant.',
  },
  {
    id: 'control.have-in-hands',
    kind: 'control',
    pattern: 'have|has|had|keep|keeps|kept ~{1,4} in ( our|their|its|his|her )? possession|hands',
    yields: { stance: 'CONTROL' },
    fires: ['"We still have Kupiansk in our possession, under our control," Zelensky said.'],
    silent: ['"We have many prisoners in our hands," the Ukrainian army said.', 'The fate of Kupiansk is in our hands, Zelensky said.'],
    note: 'A side that has a place "in its hands" or "in its possession" holds it.',
  },
  {
    id: 'control.flag',
    kind: 'control',
    pattern:
      '( raised|hoisted|planted|unfurled|restored|installed|raising|hoisting|planting|unfurling|restoring|installing|raise|hoist|plant|unfurl|restore|install|raises|hoists|plants|unfurls|restores|installs ( the|a|their|its|our )? ~{0,2} flag|flags ( of ~{1,3} )? over|in|above|on|at | flag|flags ~{0,2} is|are|was|again|now* fly|flies|flying|flew|hangs|hanging|waving ( again )? over|above|on|in | flag|flags ( BE )? ( ADV )? raised|hoisted|planted over|above|on|in | flag|flags HAVE|BE ( ADV )? appeared|seen|spotted over|above|on|in | flag|flags ( HAVE|BE )? ( ADV )? returned|returns|returning to !where )',
    yields: { stance: 'CONTROL' },
    fires: [
      'Ukrainian soldiers raised the Ukrainian flag over the town hall of Kupiansk on Friday, the army said.',
      '“The national flag is flying over Storozheve again,” Ukraine’s defence forces wrote.',
      'The Ukrainian flag was raised over the village of Kalynivske on Wednesday, the Ukrainian army said.',
      'Russian flags were planted in Melitopol after its capture, a Ukrainian official said.',
      'Ukrainian troops hoist the national flag in the town of Kreminna.',
      'Russian troops raised the flag of the Russian Federation on the administration building in Kurakhove, TASS said.',
      '"Our flags have appeared in the centre of Kupiansk," the Russian blogger said.',
      'Kremlin-allied military bloggers shared videos of soldiers unfurling a Russian flag in Sudzha’s central square.',
      'Ukrainian soldiers restored the state flag of Ukraine in Lyubimivka, Khreshchenivka and Zolota Balka, the command said.',
      '“A year ago, the Ukrainian flag returned to Kherson,” President Volodymyr Zelensky said.',
    ],
    silent: [
      'The Ukrainian flag flies at half-mast in Kyiv.',
      'Russian troops attempted to raise the flag in Ternuvate.',
      'Novomykhailivka is under Ukrainian control, with Ukrainian flags returning to where they belong.',
    ],
  },
  {
    id: 'control.established-in',
    kind: 'control',
    pattern: '( established|entrenched|consolidated|entrenching|consolidating ) themselves|itself in|on',
    yields: { stance: 'CONTROL' },
    fires: ['Russian troops have "established themselves in the southeast and east of Vuhledar," the official said.'],
    silent: ['The unit established a command post in Vuhledar.'],
    note: 'Dug in and holding a part of the place: control of that part.',
  },
  {
    id: 'control.dug-in',
    kind: 'control',
    pattern: '( dug|digging|dig|digs in at|in|on | BE ( now|already|firmly )? consolidated|entrenched|dug in|at|on )',
    yields: { stance: 'CONTROL' },
    fires: [
      'He said Russian forces had left the village of Hostomel but were digging in at the town of Bucha.',
      'Governor Serhiy Haidai said the enemy is consolidated in the regional center of Severodonetsk.',
    ],
    silent: [
      'The troops dug trenches in the forest near Bucha.',
      'Russian forces are digging in along the Dnipro, the ministry said.',
      '"The Defence Forces withdrew from Soledar and dug in on previously prepared defensive lines," the spokesman said.',
    ],
    note: 'Dug in or consolidated in a place: holding it (as "established themselves in" is).',
  },
  {
    id: 'control.possessive-nominal',
    kind: 'control',
    pattern:
      "'s ( recent|reported|claimed|final|swift|quick|rapid|eventual|complete|total )? capture|recapture|seizure|liberation|fall|takeover|occupation|retaking",
    yields: { stance: 'CONTROL', nominal: true, possessor: true },
    fires: [
      'Ukraine announced Robotyne’s recapture on Aug. 28.',
      'The Ukrainian army said the move followed Avdiivka’s recent fall to Russian forces.',
      "Ukraine's capture of Lyman, a logistics hub for Russian operations, marked a major defeat for Moscow.",
      'Ukrainian forces held on, a day after Russia claimed Bakhmut’s complete capture.',
    ],
    silent: ["Russia's bid to capture the town failed.", "Ukraine's capture of Lyman would be a major defeat for Moscow."],
    note: 'The possessor is the place captured, or the side that captured the place named after "of".',
  },
  {
    id: 'control.whose',
    kind: 'control',
    pattern: 'whose capture|recapture|seizure|liberation|fall|takeover|occupation',
    yields: { stance: 'CONTROL', nominal: true, antecedent: true },
    fires: ['Izium, whose capture Moscow announced on Monday, is still holding out, Kyiv said.'],
    silent: ['The town, which Russia shelled, is quiet.'],
  },
  {
    id: 'control.of-which',
    kind: 'control',
    pattern: 'the ( reported|claimed|announced )? capture|recapture|seizure|liberation|fall|takeover|occupation|retaking of which',
    yields: { stance: 'CONTROL', nominal: true, antecedent: true },
    fires: [
      "Illinka lies a few kilometres south of the village of Novoselydivka, the capture of which was reported by Russia's Ministry of Defense the day before.",
    ],
    silent: ['The town, the defence of which Kyiv praised, is quiet.'],
    note: 'As "whose capture": the place the relative clause hangs on, claimed by whoever the clause says reported it.',
  },
  {
    id: 'control.nominal',
    kind: 'control',
    pattern:
      '( the )? "? capture|recapture|seizure|liberation|deoccupation|de-occupation|fall|takeover|occupation|retaking|recapturing|capturing|seizing|liberating "? of | ( the )? establishment|restoration of ( full|complete )? control over|of | the|his|its|their alleged|purported|supposed ( full|complete|total )? control of|over',
    yields: { stance: 'CONTROL', nominal: true },
    fires: [
      'The Russian army has reported the capture of the city of Kupyansk.',
      'On October 1, 2024, Russia announced the establishment of control over Vuhledar.',
      // (An alleged taking is the claim of the side it is credited to.)
      'Information is being spread in the Russian Federation about the alleged capture of Bilohorivka, Haidai said.',
      'He noted the Russian Defense Ministry’s statements on December 27 about the alleged control of Kupyansk.',
      'Ukraine’s General Staff announced the retaking of Andriivka.',
      'The actions of the Battlegroup North resulted in the capturing of seven settlements, including Kositsa and Lebedevka, the Russian Defence Ministry said.',
      "The capture of Avdiivka represents Russia's biggest victory in the war since May.",
      'The quick fall of Izium in Kharkiv province was Moscow’s biggest loss of the war.',
    ],
    silent: [
      'Capturing the city is the goal.',
      'The capture of Lyman would be a major setback for Moscow.',
      "The alleged capture of Bakhmut became Moscow's biggest military achievement.",
    ],
    note: 'A capture is a claim when someone reports or denies it, or when the sentence judges it a side’s gain or loss (readers/sides.ts verdictOf).',
  },
  {
    id: 'control.expelled-passive',
    kind: 'control',
    pattern:
      'BE ADV? ( driven|pushed|forced|expelled|ousted|kicked|knocked ~{0,3} out ( of|from )? | expelled|ousted|driven ~{0,3} from | driven|pushed|forced|thrown|knocked back from )',
    yields: { stance: 'CONTROL', expulsion: true, passive: true },
    fires: [
      'Russian troops occupied Kherson before being driven out by Ukrainian forces.',
      'The Ukrainian General Staff said the Russian military had been driven out of Vovchansk.',
      'Some Russian bloggers claimed that Ukrainian forces were pushed back from the Kozachi Laheri settlement.',
    ],
    silent: ['The troops were driven to the front.', 'The troops were pushed back to their positions.'],
  },
  {
    id: 'control.reported-taking',
    kind: 'control',
    pattern:
      'reported|reports|report|claimed|claims|claim|announced|announces|boasted|boasts|wrote|write|writes ( about|of )? ( fully|completely|successfully )? capturing|seizing|taking|liberating|retaking|recapturing|occupying',
    yields: { stance: 'CONTROL', adjacentObject: true },
    fires: ['Russian military bloggers reported capturing Vuhledar on Tuesday.', 'Russian bloggers also wrote about capturing Vuhledar.'],
    silent: [
      'Russian bloggers reported heavy fighting near Vuhledar.',
      'Ukraine’s army reported capturing 20 Russian soldiers in Vovchansk on Monday.',
      'Putin spoke about capturing Kharkiv in a speech last year.',
    ],
    note: 'What a speaker reports doing, as a gerund, is what it claims to have done.',
  },
  {
    id: 'control.by-taking',
    kind: 'control',
    pattern:
      'by ( fully|completely|successfully|finally )? capturing|seizing|taking|liberating|retaking|recapturing|occupying|conquering ( full|complete )? ( control of )?',
    yields: { stance: 'CONTROL', adjacentObject: true },
    fires: [
      'Russia’s Defence Ministry said its forces had scored a major gain by capturing the town of Chasiv Yar.',
      'Russia said it had consolidated its gains by retaking Sudzha, the ministry said.',
    ],
    silent: [
      'Russia hopes to encircle the city by capturing Pokrovsk, the analyst said.',
      'After capturing two Russian soldiers in Vovchansk, the brigade moved on.',
      // Since when something has gone on is background, not the news.
      'It is the biggest gain since capturing Avdiivka in February, the analysts said.',
    ],
    note: 'A taking told as the means of something else ("by capturing X") is told as done; "after capturing X" tells background as often as news.',
  },
  {
    id: 'control.oust-attempt',
    kind: 'control',
    pattern: 'ATTEMPT to oust|dislodge|expel|drive|push|knock ~{0,4} ( out ( of|from )? | from )',
    yields: { stance: 'CONTROL', heldByObject: true },
    fires: [
      'Russia’s defence ministry said Ukrainian forces were unsuccessfully trying to oust Russian troops from Klishchiivka and Andriivka.',
      'Ukrainian troops were working to push the remaining Russian units out of the village of Progres, the army said.',
    ],
    silent: ['Ukrainian forces drove Russian troops out of Izium, the army said.'],
    note: 'Those the attempt would drive out are there: the place is theirs, on the word of whoever tells it.',
  },
  {
    id: 'control.expelled',
    kind: 'control',
    pattern:
      '( drove|driven|drive|drives|driving|pushed|pushing|forced|expelled|expelling|ousted|kicked|knocked|edged|squeezed|smoked|flushed ~{0,3} out of|from | expel|expelled|expelling|ousted|drove|driven|dislodge|dislodged|dislodging ~{0,3} from | drove|pushed|forced|kicked|knocked out ~{1,5} from | pushed|pushing|pushes|push|drove|driven|forced back ( the )? ( SIDE_ADJ )? troops|forces|units|military|soldiers|army|enemy|occupiers|invaders|defenders|fighters|servicemen from )',
    yields: { stance: 'CONTROL', expulsion: true },
    fires: [
      'Ukrainian forces drove Russian troops out of Izium.',
      'Russian forces have edged Ukrainian troops out of the refractory plant in Chasov Yar, the adviser said.',
      'Ukraine said it had expelled Russian troops from Kherson.',
      'The Telegram channel Mash claims that the Russians have managed to expel Ukrainian forces from the town of Godeevka.',
      'The Russian defence ministry stated that Russian forces had pushed out Kyiv’s military from Velyka Komyshuvakha.',
      'Russian troops pushed back Ukrainian troops from the eastern city of Sievierodonetsk, the Russian defence ministry said.',
    ],
    silent: [
      'The full control of Avdiivka allowed the Russian troops to push back the front line from Donetsk, the ministry added.',
      'They drove to the front in the morning.',
      'Power in Lutsk had been partially knocked out after Russian missiles hit it.',
    ],
  },
  {
    id: 'control.cleared',
    kind: 'control',
    pattern: 'cleared|freed',
    yields: { stance: 'CONTROL', past: true, adjacentObject: true },
    fires: [
      'Our troops successfully counterattacked and cleared the villages of Mykhailivka and Zelenyi Hai from the enemy, General Syrskyi said.',
    ],
    silent: ['Sappers cleared mines from the road to Izium, the Ukrainian army said.'],
    note: 'A place cleared of the enemy is held by the side that cleared it; clearing still going on is contest.clearing.',
  },
];
