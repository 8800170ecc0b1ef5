import { Kafka, logLevel } from 'kafkajs';
import { stateAsOf } from '../services/api/asOf.js';
import type { PlaceSummary } from '../services/api/placeSummary.js';
import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { PlaceState } from '../services/shared/model.js';
import { goldPlaces, LIVE_ARTICLE, MARKUP_ARTICLE, startStackBackend, type StackBackend } from './support/dashboardBackends.js';
import { openStream } from './support/sseClient.js';
import { withTestStore } from './support/testEnv.js';

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  nextOffset: number | null;
  position?: string;
}

interface ClaimItem {
  claimId: string;
  eventId: string;
  claimant: { name: string; side: string };
  claimedAt: string;
  evidence: { text: string };
  article: { articleId: string; outlet: string | null; url: string | null; headline: string | null; source: string | null };
}

/** Every route of `claimwire serve` over the real stack: filters, paging, errors, the token, the stream's limits and resumption. */
describe('the HTTP API over Redis and the reconciled topic', () => {
  let backend: StackBackend;
  let base: string;
  const get = async (path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${base}${path}`, { headers });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  };
  const ok = async <T>(path: string): Promise<T> => {
    const { status, body } = await get(path);
    if (status !== 200) throw new Error(`GET ${path}: ${status} ${JSON.stringify(body)}`);
    return body as T;
  };
  const names = (page: Page<PlaceSummary>): string[] => page.items.map((p) => p.name);
  let kupiansk: PlaceSummary;

  beforeAll(async () => {
    backend = await startStackBackend('api');
    base = backend.url;
    kupiansk = (await ok<Page<PlaceSummary>>('/api/places?q=Kupiansk')).items[0]!;
  }, 180_000);

  afterAll(() => backend?.stop(), 60_000);

  it('lists every place by name, with each side’s position in one line', async () => {
    const page = await ok<Page<PlaceSummary>>('/api/places');
    expect(names(page)).toEqual(expect.arrayContaining(Object.keys(goldPlaces)));
    expect(names(page)).toEqual([...names(page)].sort());
    for (const [name, status] of Object.entries(goldPlaces)) expect(page.items.find((p) => p.name === name)!.status).toBe(status);
    expect(kupiansk).toMatchObject({ region: 'Kharkiv Oblast', country: 'UA', lat: expect.any(Number), lon: expect.any(Number) });
    expect(kupiansk.positions.find((p) => p.side === 'RU')!.line).toMatch(/CONTROL RU 100% — Maria Zakharova, 2025-12-18/);
    expect(page.position).toMatch(/^\d+:\d+(,\d+:\d+)*$/);
  });

  it('filters by status, region, any spelling of a name and the day of the last change', async () => {
    expect(names(await ok('/api/places?status=CONTESTED'))).toEqual(['Kupiansk']);
    const two = await ok<Page<PlaceSummary>>('/api/places?status=CORROBORATED,ONE_SIDED');
    expect(names(two)).toEqual(expect.arrayContaining(['Kindrashivka', 'Radkivka', 'Moskovka']));
    expect(names(two)).not.toContain('Kupiansk');
    const kharkiv = await ok<Page<PlaceSummary>>('/api/places?region=kharkiv');
    expect(names(kharkiv)).toEqual(expect.arrayContaining(Object.keys(goldPlaces)));
    expect(kharkiv.items.every((p) => p.region === 'Kharkiv Oblast')).toBe(true);
    expect(names(await ok(`/api/places?region=${encodeURIComponent('Kharkiv Oblast')}`))).toEqual(names(kharkiv));
    for (const spelling of ['Kupyansk', 'kupjansk', 'KUPIANSK', 'Купянськ', 'Купянск', 'kupy'])
      expect([spelling, names(await ok(`/api/places?q=${encodeURIComponent(spelling)}`))]).toEqual([spelling, ['Kupiansk']]);
    expect((await ok<Page<PlaceSummary>>('/api/places?q=Pokrovsk')).total).toBe(0);
    const since = await ok<Page<PlaceSummary>>('/api/places?since=2025-12-25');
    expect(since.items.length).toBeGreaterThan(0);
    expect(since.items.every((p) => p.updatedAt.slice(0, 10) >= '2025-12-25')).toBe(true);
    expect((await ok<Page<PlaceSummary>>('/api/places?since=2099-01-01')).total).toBe(0);
    expect(names(await ok('/api/places?status=CORROBORATED&q=rad'))).toEqual(['Radkivka']);
  });

  it('pages the list', async () => {
    const all = await ok<Page<PlaceSummary>>('/api/places');
    const first = await ok<Page<PlaceSummary>>('/api/places?limit=2');
    expect(first).toMatchObject({ total: all.total, limit: 2, offset: 0, nextOffset: 2 });
    const pages = [first];
    while (pages.at(-1)!.nextOffset !== null) pages.push(await ok(`/api/places?limit=2&offset=${pages.at(-1)!.nextOffset}`));
    expect(pages.flatMap(names)).toEqual(names(all));
    expect(pages.at(-1)!.nextOffset).toBeNull();
  });

  it('lists every place as of a past day', async () => {
    const then = await ok<Page<PlaceSummary>>('/api/places?asOf=2025-11-25');
    expect(names(then)).toEqual(['Kupiansk']);
    expect(then.items[0]!.version).toBeLessThan(kupiansk.version);
    expect((await ok<Page<PlaceSummary>>('/api/places?asOf=2020-01-01')).total).toBe(0);
  });

  it('gives one place in full, and as of a past day by reconcile over its claims up to then', async () => {
    const state = await ok<PlaceState>(`/api/places/${encodeURIComponent(kupiansk.placeKey)}`);
    expect(state).toMatchObject({ placeKey: kupiansk.placeKey, status: 'CONTESTED', version: kupiansk.version });
    expect(state.conflicts[0]!.reason).toMatch(/more than the whole place/);
    expect(state.timeline.length).toBe(state.eventCount);
    const then = await ok<PlaceState>(`/api/places/${encodeURIComponent(kupiansk.placeKey)}?asOf=2025-11-25`);
    const claims = await withTestStore(backend.config, (store) => store.claimsOf(kupiansk.placeKey));
    expect(then).toEqual(JSON.parse(JSON.stringify(stateAsOf(claims, '2025-11-25'))));
    expect(then.timeline.every((e) => e.claimedAt <= '2025-11-25')).toBe(true);
    const none = await get(`/api/places/${encodeURIComponent(kupiansk.placeKey)}?asOf=2020-01-01`);
    expect(none.status).toBe(404);
    expect((none.body as { message: string }).message).toMatch(/no claim made on or before 2020-01-01/);
  });

  it('lists every claim of a place with its event, sentence, article, outlet and URL; paged and filtered', async () => {
    const key = encodeURIComponent(kupiansk.placeKey);
    const all = await ok<Page<ClaimItem>>(`/api/places/${key}/claims?limit=500`);
    expect(all.total).toBe(kupiansk.claimCount);
    expect(all.items.every((c) => c.evidence.text.length > 0 && c.article.articleId && c.article.source)).toBe(true);
    const firstPage = await ok<Page<ClaimItem>>(`/api/places/${key}/claims?limit=5`);
    const secondPage = await ok<Page<ClaimItem>>(`/api/places/${key}/claims?limit=5&offset=5`);
    expect([...firstPage.items, ...secondPage.items].map((c) => c.claimId)).toEqual(all.items.slice(0, 10).map((c) => c.claimId));
    const ru = await ok<Page<ClaimItem>>(`/api/places/${key}/claims?side=RU&limit=500`);
    expect(ru.items.length).toBeGreaterThan(0);
    expect(ru.items.every((c) => c.claimant.side === 'RU')).toBe(true);
    const state = await ok<PlaceState>(`/api/places/${key}`);
    const gerasimov = state.timeline.find((e) => e.claimants.includes('Valery Gerasimov') && e.claimedAt === '2025-11-20')!;
    expect(gerasimov.citations).toHaveLength(3); // the state keeps each event's latest three
    const cited = await ok<Page<ClaimItem>>(`/api/places/${key}/claims?eventId=${gerasimov.eventId}`);
    expect(cited.total).toBe(4);
    const then = await ok<Page<ClaimItem>>(`/api/places/${key}/claims?asOf=2025-11-25&limit=500`);
    expect(then.items.every((c) => (c.claimedAt.length === 7 ? `${c.claimedAt}-00` : c.claimedAt) <= '2025-11-25')).toBe(true);
    expect(then.total).toBeLessThan(all.total);
  });

  it('gives an article by id, with its URL once the article index has it', async () => {
    const before = await ok<Page<ClaimItem>>(`/api/places/${encodeURIComponent(kupiansk.placeKey)}/claims?limit=1`);
    const articleId = before.items[0]!.article.articleId;
    const article = await ok<{ articleId: string; body: string }>(`/api/articles/${encodeURIComponent(articleId)}`);
    expect(article.articleId).toBe(articleId);
    expect(article.body).toContain(before.items[0]!.evidence.text);
    expect((await get('/api/articles/sha256%3Anone')).status).toBe(404);
  });

  it('answers 400 with the reason for bad parameters and 404 for unknown places and routes', async () => {
    const bad: [string, RegExp][] = [
      ['/api/places?limit=0', /limit must be >= 1/],
      ['/api/places?limit=501', /limit must be <= 500/],
      ['/api/places?limit=ten', /limit must be integer/],
      ['/api/places?offset=-1', /offset must be >= 0/],
      ['/api/places?status=WON', /status must match/],
      ['/api/places?since=2025-02-31', /since "2025-02-31" is not a day of the calendar/],
      ['/api/places?since=yesterday', /since must match/],
      ['/api/places?asOf=2025-13-01', /asOf "2025-13-01" is not a day/],
      ['/api/places?colour=red', /unknown parameter "colour"/],
      ['/api/places?q=%20%20', /q holds no name/],
      [`/api/places/${encodeURIComponent(kupiansk.placeKey)}?asOf=soon`, /asOf must match/],
      [`/api/places/${encodeURIComponent(kupiansk.placeKey)}/claims?side=BOTH`, /side must be equal to one of/],
      [`/api/places/${encodeURIComponent(kupiansk.placeKey)}/claims?limit=1000`, /limit must be <= 500/],
      ['/api/changes?lastEventId=yesterday', /not a position/],
    ];
    for (const [path, reason] of bad) {
      const { status, body } = await get(path);
      expect([path, status, (body as { message: string }).message]).toEqual([path, 400, expect.stringMatching(reason)]);
    }
    for (const path of [
      '/api/places/geonames%3A1',
      '/api/places/geonames%3A1/claims',
      '/api/places/nowhere?asOf=2025-01-01',
      '/api/nothing',
    ])
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    expect(((await get('/api/places/geonames%3A1')).body as { message: string }).message).toMatch(/no place with key "geonames:1"/);
  });

  it('reports Kafka, the registry and Redis reachable, and describes itself in OpenAPI 3', async () => {
    const health = await ok<{ ok: boolean; services: Record<string, { ok: boolean }> }>('/api/health');
    expect(health.ok).toBe(true);
    expect(Object.keys(health.services).sort()).toEqual(['kafka', 'redis', 'registry']);
    expect(Object.values(health.services).every((s) => s.ok)).toBe(true);
    const doc = await ok<{ openapi: string; paths: Record<string, { get: { parameters?: { name: string }[] } }> }>('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/articles/{articleId}',
        '/api/changes',
        '/api/health',
        '/api/ping',
        '/api/places',
        '/api/places/{placeKey}',
        '/api/places/{placeKey}/claims',
      ].sort(),
    );
    expect(doc.paths['/api/places']!.get.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['status', 'region', 'q', 'since', 'asOf', 'limit', 'offset']),
    );
  });

  it('wants the token on every route when one is set, and limits the open change streams', async () => {
    const { url } = await backend.startServer({ CLAIMWIRE_HTTP_TOKEN: 'open sesame', CLAIMWIRE_HTTP_MAX_STREAMS: '1' });
    for (const path of [
      '/api/places',
      `/api/places/${encodeURIComponent(kupiansk.placeKey)}`,
      '/api/health',
      '/api/openapi.json',
      '/api/changes',
      '/',
      '/app.js',
    ]) {
      expect([path, (await fetch(`${url}${path}`)).status]).toEqual([path, 401]);
      expect([path, (await fetch(`${url}${path}`, { headers: { authorization: 'Bearer wrong' } })).status]).toEqual([path, 401]);
    }
    const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect(await page.text()).toMatch(/wants its access token/);
    const withBearer = await fetch(`${url}/api/places`, { headers: { authorization: 'Bearer open sesame' } });
    expect(withBearer.status).toBe(200);
    const withCookie = await fetch(`${url}/api/places`, { headers: { cookie: `claimwire-token=${encodeURIComponent('open sesame')}` } });
    expect(withCookie.status).toBe(200);

    const first = await openStream(`${url}/api/changes`, { authorization: 'Bearer open sesame' });
    expect(first.status).toBe(200);
    await first.waitFor(1, 5_000);
    const second = await fetch(`${url}/api/changes`, { headers: { authorization: 'Bearer open sesame' } });
    expect(second.status).toBe(503);
    expect(((await second.json()) as { message: string }).message).toMatch(/CLAIMWIRE_HTTP_MAX_STREAMS/);
    first.close();
    const deadline = Date.now() + 5_000;
    let again = 503;
    while (again === 503 && Date.now() < deadline) {
      const r = await fetch(`${url}/api/changes`, {
        headers: { authorization: 'Bearer open sesame' },
        signal: AbortSignal.timeout(1_000),
      }).catch(() => null);
      again = r?.status ?? 503;
      await r?.body?.cancel().catch(() => undefined);
      if (again === 503) await new Promise((r2) => setTimeout(r2, 100));
    }
    expect(again).toBe(200);
  }, 90_000);

  it('streams each new state, and a stream resumed after a disconnect loses no change and repeats none', async () => {
    const first = await openStream(`${base}/api/changes`);
    const [hello] = await first.waitFor(1, 5_000);
    expect(hello!.event).toBe('hello');
    const from = hello!.id!;
    first.close();

    // While no one listens: two articles, several state changes.
    await backend.ingest(LIVE_ARTICLE);
    await backend.ingest(MARKUP_ARTICLE);
    const published = await publishedSince(backend, from, (states) =>
      ['Kupiansk', 'Moskovka'].every((name) => states.some((s) => s.place.name === name)),
    );

    const resumed = await openStream(`${base}/api/changes`, { 'last-event-id': from });
    const events = await resumed.waitFor(1 + published.length, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    const states = resumed.events.filter((e) => e.event === 'state');
    // Every change published after the position, once; partitions interleave as they arrive, so compared sorted.
    const streamed = states.map((e) => JSON.parse(e.data) as PlaceState);
    expect(streamed.map(summary).sort()).toEqual(published.map(summary).sort());
    // Within a place (one partition), in the order the topic has them.
    for (const key of new Set(streamed.map((s) => s.placeKey))) {
      const versions = (list: PlaceState[]): number[] => list.filter((s) => s.placeKey === key).map((s) => s.version);
      expect(versions(streamed)).toEqual(versions(published));
    }
    expect(events[0]!.event).toBe('hello');
    resumed.close();

    // Resumed from the middle: exactly what came after that event.
    const middle = await openStream(`${base}/api/changes`, { 'last-event-id': states[0]!.id! });
    await middle.waitFor(states.length, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(middle.events.filter((e) => e.event === 'state').map((e) => e.id)).toEqual(states.slice(1).map((e) => e.id));
    middle.close();

    // Older than what this server read: it says so, and the client reloads.
    const gap = await openStream(`${base}/api/changes`, { 'last-event-id': from.replace(/:\d+/g, ':0') });
    const [reset] = await gap.waitFor(1, 5_000);
    gap.close();
    const held = from.split(',').some((part) => !part.endsWith(':0'));
    expect(reset!.event).toBe(held ? 'reset' : 'hello');
  }, 120_000);
});

const summary = (s: PlaceState): string => `${s.placeKey} v${s.version}`;

/** The PlaceStates published on the reconciled topic after `position`, once `done` holds: what a resumed stream must give. */
const publishedSince = async (backend: StackBackend, position: string, done: (states: PlaceState[]) => boolean): Promise<PlaceState[]> => {
  const starts = new Map(position.split(',').map((part) => part.split(':').map(BigInt) as [bigint, bigint]));
  const kafka = new Kafka({ clientId: 'test-published', brokers: backend.config.kafkaBrokers, logLevel: logLevel.NOTHING });
  const codec = new RegistryCodec(backend.config.schemaRegistryUrl);
  const consumer = kafka.consumer({ groupId: `test-published-${Date.now()}`, maxWaitTimeInMs: 100 });
  const records: { partition: number; offset: bigint; state: PlaceState }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: backend.config.topics.reconciled, fromBeginning: true });
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      if (BigInt(message.offset) < (starts.get(BigInt(partition)) ?? 0n)) return;
      records.push({ partition, offset: BigInt(message.offset), state: (await codec.decode('PlaceState', message.value!)) as PlaceState });
      if (done(records.map((r) => r.state))) finish();
    },
  });
  const timer = setTimeout(finish, 60_000);
  await finished;
  clearTimeout(timer);
  // Records still on their way for the same changes.
  await new Promise((r) => setTimeout(r, 1_500));
  await consumer.disconnect();
  return records.map((r) => r.state);
};
