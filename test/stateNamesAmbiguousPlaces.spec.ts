import { claim } from '../services/reconciler/testing/claimFixtures.js';
import { placeKeyOf } from '../services/shared/ids.js';
import type { Claim } from '../services/shared/model.js';
import { configFor, requireServices, runCli, stopWorkersAndClearState, testEnv, withTestStore } from './support/testEnv.js';

const at = (c: Claim, id: string, admin1: string): Claim => ({ ...c, place: { ...c.place, id, admin1 } });

/**
 * `claimwire state Lyman` when two places are named Lyman lists both, each with its region and key, instead of picking
 * one; `claimwire state geonames:<id>` shows one; text from the records is escaped, never printed raw.
 */
describe('state names ambiguous places', () => {
  const env = testEnv('state');
  const config = configFor(env);

  beforeAll(async () => {
    await requireServices(config);
    await withTestStore(config, (store) =>
      store.apply([
        at(
          claim({ place: 'Lyman', side: 'RU', stance: 'CONTROL', controller: 'RU', claimedAt: '2024-02-17', article: 'a' }),
          'geonames:704233',
          'Donetsk Oblast',
        ),
        at(
          claim({
            place: 'Lyman',
            side: 'UA',
            stance: 'CONTROL',
            controller: 'UA',
            claimedAt: '2024-02-18',
            article: 'b',
            outlet: null,
            claimant: 'Ukraine (Oleksandr Syrskyi)',
            evidence: 'Syrskyi said the \u001b[31mtown\u001b[0m was held \u202eby Ukraine.',
          }),
          'geonames:704234',
          'Kharkiv Oblast',
        ),
        at(
          claim({
            place: 'Lyman',
            side: 'UA',
            stance: 'CONTROL',
            controller: 'UA',
            claimedAt: '2024-02-18',
            article: 'c',
            claimant: 'Oleksandr Syrskyi',
          }),
          'geonames:704234',
          'Kharkiv Oblast',
        ),
      ]),
    );
  });
  afterAll(() => stopWorkersAndClearState([], config));

  it('lists the candidates with region and key, and shows one by its key', async () => {
    const ambiguous = await runCli(['state', 'Lyman'], env);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr.trim().split('\n')).toEqual([
      'claimwire: "Lyman" names 2 places; name one by its key:',
      '  claimwire state geonames:704234   Lyman, Kharkiv Oblast, UA  (2 claims, ONE_SIDED)',
      '  claimwire state geonames:704233   Lyman, Donetsk Oblast, UA  (1 claim, ONE_SIDED)',
    ]);

    const one = await runCli(['state', 'geonames:704234'], env);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Lyman, Kharkiv Oblast, UA {2}\[geonames:704234\]/);
    expect(one.stdout).toContain('UA      CONTROL UA — Oleksandr Syrskyi, 2024-02-18');
    expect(one.stdout).not.toContain('Ukraine (Oleksandr Syrskyi)');
    expect(one.stdout).toContain('no outlet named (2024-02-28)');
    expect(one.stdout).toContain('\\u001b[31mtown\\u001b[0m was held \\u202eby Ukraine.');
    expect(one.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(one.stdout).toContain('2 claims, 1 event, 1 outlet ');

    const json = await runCli(['state', 'geonames:704233', '--json'], env);
    expect((JSON.parse(json.stdout) as { placeKey: string }[]).map((s) => s.placeKey)).toEqual(['geonames:704233']);
    expect(placeKeyOf({ id: 'geonames:704233', name: 'Lyman', admin1: null })).toBe('geonames:704233');
  }, 60_000);
});
