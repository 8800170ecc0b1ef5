// Cues that deny control: negated capture ("has not been captured"), verbs of denial, and words that call a
// claim untrue. The controller is the side whose control is denied (readers/denial.ts).
import type { DenialRule } from './types.js';

export const NEGATED_DENIAL_RULES: DenialRule[] = [
  {
    id: 'denial.negated-capture',
    kind: 'denial',
    pattern:
      '( HAVE|did|does|do NEG ( been )? ( fully|completely|yet )? ( managed|manage|succeeded|succeed|able to | been able to )? ( fully|completely )? captured|fallen|taken|seized|occupied|liberated|recaptured|retaken|regained|entered|capture|take|seize|fall|occupy|liberate|recapture|retake|regain|enter|control|controlled | HAVE|did|does|do NEG have ( full|complete|total )? control | BE NEG ( yet )? able to capture|take|seize|occupy|enter|liberate )',
    yields: { stance: 'DENIAL', negated: true },
    fires: [
      'Russian forces have not captured Toretsk, the Ukrainian military said.',
      'Bakhmut has not fallen, Ukraine’s defence ministry said.',
      '"The situation in Huliaipole is very difficult, but the enemy does not have full control over it," Ukraine’s Southern Defence Forces said.',
      'The Russian occupation forces did not manage to capture Lysychansk, the Ukrainian governor said.',
      'Ukraine has not recaptured the village of Novoprokopivka, the Russian ministry said.',
      "Ukraine's military said Russian troops did not enter Dnipropetrovsk Oblast.",
      '"The Russian invaders were not able to enter Kupiansk," a spokesman for the Ukrainian general staff said.',
      'Russian forces have not yet been able to fully capture the city of Soledar, the ISW said.',
    ],
    silent: ['Russian forces have captured Toretsk.', 'Russian forces managed to capture Toretsk, the ministry said.'],
  },
  {
    id: 'denial.no-talk-of',
    kind: 'denial',
    pattern: 'no talk|question|sign|evidence of|about SIDE_ADJ ( full|complete )? control|capture|occupation|seizure',
    yields: { stance: 'DENIAL', negated: true },
    fires: ['“There is no talk of Russian control over the city of Pokrovsk,” Ukrainian Commander-in-Chief Oleksandr Syrskyi wrote.'],
    silent: ['There was talk of Russian control over the city of Pokrovsk, the analyst said.'],
    note: 'Saying a side’s control is not even in question denies it.',
  },
  {
    id: 'denial.no-presence',
    kind: 'denial',
    pattern:
      'there BE ( currently|now|still|already )? no SIDE_ADJ|enemy|occupation|occupying{0,2} enemy|enemies|russians|ukrainians|occupiers|invaders|troops|soldiers|forces|army|units|servicemen|militants ( presence )? in|inside|within | no SIDE_ADJ? ( enemy|military )? presence in|inside|within',
    yields: { stance: 'DENIAL', negated: true },
    fires: [
      'The Ukrainian military added that there are no Russians in the neighboring village of Ryasne.',
      '“There are no enemies in Zaliznychne itself,” the Ukrainian spokesman said.',
      '"There are currently no Russian occupation forces in the Dnipropetrovsk region," the head of the local military administration said.',
      '"There is no enemy Russian army in the city of Toretsk," the Ukrainian spokesman said.',
    ],
    silent: ['There are Russian troops in Ryasne, the Ukrainian army said.'],
    note: 'Saying the other side has nobody in a place denies that it holds the place.',
  },
  {
    id: 'denial.negated-withdrawal',
    kind: 'denial',
    pattern:
      'HAVE|did|does|do NEG ( yet )? withdrawn|withdraw|retreated|retreat|left|leave|abandoned|abandon|pulled|pull ( out|back )? from|of|out|back | HAVE|did|does|do NEG ( been )? surrendered|surrender|ceded|cede',
    yields: { stance: 'DENIAL', negated: true },
    fires: ["Ukraine's military said its forces had not withdrawn from Bakhmut."],
    silent: ["Ukraine's military said its forces had withdrawn from Bakhmut."],
    note: 'A side saying its forces have not left a place denies that the other side holds it.',
  },
  {
    id: 'denial.negated-passive',
    kind: 'denial',
    pattern:
      '( was|were|is|are|remain|remains NEG | by no means ) ( been )? ( fully|completely|entirely )? ( captured|taken|seized|occupied|controlled|held | under ~{0,3} control )',
    yields: { stance: 'DENIAL', negated: true },
    fires: [
      'President Volodymyr Zelensky said Toretsk "is not occupied by Russia".',
      'The Ukrainian army said Marinka was by no means fully controlled by the Russians.',
    ],
    silent: ['Toretsk is occupied by Russia, the ministry said.'],
  },
  {
    id: 'denial.only-few-left',
    kind: 'denial',
    pattern:
      'only ( about|around|some )? ( NUM | a few dozen | a few | a dozen | dozens of | several dozen | several ) ( SIDE_ADJ )? soldiers|troops|servicemen|occupiers|invaders|fighters ( are|were )? left|remain|remained|remaining|hiding in|inside',
    yields: { stance: 'DENIAL', negated: true },
    fires: ['In reality, there are only about 100 Russian soldiers left in Kupiansk, hiding without food, Trehubov said.'],
    silent: ['In reality, there are about 100 Russian soldiers in Kupiansk, Trehubov said.'],
    note: 'A side said to have only a handful of soldiers left in a place is said not to hold it.',
  },
  {
    id: 'denial.neither-nor',
    kind: 'denial',
    pattern:
      'neither ~{1,6} nor ~{1,6} HAVE|BE ( ADV )* ( been )? fallen|captured|taken|seized|occupied|liberated|controlled|surrendered|lost',
    yields: { stance: 'DENIAL', negated: true },
    fires: ['"Neither Balakleya nor Shevchenkovo have fallen under the control of Ukraine’s formations," the Russian official said.'],
    silent: ['Both Balakleya and Shevchenkovo have fallen under the control of Ukraine’s formations, the Russian official said.'],
    note: '"Neither A nor B has fallen": the negated capture of each place in the pair.',
  },
];

export const DENIAL_RULES: DenialRule[] = [
  {
    id: 'denial.nobody-captured',
    kind: 'denial',
    pattern: '( nobody | no one ) HAVE|has ( ADV )? captured|taken|seized|occupied|entered',
    yields: { stance: 'DENIAL', negated: true },
    fires: ['"Our troops remain in their positions, nobody has captured Bilohorivka," Haidai told the national broadcaster.'],
    silent: ['"The enemy has captured Bilohorivka," Haidai told the national broadcaster.'],
  },
  {
    id: 'denial.verb',
    kind: 'denial',
    pattern:
      'denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|refuted|refutes|refuting|disputed|disputes|downplayed|downplays|rebuffed|rebuffs|rebuffing|refute|rebut | played|plays|playing down | contested|contests|challenged|challenges|countered|counters|countering|rebutted|rebuts|rebutting|dispute|dismiss ( this|that|the|these|those|such|its|their|SIDE_ADJ )? claim|claims|report|reports|statement|statements|assertion|assertions',
    yields: { stance: 'DENIAL', speech: true },
    fires: [
      'Ukraine’s General Staff denied claims made by the Russian Defence Ministry that Russian forces had seized Orikhiv.',
      "Ukraine's government had earlier played down reports that Kherson had fallen into Russian hands.",
      "Russia said it captured Siversk. However, Ukraine's military contested this claim, asserting it still governs the town.",
      "Ukraine's Air Assault Forces said the fighting goes on, countering Russian claims that Pokrovsk had been captured.",
      "Ukrainian commanders refute Moscow's claims that Kupiansk has been captured.",
      "Kyiv's military dispute Russian claims that Vovchansk had fallen.",
    ],
    silent: [
      'The Kremlin spokesman would neither confirm nor deny the report.',
      'Both sides contested the town for months.',
      'The dispute over Crimea has lasted a decade.',
    ],
  },
  {
    id: 'denial.do-not-confirm',
    kind: 'denial',
    pattern: 'do|does NEG confirm ( the|these|this|such )? information|reports|report|claims|claim|statements|statement',
    yields: { stance: 'DENIAL', speech: true },
    fires: [
      '"I do not confirm the information that Russia entered the settlements of Stepove and Shcherbaky and took them under control," Voloshyn said.',
    ],
    silent: [
      'The Kremlin spokesman would neither confirm nor deny the report.',
      'The General Staff did not confirm the reports that Stepove had fallen.',
    ],
    note: 'A spokesman who "does not confirm" a report answers it: a denial. A past "did not confirm" is the story saying no confirmation came.',
  },
  {
    id: 'denial.no-information',
    kind: 'denial',
    pattern: 'HAVE no information|confirmation|data that|about|of',
    yields: { stance: 'DENIAL', speech: true },
    fires: [
      '"I have no information that the enemy has captured Hlyboke," Ukrainian spokesman Viktor Trehubov said.',
      'The General Staff said it had no information about Russian troops entering Siversk.',
    ],
    silent: [
      'The General Staff said Russian troops had entered Siversk, but there was no information about losses.',
      'The regional governor said Ukrainian forces had retaken Kozacha Lopan, according to information from the front.',
    ],
    note: 'A spokesman who "has no information" of the other side\'s capture or advance answers the report: a denial, as denial.do-not-confirm reads one.',
  },
  {
    id: 'denial.unconfirmed-capture',
    kind: 'denial',
    pattern: 'do|does NEG confirm the ( alleged|reported|claimed )? capture|seizure|fall|takeover|occupation|loss of',
    yields: { stance: 'DENIAL', speech: true, negated: true },
    fires: ['Meanwhile, the Khortytsia military unit does not confirm the capture of Kurakhove by the occupiers.'],
    silent: ['The General Staff did not confirm the capture of Stepove.'],
    note: 'A side that "does not confirm the capture" of a place denies it, as denial.do-not-confirm reads a report; the capture named is the claim denied.',
  },
  {
    id: 'denial.cannot-say',
    kind: 'denial',
    pattern:
      '( cannot | can NEG | ca NEG ) say|claim|state that ~{1,5} BE|HAVE ( ADV )* ( been )? occupied|captured|taken|seized|liberated|controlled|fallen|lost',
    yields: { stance: 'DENIAL', negated: true },
    fires: ['Trehubov said that "we cannot say that Velikaya Novoselka is occupied" by Russian troops.'],
    silent: [
      'Trehubov said that "we can say that Velikaya Novoselka is occupied" by Russian troops.',
      'Zelensky said he cannot say whether Soledar has fallen.',
    ],
    note: 'A spokesman who "cannot say that X is occupied" answers that it is not.',
  },
  {
    id: 'denial.questioned',
    kind: 'denial',
    pattern:
      "( questioned|questions|questioning|challenged|challenges|challenging|contradicted|contradicts|contradicting | cast|casts|casting doubt on ) ( the|a|an|these|such|those | ~ 's )? ( SIDE_ADJ )? account|version|claim|claims|report|reports|statement|statements|assertion|assertions",
    yields: { stance: 'DENIAL', speech: true },
    fires: [
      "Ukraine's military questioned the Russian account of the capture of Siversk.",
      'Russia said it took Kurakhove. But a Ukrainian official has cast doubt on Russia’s claims, saying fighting in the town continued.',
    ],
    silent: ['Police questioned the driver about the crash.'],
  },
  {
    id: 'denial.accused-of-lies',
    kind: 'denial',
    pattern: 'accused|accuses|accusing|accuse ~{0,4} of ( using|spreading|telling )? "? lies|lying|propaganda|disinformation|fakes',
    yields: { stance: 'DENIAL', speech: true },
    fires: ['Hayday accused the Russians of using “lies and propaganda” in claiming victory in Severodonetsk.'],
    silent: ['Moscow accused Kyiv of shelling the town of Horlivka.'],
    // (A denial denies a claim its sentence tells: "accused Russia of lying about the strike on Kramatorsk" denies none.)
    note: 'To call the other side’s claim lies is to deny it.',
  },
  {
    id: 'denial.spread-lies',
    kind: 'denial',
    pattern:
      'SPREAD ( !fake|fakes|lies|disinformation|misinformation|falsehood|falsehoods|false|fabricated|untrue|,|.|;|:|"|— ~ ){0,3} ( fake|fakes|lies|disinformation|misinformation|falsehood|falsehoods | false|fake|fabricated|untrue ~? information|news|report|reports|statement|statements|claim|claims|narrative|narratives|stories|message|messages ) => ( !.|;|that|about|of|regarding|claiming|saying|stating|alleging ~ ){0,6} that|about|of|regarding|claiming|saying|stating|alleging',
    yields: { stance: 'DENIAL', spread: true },
    fires: [
      'Voloshyn said Russia is spreading disinformation that Bilohorivka has fallen.',
      'Zelenskyy explains why Russia is spreading lies about the "capture" of Soledar.',
      'Occupiers spread fake about capture of Synkivka.',
      'Today, the Muscovites once again began to spread a fake, stating that they had completely occupied Sudzha.',
      'The Ukrainian army said Russian propagandists began to disseminate false information about the capture of Kupiansk.',
    ],
    silent: [
      'Russian troops spread out around Bilohorivka, the Ukrainian army said.',
      'Russia is spreading its influence in the region, Voloshyn said after Bilohorivka fell.',
      'Russian troops have captured Bilohorivka, Voloshyn said, warning against lies.',
    ],
    note: 'Lies a side is said to spread about what follows ("that", "about"): the capture told after them is the spreader’s claim, denied by whoever tells of the spreading, not by the spreader (extract.ts spreadDenials).',
  },
  {
    id: 'denial.labelled-lies',
    kind: 'denial',
    pattern: '( pure|sheer|outright|blatant|just|another|more|simply )? propaganda|fiction|fabrication|fabrications|fake|fakes ,|.|;|—',
    yields: { stance: 'DENIAL', weak: true },
    fires: [
      'A Ukrainian army spokesman called Russian reports that Kurakhove had been captured "propaganda".',
      'Kyiv called the Russian report that Robotyne had been captured "pure fiction".',
    ],
    silent: [
      'The capture of Avdiivka was a propaganda victory for Moscow, the Ukrainian army said.',
      'Kyiv called on its allies to counter Russian propaganda about the fighting in Pokrovsk.',
    ],
    note: 'A claim its sentence labels propaganda, fiction or a fake at the end of a clause is denied, however long the claim told before the label (not "lies", also a verb; not "disinformation", in the name of Ukraine’s Center for Countering Disinformation).',
  },
  {
    id: 'denial.untrue',
    kind: 'denial',
    pattern:
      '( untrue | not true | fake|fakes | fabricat... | disinformation | BE|called|calling|branded|dismissed|labelled|labeled|as ~{0,3} propaganda|provocation|provocations | information operation|operations|attack|attacks|warfare | psyop|psyops|ipso | false claim|claims|report|reports|information | BE ( completely|absolutely|simply|totally|patently )? false|lies|incorrect|inaccurate|exaggerated|groundless|baseless|nonsense | BE not correct|accurate | BE a lie | BE not the case | BE not confirmed|borne|supported by ( the )? facts|reality | do|does|did not correspond|reflect ( to )? ( the )? reality|facts | has|have|had nothing to do with ( the )? reality|truth|facts | has|have|had nothing to do with the real situation | BE lying|lied|lie about | lied about | lie|lies|lying about capturing|taking|seizing|the capture|the fall|the seizure | BE ( ADV | a bit | a little | somewhat )* premature ,|.|"|and | as premature | prematurely claimed|announced|declared|reported | pretending|pretends|pretended|pretend to )',
    yields: { stance: 'DENIAL', weak: true },
    fires: [
      '"The enemy claims that it has captured Tabaivka. This is not true," army spokesman Volodymyr Fityo said.',
      '"Statements that half of Svatove is under Russian control are false," Ukraine’s General Staff said.',
      'A Ukrainian military spokesperson said that the Russian report about Kalynivske was inaccurate and exaggerated.',
      'In reality, reports from the Kremlin about the capture of Huliaipole are not confirmed by facts, the Ukrainian army said.',
      'Trehubov said Russian statements about capturing Vilcha do not correspond to reality.',
      'Zelensky said Putin was claiming that Kostiantynivka had been captured, but this did not reflect reality.',
      'Ukraine’s army said Russian reports about the capture of Kutkivka have nothing to do with reality.',
      '"Information about the capture of Illinka is not correct," the Ukrainian General Staff said.',
      'Ukraine’s army said reports about the capture of Kutkivka have nothing to do with the real situation.',
      'The Russians are lying about capturing the city of Pokrovsk, Syrskyi said.',
      '"Russian reports about the capture of Rodynske are a provocation," Ukraine’s General Staff said.',
      "But the Russians' announcements about the fall of Kupyansk were a bit premature, Viktor Tregubov said.",
      // (An aside between commas, "as of 15:58", is no clause of its own.)
      'Andriy Kovalenko of the Ukrainian General Staff reported that information about the capture of Sudzha by the Russians, as of 15:58, is not true.',
      'Ukrainian officials described the Russian claims about the capture of Pokrovsk as premature.',
      'It is funny to watch the Russian statements, because the enemy is pretending to maintain control over Kupyansk, the Ukrainian spokesman said.',
      'They reported that they had already captured Sievierodonetsk, but this is not the case, the Ukrainian governor said.',
    ],
    silent: [
      'It is true that the town was shelled.',
      // A provocation as a deed, not as a name for a claim.
      'The republics appealed for help in defending themselves against Ukrainian provocations in Donetsk.',
      'The capture of Huliaipole is not confirmed yet, the Ukrainian army said.',
      'The capture of Avdiivka was a propaganda victory for Moscow, the Ukrainian army said.',
      'The talks had nothing to do with the fighting in Kupiansk, the Ukrainian army said.',
      'It is premature to say whether Russia will take Pokrovsk, the Ukrainian army said.',
    ],
  },
];
