import { LocalAvroCodec } from '../shared/codec/localAvroCodec.js';
import { createLogger } from '../shared/logger.js';
import type { Article } from '../shared/model.js';
import { InMemoryTransport } from '../shared/transport/inMemoryTransport.js';
import { runArticleIndex } from './articleIndex.js';
import { InMemoryArticleStore } from './articleStore.js';

const article = (id: string): Article => ({
  articleId: id,
  outlet: 'Wire',
  url: `https://example.org/${id}`,
  headline: `Headline ${id}`,
  body: 'Russian forces said they had captured the village.',
  language: 'en',
  publishedAt: '2025-12-01',
  receivedAt: '2025-12-01T10:00:00Z',
  source: `${id}.txt`,
});

describe('the article index', () => {
  it('keeps every article of the ingest topic by id and passes over records that are not articles', async () => {
    const transport = new InMemoryTransport();
    const codec = new LocalAvroCodec();
    const store = new InMemoryArticleStore();
    await runArticleIndex(transport, codec, 'articles', 'index', store, createLogger('t', 'silent'));
    await transport.send('articles', [
      { key: 'a', value: await codec.encode('articles', 'Article', article('a')) },
      { key: 'x', value: Buffer.from('not an article') },
      { key: 'b', value: await codec.encode('articles', 'Article', article('b')) },
    ]);
    await transport.idle();
    const found = await store.get(['a', 'b', 'missing']);
    expect([...found.keys()]).toEqual(['a', 'b']);
    expect(found.get('b')!.url).toBe('https://example.org/b');
  });
});
