import { InMemoryArticleStore } from '../articles/articleStore.js';
import { InMemoryPlaceStateStore } from '../reconciler/inMemoryStore.js';
import { goldSeedClaims } from '../reconciler/testing/claimFixtures.js';
import { createLogger } from '../shared/logger.js';
import { ChangeFeed } from './changeFeed.js';
import { ChangeRing } from './changeRing.js';
import { PlaceIndex } from './placeIndex.js';
import type { ReadSide, ServiceHealth } from './readSide.js';
import { buildServer } from './server.js';

const readSide = async (health: Record<string, ServiceHealth>): Promise<ReadSide> => {
  const store = new InMemoryPlaceStateStore();
  await store.apply(goldSeedClaims().claims);
  const index = new PlaceIndex(() => []);
  for (const state of await store.list()) index.apply(state);
  return {
    places: store,
    articles: new InMemoryArticleStore(),
    index,
    feed: new ChangeFeed(new ChangeRing(new Map([[0, 0n]]), { changes: 10, bytes: 1_000_000 }), index),
    health: async () => health,
    logger: createLogger('test', 'silent'),
  };
};

/** Listens on a free port of the loopback and fetches from it, as a client would. */
const serve = async (
  read: ReadSide,
  token: string | null,
): Promise<{ get: (path: string, headers?: Record<string, string>) => Promise<Response>; close: () => Promise<void> }> => {
  const app = await buildServer(read, { token, maxStreams: 1, dashboard: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return { get: (path, headers = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers }), close: () => app.close() };
};

describe('the API server', () => {
  it('answers 503 from /api/health, naming the service that does not answer', async () => {
    const server = await serve(
      await readSide({
        kafka: { ok: true, where: '127.0.0.1:9092', error: null },
        redis: { ok: false, where: 'redis://127.0.0.1:6379', error: 'connect ECONNREFUSED' },
      }),
      null,
    );
    const response = await server.get('/api/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, services: { redis: { ok: false, error: 'connect ECONNREFUSED' } } });
    await server.close();
  });

  it('gives a browser without the token a page that asks for it and shows no data', async () => {
    const server = await serve(await readSide({}), 't0ken');
    const page = await server.get('/index.html', { accept: 'text/html' });
    expect(page.status).toBe(401);
    const html = await page.text();
    expect(html).toMatch(/wants its access token/);
    expect(html).not.toMatch(/Kupiansk/);
    expect(await (await server.get('/api/places')).json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    expect((await server.get('/api/places', { authorization: 'Bearer t0ken' })).status).toBe(200);
    await server.close();
  });
});
