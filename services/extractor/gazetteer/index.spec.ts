import { loadGazetteer, normaliseName, type PlaceMention } from './index.js';
import { placeSkeleton } from './spellings.js';

const gazetteer = loadGazetteer();
const scan = (text: string): PlaceMention[] => gazetteer.scan(text);
const places = (text: string) => gazetteer.resolve(gazetteer.scan(text), text);
const one = (text: string, surface: string) => {
  const mentions = scan(text);
  const i = mentions.findIndex((m) => m.surface === surface);
  if (i < 0) throw new Error(`no mention "${surface}" in: ${mentions.map((m) => m.surface).join(', ')}`);
  return { mention: mentions[i]!, place: gazetteer.resolve(mentions, text)[i]! };
};

describe('gazetteer: spellings', () => {
  it.each(['Kupiansk', 'Kupyansk', 'Kupjansk', 'KUPYANSK'])('reads %s as Kupiansk', (spelling) => {
    const { place } = one(`Shelling hit ${spelling} overnight, officials said.`, spelling);
    expect(place).toMatchObject({
      name: 'Kupiansk',
      id: 'geonames:703656',
      admin1: 'Kharkiv Oblast',
      country: 'UA',
      resolved: true,
      surface: spelling,
    });
  });

  it('reads a name opened by a numeral ordinal ("1st Knyazhy") as the one spelled with its word, and no ordinal alone', () => {
    const text = 'Russian units liberated the settlements of Kazachya Loknya, 1st Knyazhy, 2nd Knyazhy and Zamostye in the Kursk region.';
    expect(one(text, '1st Knyazhy').place).toMatchObject({ name: '1st Knyazhy', admin1: 'Kursk Oblast', resolved: true });
    expect(one(text, '2nd Knyazhy').place).toMatchObject({ name: '2nd Knyazhy', admin1: 'Kursk Oblast' });
    expect(scan('The 1st Brigade attacked on 10th October near Kupiansk.').map((m) => m.surface)).toEqual(['Kupiansk']);
  });

  it('reads an ordinal and a month as a village only in a list of places, never as a date', () => {
    const listed = 'Units liberated Obukhovka, Snagost and 10th October, the ministry said.';
    expect(one(listed, '10th October').place).toMatchObject({ name: 'Desyaty Oktyabr', admin1: 'Kursk Oblast' });
    expect(one('They took Snagost, 10th October and Obukhovka.', '10th October').place.name).toBe('Desyaty Oktyabr');
    for (const dated of ['Kursk was hit on 10th October.', 'Strikes on Kursk, 10th October 2024.', 'It came on Monday, 10th October.'])
      expect(scan(dated).map((m) => m.surface)).not.toContain('10th October');
  });

  it('reads a stoplisted word that is also a village as the place only when it stands alone in a sentence', () => {
    const text = 'Troops took Martynovka, Mikhailovka, Pravda, and Yuzhny, Ukrainska Pravda and the news outlet Pravda said.';
    expect(
      scan(text)
        .filter((m) => /Pravda/.test(m.surface))
        .map((m) => m.start),
    ).toEqual([text.indexOf('Pravda,')]);
  });

  it('puts a name in the region an appositive after it gives ("Kamensk, a town in the Zaporizhzhia region")', () => {
    const text = 'Residents of Kamensk, a town in the Zaporizhzhia region, reported shelling.';
    expect(one(text, 'Kamensk').mention.regionHint).toBe('Zaporizhzhia Oblast');
    expect(one(text, 'Kamensk').place).toMatchObject({ name: 'Kamianske', admin1: 'Zaporizhzhia Oblast' });
  });

  it('reads a former name as the place the article names by its own name too, not a namesake far off', () => {
    const text = 'Russian forces have liberated Dzerzhinsk, the defence ministry said, using the Soviet-era name for Toretsk.';
    expect(one(text, 'Dzerzhinsk').place.name).toBe('Toretsk');
  });

  it('reads New York as the Donetsk town war copy names so, and no newspaper named after a place as a place', () => {
    expect(one('Russian troops entered New York, a town near Toretsk.', 'New York').place.name).toBe('Niu-York');
    expect(scan('The New York Times and the Kyiv Independent reported it, as did The Moscow Times.')).toEqual([]);
  });

  it('leaves the possessive out of the mention', () => {
    const text = "Kupyansk's railway station was damaged.";
    const [m] = scan(text);
    expect(m).toMatchObject({ surface: 'Kupyansk', start: 0, end: 8 });
    expect(gazetteer.resolve([m!], text)[0]!.name).toBe('Kupiansk');
  });

  it.each([
    ['Pokrowsk', 'Pokrovsk'],
    ['Wowtschansk', 'Vovchansk'],
    ['Volchansk', 'Vovchansk'],
    ['Syversk', 'Siversk'],
    ['Seversk', 'Siversk'],
    ['Gulyaipole', 'Huliaipole'],
    ['Hulyaypole', 'Huliaipole'],
    ['Avdeyevka', 'Avdiivka'],
    ['Konstantinovka', 'Kostiantynivka'],
    ['Ugledar', 'Vuhledar'],
    ['Velikaya Novoselka', 'Velyka Novosilka'],
    ['Orekhov', 'Orikhiv'],
    ['Kurakhovo', 'Kurakhove'],
  ])('reads %s as %s', (spelling, name) => {
    expect(one(`Units moved toward ${spelling} this week.`, spelling).place.name).toBe(name);
  });

  it('takes hyphen and space variants of two-word names', () => {
    expect(one('Drones struck Chasiv-Yar again.', 'Chasiv-Yar').place.name).toBe('Chasiv Yar');
    expect(one('Drones struck Chasov Yar again.', 'Chasov Yar').place.name).toBe('Chasiv Yar');
    expect(one('Assault groups neared Velyka Novosilka.', 'Velyka Novosilka').place.name).toBe('Velyka Novosilka');
  });

  it('matches accented and apostrophe spellings', () => {
    expect(one('Fighting near Kup’yansk continued.', 'Kup’yansk').place.name).toBe('Kupiansk');
  });

  it('prefers the Ukrainian romanisation as the canonical name', () => {
    expect(one('A strike on Mykolayiv injured two.', 'Mykolayiv').place.name).toBe('Mykolaiv');
    expect(one('Zaporozhye was hit by glide bombs.', 'Zaporozhye').place.name).toBe('Zaporizhzhia');
  });
});

describe('gazetteer: Soviet-era and Russian-era names', () => {
  it.each([
    ['Krasnoarmeysk', 'Pokrovsk'],
    ['Krasnoarmiisk', 'Pokrovsk'],
    ['Artemovsk', 'Bakhmut'],
    ['Artemivsk', 'Bakhmut'],
    ['Dimitrov', 'Myrnohrad'],
    ['Dymytrov', 'Myrnohrad'],
    ['Dzerzhinsk', 'Toretsk'],
    ['Krasny Liman', 'Lyman'],
  ])('resolves %s to %s', (old, name) => {
    const { place } = one(`Moscow-installed officials spoke of ${old} as their town.`, old);
    expect(place).toMatchObject({ name, admin1: 'Donetsk Oblast', country: 'UA' });
  });
});

describe('gazetteer: regions and their capitals', () => {
  it.each(['Donetsk region', 'Donetsk Oblast', 'Donetsk oblast', 'Donetska oblast'])('reads "%s" as the region', (surface) => {
    const { mention, place } = one(`Heavy fighting raged across the ${surface} on Tuesday.`, surface);
    expect(mention.cue).toBe('region');
    expect(mention.candidates.map((c) => c.kind)).toEqual(['region']);
    expect(place).toMatchObject({ name: 'Donetsk Oblast', id: 'geonames-admin1:UA.05', country: 'UA' });
  });

  it('reads Russian and Ukrainian forms of Kharkiv region names', () => {
    for (const surface of ['Kharkiv region', 'Kharkov region', 'Kharkivska oblast']) {
      expect(one(`Evacuations continued in ${surface} towns.`, surface).place.name).toBe('Kharkiv Oblast');
    }
  });

  it('reads a name before "city" as the city, in a story that calls the region by the same name', () => {
    const text = 'Russian troops hold most of the region of Kherson. Russia still controls Kherson city, the regional capital.';
    const { mention, place } = one(text, 'Kherson');
    expect(mention.cue).toBe('region');
    const mentions = scan(text);
    const city = gazetteer.resolve(mentions, text)[mentions.findIndex((m) => m.surface === 'Kherson' && m.start > 50)]!;
    expect(place.name).toBe('Kherson Oblast');
    expect(city).toMatchObject({ name: 'Kherson', country: 'UA' });
  });

  describe('a claim about a bare capital name that war copy uses for the region (bareNameRegions)', () => {
    const claimedAs = (text: string, surface: string): string | null =>
      gazetteer.regionClaimedAs(one(text, surface).mention, text)?.name ?? null;

    it.each([
      ['Russia now controls about 90% of Donetsk.', 'Donetsk', 'Donetsk Oblast'],
      ['Shoigu said Russian forces had established full control over Luhansk.', 'Luhansk', 'Luhansk Oblast'],
      ['Moscow said its troops had pushed Ukrainian forces out of Kursk.', 'Kursk', 'Kursk Oblast'],
      ['Russia holds about 75% of Zaporizhzhia.', 'Zaporizhzhia', 'Zaporizhzhia Oblast'],
    ])('"%s": %s is %s', (text, surface, region) => {
      expect(claimedAs(text, surface)).toBe(region);
    });

    it.each([
      ['Russian troops entered the city of Donetsk in 2014.', 'Donetsk'],
      ['Separatists have held Donetsk city since 2014.', 'Donetsk'],
      ['Ukraine retook Kherson in November.', 'Kherson'],
      ['Russia said it had captured Kharkiv.', 'Kharkiv'],
      ['Russian troops closed in on the regional capital of Zaporizhzhia.', 'Zaporizhzhia'],
      ['Russian forces reached the outskirts of Sumy.', 'Sumy'],
      ["Russian troops retook Kursk's airport.", 'Kursk'],
      ['Russian forces entered Sumy, a city of 250,000, on Monday.', 'Sumy'],
      ['Shelling hit Donetsk in the Donetsk region.', 'Donetsk'],
    ])('"%s": %s stays the city', (text, surface) => {
      expect(claimedAs(text, surface)).toBeNull();
    });

    it.each([
      ['Russia holds about 75% of Kherson.', 'Kherson', 'Kherson Oblast'],
      ['Russia controls over 70% of Donetsk, Zaporizhzhia and Kherson.', 'Kherson', 'Kherson Oblast'],
      ['Russia controls parts of Kharkiv, Sumy and Dnipropetrovsk.', 'Kharkiv', 'Kharkiv Oblast'],
      ['Russia controls parts of Kharkiv, Sumy and Dnipropetrovsk.', 'Dnipropetrovsk', 'Dnipropetrovsk Oblast'],
    ])('"%s": %s, a share claimed of it, is %s (shareNameRegions)', (text, surface, region) => {
      expect(claimedAs(text, surface)).toBe(region);
    });
  });

  it('gives a bare capital name the city first and the region as a further candidate', () => {
    const { mention, place } = one('Shells fell on Donetsk overnight.', 'Donetsk');
    expect(mention.cue).toBeNull();
    expect(mention.candidates[0]).toMatchObject({ name: 'Donetsk', kind: 'settlement', country: 'UA' });
    expect(mention.candidates[mention.candidates.length - 1]).toMatchObject({ name: 'Donetsk Oblast', kind: 'region' });
    expect(place.name).toBe('Donetsk');
  });

  it('reads each name of a list of regions as a region', () => {
    const text = 'Moscow claims the Zaporizhzhia and Kherson regions as its own.';
    const ms = scan(text);
    const refs = gazetteer.resolve(ms, text);
    expect(refs.filter((r) => r.id?.startsWith('geonames-admin1')).map((r) => r.name)).toEqual(['Zaporizhzhia Oblast', 'Kherson Oblast']);
  });

  it('reads each name after "the regions of" as a region', () => {
    const text = 'Army units liberated Shevchenko and Novoyegorivka in the eastern regions of Donetsk and Lugansk respectively.';
    expect(places(text).map((p) => p.name)).toEqual(['Shevchenko', 'Novoiehorivka', 'Donetsk Oblast', 'Luhansk Oblast']);
    expect(places('Russia annexed the regions of Donetsk, Luhansk, Zaporizhzhia and Kherson.').map((p) => p.name)).toEqual([
      'Donetsk Oblast',
      'Luhansk Oblast',
      'Zaporizhzhia Oblast',
      'Kherson Oblast',
    ]);
  });

  it("reads the Donetsk People's Republic and the DPR as the region", () => {
    const text = "Moscow said its troops took Siversk in the Donetsk People's Republic, which the DPR head confirmed.";
    const ms = scan(text);
    expect(ms.map((m) => m.surface)).toEqual(['Moscow', 'Siversk', "Donetsk People's Republic", 'DPR']);
    expect(ms[2]).toMatchObject({ cue: 'region', candidates: [expect.objectContaining({ name: 'Donetsk Oblast' })] });
    expect(gazetteer.resolve(ms, text)[3]!.name).toBe('Donetsk Oblast');
  });

  it('tells the Kyiv region from the city of Kyiv', () => {
    const text = 'Drones hit the Kyiv region overnight; Kyiv itself was spared.';
    expect(places(text).map((p) => p.name)).toEqual(['Kyiv Oblast', 'Kyiv']);
  });

  it('reads a bare regional capital after "villages ... in" as the region', () => {
    expect(one('Its forces control about 100 villages, spanning over 1,300 square kilometers in Kursk.', 'Kursk').place).toMatchObject({
      name: 'Kursk Oblast',
    });
    expect(one('Russian forces shelled Kursk on Monday.', 'Kursk').place).toMatchObject({ name: 'Kursk' });
  });

  it('reads "Kherson’s southern region" as the region', () => {
    expect(one('Ukraine’s forces have liberated a key village in Kherson’s southern region.', 'Kherson').place).toMatchObject({
      name: 'Kherson Oblast',
    });
  });

  it('knows the facilities war copy names as places, in lower case too', () => {
    expect(one('Russian troops have seized the Zaporizhzhia nuclear power plant.', 'Zaporizhzhia nuclear power plant').place).toMatchObject(
      {
        name: 'Zaporizhzhia Nuclear Power Plant',
      },
    );
    expect(one('Russian forces captured the Avdiivka coke plant.', 'Avdiivka coke plant').place).toMatchObject({
      name: 'Avdiivka Coke Plant',
    });
    expect(one('Russian forces withdrew from Snake Island.', 'Snake Island').place).toMatchObject({ name: 'Snake Island' });
    // ("the Donetsk filtration station": a water works' lower-case words go on with its name; the older romanisation
    // of the plant's town names it too.)
    expect(one('Russian forces captured the Donetsk filtration station.', 'Donetsk filtration station').place).toMatchObject({
      name: 'Donetsk Filtration Station',
    });
    expect(one('Russian forces took control of the Zaporizhia nuclear plant.', 'Zaporizhia nuclear plant').place).toMatchObject({
      name: 'Zaporizhzhia Nuclear Power Plant',
    });
    expect(one('Russian troops have held the Kakhovka HPP since February.', 'Kakhovka HPP').place).toMatchObject({
      name: 'Kakhovka Hydroelectric Power Plant',
    });
  });

  it('reads a share of a regional capital’s name as the region when the sentence counts regions', () => {
    const text = 'Russia has taken control of most of Luhansk, while about half of Donetsk remains under Ukraine’s control, in the Donbas.';
    expect(one(text, 'Luhansk').place).toMatchObject({ name: 'Luhansk Oblast' });
    expect(one(text, 'Donetsk').place).toMatchObject({ name: 'Donetsk Oblast' });
    expect(one('Russian forces control 70% of Pokrovsk.', 'Pokrovsk').place).toMatchObject({ name: 'Pokrovsk' });
  });

  it('knows Donbas, a region war copy claims shares of, though no oblast is it', () => {
    for (const surface of ['Donbas', 'Donbass'])
      expect(one(`Russia controls about 80% of the ${surface}.`, surface).place).toMatchObject({
        name: 'Donbas',
        country: 'UA',
        resolved: true,
      });
  });

  it('knows the Russian border regions', () => {
    for (const [surface, name] of [
      ['Kursk region', 'Kursk Oblast'],
      ['Belgorod region', 'Belgorod Oblast'],
      ['Bryansk region', 'Bryansk Oblast'],
      ['Rostov region', 'Rostov Oblast'],
      ['Voronezh region', 'Voronezh Oblast'],
    ] as const) {
      expect(one(`A drone was downed over the ${surface} at night.`, surface).place).toMatchObject({ name, country: 'RU' });
    }
  });

  it('puts a Russian town in its region', () => {
    expect(one('Ukrainian troops entered Sudzha in August.', 'Sudzha').place).toMatchObject({
      name: 'Sudzha',
      admin1: 'Kursk Oblast',
      country: 'RU',
    });
  });
});

describe('gazetteer: provisional places', () => {
  it('takes an unknown name after "the village of" as a provisional settlement', () => {
    const text = 'Russian troops said they had taken the village of Zelenobalka after a week of assaults.';
    const { mention, place } = one(text, 'Zelenobalka');
    expect(mention).toMatchObject({ provisional: true, candidates: [], cue: 'settlement' });
    expect(place).toMatchObject({ name: 'Zelenobalka', id: null, resolved: false, surface: 'Zelenobalka' });
  });

  it('takes a named island or spit, a district by its adjectival Russian name or a Russian border town’s, but not a Ukrainian town’s district', () => {
    expect(one('Ukrainian forces retook Karantynnyi Island near Kherson.', 'Karantynnyi Island').mention).toMatchObject({
      provisional: true,
      cue: 'settlement',
    });
    expect(one('Russian troops landed on the Tendra Spit on Monday.', 'Tendra Spit').mention.cue).toBe('settlement');
    // An article opening the sentence is no part of the name.
    expect(scan('The Tendra Spit remains under Russian occupation.').map((m) => m.surface)).toEqual(['Tendra Spit']);
    expect(one('A sabotage group entered the Grayvoronsky district of the region.', 'Grayvoronsky district').mention.provisional).toBe(
      true,
    );
    expect(scan('Fighting continues in the Pokrovsk district.').map((m) => m.surface)).toEqual(['Pokrovsk']);
    // Two districts of Russia's border regions named together: each is a district, named "X District".
    const districts = places('Russian units fight Ukrainian formations in the Sudzha and Korenevo districts of the Kursk region.');
    expect(districts.filter((p) => /District$/.test(p.name)).map((p) => [p.name, p.surface])).toEqual([
      ['Sudzha District', 'Sudzha'],
      ['Korenevo District', 'Korenevo'],
    ]);
    // A name fused by a dash to the lower-case word after it ends before the dash.
    expect(places('The Central group seized Pankivka and Rusyn Yar-all in Donetsk.').map((p) => [p.name, p.surface])).toEqual([
      ['Pankivka', 'Pankivka'],
      ['Rusyn Yar', 'Rusyn Yar'],
      ['Donetsk', 'Donetsk'],
    ]);
    // A hromada named by its centre's adjective is the hromada, named after the centre; by the bare name, the town.
    const hromadas = places('29 settlements of Dvorichanska and Petropavlivska hromadas and the Hirska community are occupied.');
    expect(hromadas.map((p) => [p.name, p.surface])).toEqual([
      ['Dvorichna hromada', 'Dvorichanska'],
      ['Petropavlivka hromada', 'Petropavlivska'],
      ['Hirske hromada', 'Hirska'],
    ]);
    expect(places('Part of the territory of the Hirske community is occupied.').map((p) => p.name)).toEqual(['Hirske']);
    // A district of Russia's border regions named by its town's name is the district.
    expect(one('Gladkov said a sabotage group had entered the Grayvoron district.', 'Grayvoron district').mention).toMatchObject({
      provisional: true,
      cue: 'settlement',
    });
    expect(scan('Russia Captures Last Dnieper Estuary Island in Kherson Oblast').some((m) => /Island/.test(m.surface))).toBe(false);
  });

  it('takes each name of "the villages of X and Y"', () => {
    const text = 'The ministry listed the villages of Kvitkopole and Sonyachnodar as captured.';
    const names = scan(text)
      .filter((m) => m.provisional)
      .map((m) => m.surface);
    expect(names).toEqual(['Kvitkopole', 'Sonyachnodar']);
  });

  it('takes the region from "X in the Donetsk region"', () => {
    const text = 'Officials reported fighting at Zarichnoholiv in the Donetsk region on Monday.';
    const { place } = one(text, 'Zarichnoholiv');
    expect(place).toMatchObject({ name: 'Zarichnoholiv', admin1: 'Donetsk Oblast', country: 'UA', resolved: false });
  });

  it('takes an unknown name said to be under a side’s control or liberated as a provisional place', () => {
    const provisional = (text: string): string[] =>
      scan(text)
        .filter((m) => m.provisional)
        .map((m) => m.surface);
    expect(provisional('The researchers also confirm that Ryasne is under Ukrainian control.')).toEqual(['Ryasne']);
    expect(provisional('Zelenopolivka has been captured by Ukrainian troops.')).toEqual(['Zelenopolivka']);
    expect(provisional('Everything east of the Bakhmutka River is under the control of Wagner.')).toEqual([]);
    expect(provisional('Medvedchuk was captured by Ukrainian troops.')).toEqual([]);
  });

  it('takes "X, near Kupiansk" as a provisional place', () => {
    const text = 'Clashes were reported in Stepovokrai, near Kupiansk, on Friday.';
    expect(one(text, 'Stepovokrai').mention.provisional).toBe(true);
  });

  it('takes no settlement noun, and no word of a headline in title case, as a name unless "the village of" says so', () => {
    const provisional = (text: string): string[] =>
      scan(text)
        .filter((m) => m.provisional)
        .map((m) => m.surface);
    expect(provisional('Russia Takes Control of Town near Kyiv')).toEqual([]);
    expect(provisional('Ukraine: Village Liberated After Frontline Breakthrough Near Stepovokrai')).toEqual([]);
    expect(provisional('Russian Troops Capture the Village of Zelenobalka in Donetsk Region')).toEqual(['Zelenobalka']);
  });

  it('prefers a longer unknown name to a known first word ("Zelene Pole")', () => {
    const text = 'Russian forces said they took Zelene Pole in the Donetsk region.';
    expect(one(text, 'Zelene Pole')).toMatchObject({
      mention: { provisional: true, candidates: [] },
      place: { name: 'Zelene Pole', admin1: 'Donetsk Oblast', resolved: false },
    });
    const listed = 'The villages of Novoselivka Persha and Kalynove were taken.';
    expect(scan(listed).map((m) => m.surface)).toEqual(['Novoselivka Persha', 'Kalynove']);
  });

  it('takes a name an apposition calls a settlement and locates for a place, whatever verb comes before it', () => {
    expect(one('Russian forces targeted Snagosk, a village south of the Seim River.', 'Snagosk').mention.provisional).toBe(true);
    expect(scan('Officials met Kovalenko, a village elder, on Monday.').filter((m) => m.provisional)).toEqual([]);
  });

  it('reads a one-word name spelt otherwise as the one settlement with its transliteration key', () => {
    expect(one('Haidai said Ukraine was no longer in control of Avdotyino.', 'Avdotyino').place).toMatchObject({
      name: 'Avdotyine',
      resolved: true,
    });
    // A name shaped like a settlement's but with no word that introduces a place is left alone.
    expect(scan('Avdotyino said so.')).toEqual([]);
  });

  it('reads "Velyka and Mala Oleksandrivka" as two places', () => {
    expect(places('Ukrainian forces liberated Velyka and Mala Oleksandrivka.').map((p) => p.name)).toEqual([
      'Velyka Oleksandrivka',
      'Mala Oleksandrivka',
    ]);
  });

  it('gives the spellings of one name one transliteration key, and other names other keys', () => {
    expect(placeSkeleton('bogorodichny')).toBe(placeSkeleton('bohorodychne'));
    expect(placeSkeleton('krasnogorovka')).toBe(placeSkeleton('krasnohorivka'));
    expect(placeSkeleton('urozhaynoye')).toBe(placeSkeleton('urozhaine'));
    expect(placeSkeleton('kharkivka')).not.toBe(placeSkeleton('hrekivka'));
  });

  it('takes no adverb opening a clause for a name of a list ("Legally, Bakhmut is taken")', () => {
    expect(scan('“Formally, Bakhmut and Soledar are taken,” he said.').map((m) => m.surface)).toEqual(['Bakhmut', 'Soledar']);
    expect(scan('Reportedly, Pishchevik, Bogdanovka and Avdiivka were taken.').map((m) => m.surface)).toEqual([
      'Pishchevik',
      'Bogdanovka',
      'Avdiivka',
    ]);
  });

  it('takes an adjective before a known name as a new unknown name ("Bolshaya Loknya", not Loknya in Pskov Oblast)', () => {
    const text = 'Fighting continued near Sudzha and Bolshaya Loknya in the Kursk region.';
    expect(one(text, 'Bolshaya Loknya').place).toMatchObject({
      name: 'Bolshaya Loknya',
      admin1: 'Kursk Oblast',
      country: 'RU',
      resolved: false,
    });
  });

  it('takes no common village name for a town GeoNames once knew by it ("Ivanivka" is no Bilozerka, "Zelenoye" no Urzuf)', () => {
    expect(one('Ukrainian troops retook Ivanivka in the Kherson region.', 'Ivanivka').place.name).not.toBe('Bilozerka');
    expect(one('Russian forces capture the village of Zelenoye, the ministry said.', 'Zelenoye').place.name).not.toBe('Urzuf');
    // A town's Soviet name that only towns abroad share stays its own: Kirovsk in the Luhansk region is Holubivka.
    expect(one('Fighting near Kirovsk in the Luhansk region went on.', 'Kirovsk').place.name).toBe('Holubivka');
  });

  it('reads an adjective of place names and the capitalised word after it as one name, known or not ("Zelenoye Pole")', () => {
    // Each adjective is a known name of its own (Urzuf's old "Zelenoye", Kyzyl's "Krasny"), the word after it none.
    expect(scan('Russian troops have secured Zelenoye Pole, the ministry said.').map((m) => [m.surface, m.provisional])).toEqual([
      ['Zelenoye Pole', true],
    ]);
    expect(scan('The troops withdrew from Krasny Port and Verkhnia Tersa.').map((m) => m.surface)).toEqual([
      'Krasny Port',
      'Verkhnia Tersa',
    ]);
    expect(scan('Ukrainian forces advanced into southern Russkaya Konopelka.').map((m) => m.surface)).toEqual(['Russkaya Konopelka']);
    // A known name of two words stays itself; a unit named after a place is no place.
    expect(scan('Nova Kakhovka was shelled.').map((m) => [m.surface, m.provisional])).toEqual([['Nova Kakhovka', false]]);
    expect(scan('Soldiers of the 14th Chervona Kalyna Brigade held the line.').map((m) => m.surface)).toEqual([]);
  });

  it('takes a name shaped like a settlement’s after a word that introduces a place ("withdrew from Solodkivske")', () => {
    expect(one('Ukrainian defenders withdrew from Solodkivske on Monday.', 'Solodkivske').mention.provisional).toBe(true);
    expect(one('Fighting goes on in Zarichnivka, the army said.', 'Zarichnivka').mention.provisional).toBe(true);
    expect(
      scan('Speaking in Helsinki, Zelensky said fighting continues, he told reporters in Seattle.').filter((m) => m.provisional),
    ).toEqual([]);
  });

  it('never takes a side adjective of a list for a place ("control of Russian and Russian-backed forces")', () => {
    const text = 'The town of Lyman had fallen under the full control of Russian and Russian-backed forces.';
    expect(scan(text).map((m) => m.surface)).toEqual(['Lyman']);
  });

  it('does not take a company named before a region for a place', () => {
    expect(scan('Drones struck Energoatom in the Zaporizhzhia region.').map((m) => m.surface)).toEqual(['Zaporizhzhia region']);
  });

  it('normalises the written name', () => {
    expect(normaliseName("ZELENOBALKA's")).toBe('Zelenobalka');
    expect(normaliseName('nova  dolyna')).toBe('Nova Dolyna');
  });

  it('does not make a provisional place of an ordinary capitalised word', () => {
    const text = 'Fighting in the Donetsk region intensified. Officials gave no details.';
    expect(scan(text).filter((m) => m.provisional)).toEqual([]);
  });
});

describe('gazetteer: choosing among places of one name', () => {
  it('picks the Moskovka near the other places of the article', () => {
    const text = 'Russia said it took Moskovka and pressed on toward Kupiansk and Kindrashivka.';
    expect(one(text, 'Moskovka').place).toMatchObject({ name: 'Moskovka', admin1: 'Kharkiv Oblast', country: 'UA' });
  });

  it('picks the Pokrovsk of Donetsk Oblast next to Myrnohrad, not the one in Yakutia', () => {
    const text = 'Pokrovsk and Myrnohrad are nearly encircled, the commander said.';
    const { mention, place } = one(text, 'Pokrovsk');
    expect(mention.candidates.length).toBeGreaterThan(1);
    expect(place).toMatchObject({ name: 'Pokrovsk', admin1: 'Donetsk Oblast', country: 'UA' });
  });

  it('picks by distance between two Huliaipoles', () => {
    // The town in Zaporizhzhia Oblast (13,000 people) and a village in Dnipropetrovsk Oblast.
    expect(scan('Huliaipole')[0]!.candidates.map((c) => c.admin1)).toEqual(['Zaporizhzhia Oblast', 'Dnipropetrovsk Oblast']);
    expect(one('Huliaipole was shelled.', 'Huliaipole').place.admin1).toBe('Zaporizhzhia Oblast');
    expect(one('Troops advanced on Huliaipole from Velyka Novosilka and Orikhiv.', 'Huliaipole').place.admin1).toBe('Zaporizhzhia Oblast');
  });

  it('picks by distance between two Kostiantynivkas', () => {
    // The city in Donetsk Oblast (91,000) and a town of 11,500 near Melitopol in Zaporizhzhia Oblast.
    expect(one('Kostiantynivka was shelled.', 'Kostiantynivka').place.admin1).toBe('Donetsk Oblast');
    expect(one('Kostiantynivka and Chasiv Yar were shelled.', 'Kostiantynivka').place.admin1).toBe('Donetsk Oblast');
    expect(one('Partisans struck Melitopol and nearby Kostiantynivka.', 'Kostiantynivka').place.admin1).toBe('Zaporizhzhia Oblast');
  });

  it('prefers a place written by its own name to one known by it only as a former name', () => {
    // Vilniansk was Sofiivka until 1966; today's Sofiivkas are villages.
    expect(one('Sofiivka was shelled.', 'Sofiivka').place.name).toBe('Sofiivka');
  });

  it('prefers a big city to a namesake village next to the other places', () => {
    // Donetsk in Rostov Oblast (Russia) lies closer to Luhansk than Donetsk in Ukraine does.
    expect(one('Strikes hit Luhansk and Donetsk.', 'Donetsk').place).toMatchObject({ name: 'Donetsk', country: 'UA' });
  });

  it('lets a region named in the same sentence decide', () => {
    const text = 'Shelling hit Huliaipole in the Dnipropetrovsk region on Monday.';
    expect(one(text, 'Huliaipole').place.admin1).toBe('Dnipropetrovsk Oblast');
  });

  it('settles a list of villages with namesakes elsewhere on the cluster that lies together', () => {
    const text = 'Russia claimed Novoselivka, Kalynove and Hryshyne near Pokrovsk.';
    expect(places(text).map((p) => p.admin1)).toEqual(['Donetsk Oblast', 'Donetsk Oblast', 'Donetsk Oblast', 'Donetsk Oblast']);
  });

  it('is deterministic whatever the order of resolution', () => {
    const text = 'Seversk, Bakhmut and Lyman were shelled; Moskovka near Kupiansk too.';
    expect(places(text)).toEqual(places(text));
    expect(one(text, 'Seversk').place.name).toBe('Siversk');
  });
});

describe('gazetteer: what is not a place', () => {
  it('skips people, countries and words that are also place names', () => {
    const text =
      'Putin and Zelensky spoke. Trump said Ukraine and Russia must talk. Syrskyi and Gerasimov disagreed. However, Star and Progress were quiet.';
    expect(scan(text).map((m) => m.surface)).toEqual([]);
  });

  it('skips surnames that are also place names after a first name or title', () => {
    const text = 'Sergei Orlov and General Smirnov met Viktor Bobrov; Mr. Korolev said Orlov was shelled.';
    expect(scan(text).map((m) => m.surface)).toEqual(['Orlov']);
    expect(scan('Zhdanov and Romanov spoke to reporters.').map((m) => m.surface)).toEqual([]);
    // A spokesman's, an operator's or an analyst's surname alone, and capitalised words of a headline.
    expect(scan('Zaporozhets said it was not true; Gorb and Kiselev agreed, Röpke wrote.').map((m) => m.surface)).toEqual([]);
    expect(scan('Troops Encircled, Unable to Retreat, Liga Reports').map((m) => m.surface)).toEqual([]);
  });

  it('skips rivers', () => {
    expect(scan('Troops crossed the Oskil River and the Oskil.').map((m) => m.surface)).toEqual([]);
    expect(scan('They held the Dnipro River line.').map((m) => m.surface)).toEqual([]);
  });

  it('skips lower-case words', () => {
    expect(scan('a bar, a hut and a log were all that was left of the star').map((m) => m.surface)).toEqual([]);
  });

  it('returns Kyiv and Moscow as mentions for the grammar to judge', () => {
    expect(scan('Kyiv rejected the claim, and Moscow insisted.').map((m) => m.surface)).toEqual(['Kyiv', 'Moscow']);
  });

  it('still names the place in "the Pokrovsk direction"', () => {
    expect(scan('Attacks in the Pokrovsk direction eased.').map((m) => m.surface)).toEqual(['Pokrovsk']);
  });

  it('gives offsets that slice the surface out of the text', () => {
    const text = 'After Krynky, Robotyne and Klishchiivka, the front moved.';
    for (const m of scan(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(scan(text).map((m) => m.surface)).toEqual(['Krynky', 'Robotyne', 'Klishchiivka']);
  });
});

describe('gazetteer: Russian spellings and stray namesakes', () => {
  const list = 'The militia liberated Pishchevik, Bogdanovka, Novognatovka, Starognatovka, Svobodnoye, Donskoye and Andreyevka, he said.';

  it.each([
    ['Bogdanovka', 'Bohdanivka'],
    ['Novognatovka', 'Novohnativka'],
    ['Starognatovka', 'Starohnativka'],
    ['Donskoye', 'Donske'],
    ['Andreyevka', 'Andriivka'],
  ])('reads the Russian spelling %s as %s in Ukraine', (surface, name) => {
    expect(one(list, surface).place).toMatchObject({ name, admin1: 'Donetsk Oblast', country: 'UA', resolved: true });
  });

  it('takes a namesake far from the front and from every place beside it for an unknown village', () => {
    // The gazetteer's only "Svobodnoye" is Goyty, in Chechnya.
    expect(one(list, 'Svobodnoye').place).toMatchObject({ name: 'Svobodnoye', resolved: false });
  });

  it.each([
    ['Myrnograd', 'Myrnohrad'],
    ['Svyatogorsk', 'Sviatohirsk'],
  ])('reads the Russian -grad and -gorsk of %s as %s', (surface, name) => {
    expect(one(`Russian forces captured ${surface}, the ministry said.`, surface).place).toMatchObject({
      name,
      country: 'UA',
      resolved: true,
    });
  });

  it('takes a village a story set in Russia names for an unknown Russian one, not a Ukrainian namesake', () => {
    const text = 'The ministry reported the liberation of ten villages in the Kursk region. Nikolayevka and Borki were liberated later.';
    expect(one(text, 'Nikolayevka').place).toMatchObject({ name: 'Nikolayevka', resolved: false });
    // The supplement knows Kursk Oblast's own Uspenovka (Glushkovo district).
    const known = 'The ministry reported the liberation of ten villages in the Kursk region. Uspenovka and Borki were liberated later.';
    expect(one(known, 'Uspenovka').place).toMatchObject({ name: 'Uspenovka', admin1: 'Kursk Oblast', resolved: true });
  });

  it('prefers a namesake in the region the sentence before names when its own sentence names none', () => {
    const text =
      'Moscow said its troops had retaken two villages in the Kursk region on Monday. The defence ministry said the villages ' +
      'of Uspenovka and Borki were back under its control, a claim that could not be verified. Meanwhile Russian troops ' +
      'pressed on towards Pokrovsk, the logistics hub of the Donetsk region, where fighting went on.';
    expect(one(text, 'Uspenovka').place).toMatchObject({ name: 'Uspenovka', admin1: 'Kursk Oblast', resolved: true });
    // A region the mention's own sentence names still decides.
    const own =
      'Moscow said its troops had retaken two villages in the Kursk region on Monday. Kyiv said its forces held ' +
      'Uspenivka in the Donetsk region, near Pokrovsk.';
    expect(one(own, 'Uspenivka').place).toMatchObject({ admin1: 'Donetsk Oblast', country: 'UA' });
  });

  it.each([
    ['Suja', 'Sudzha'],
    ['Suzhia', 'Sudzha'],
  ])('reads %s, a spelling of the incursion years, as %s', (surface, name) => {
    const text = `Ukrainian troops advanced on ${surface}, the blogger said.`;
    expect(one(text, surface).place).toMatchObject({ name, admin1: 'Kursk Oblast', resolved: true });
  });

  it('reads Krasne beside Strilecha as the Kharkiv border village', () => {
    const text = 'Fighting went on near the villages of Strilecha, Krasne, Pylna and Borysivka, the army said.';
    for (const name of ['Krasne', 'Pylna', 'Borysivka'])
      expect(one(text, name).place).toMatchObject({ name, admin1: 'Kharkiv Oblast', resolved: true });
  });

  it.each([
    ['Novosadovoye', 'Avtury'],
    ['Zapadnyy', 'Gorodovikovsk'],
  ])('takes %s, a former name of %s far from the front, for an unknown village of that name', (surface, namesake) => {
    const text = `Russian forces took control of ${surface}, the ministry said.`;
    expect(gazetteer.resolve(scan(text), text).map((p) => p.name)).not.toContain(namesake);
    expect(one(text, surface).place).toMatchObject({ name: surface, resolved: false });
  });

  it('keeps a former name that means a place at the front', () => {
    expect(one('Russian troops entered Artemovsk.', 'Artemovsk').place.name).toBe('Bakhmut');
  });

  it('keeps a Russian spelling the gazetteer knows in Ukraine', () => {
    expect(one('Fighting went on near Nikolskoye in the Donetsk region.', 'Nikolskoye').place).toMatchObject({ name: 'Mykilske' });
  });
});
