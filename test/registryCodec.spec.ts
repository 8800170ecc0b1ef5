import { RegistryCodec } from '../services/shared/codec/registryCodec.js';
import type { Article } from '../services/shared/model.js';
import { InvalidRecordError } from '../services/shared/schemas.js';
import { configFor, requireServices, testEnv } from './support/testEnv.js';

const article: Article = {
  articleId: 'a-1',
  outlet: 'Wire',
  url: null,
  headline: 'Town holds',
  body: 'The town holds, officials said.',
  language: 'en',
  publishedAt: null,
  receivedAt: '2024-05-01T10:00:00.000Z',
  source: null,
};

describe('records through the real schema registry', () => {
  const config = configFor(testEnv('registry'));
  const codec = new RegistryCodec(config.schemaRegistryUrl);

  beforeAll(() => requireServices(config));

  it('registers under <topic>-value, the same schema twice with the same id, and round-trips records', async () => {
    const id = await codec.schemaId(config.topics.articles, 'Article');
    expect(await new RegistryCodec(config.schemaRegistryUrl).schemaId(config.topics.articles, 'Article')).toBe(id);
    const bytes = await codec.encode(config.topics.articles, 'Article', article);
    expect(bytes[0]).toBe(0);
    expect(bytes.readInt32BE(1)).toBe(id);
    expect({ ...((await codec.decode('Article', bytes)) as Article) }).toEqual(article);
    const subjects = (await (await fetch(`${config.schemaRegistryUrl}/subjects`)).json()) as string[];
    expect(subjects).toContain(`${config.topics.articles}-value`);
  });

  it('refuses to encode a record that does not fit its schema', async () => {
    await expect(codec.encode(config.topics.articles, 'Article', { ...article, body: 42 })).rejects.toThrow(/not a valid Article: body=42/);
  });

  it('calls undecodable bytes bad records, not outages', async () => {
    await expect(codec.decode('Article', Buffer.from('plain text'))).rejects.toBeInstanceOf(InvalidRecordError);
    const unknownId = Buffer.from([0, 0x7f, 0xff, 0xff, 0xf0, 1, 2, 3]);
    await expect(codec.decode('Article', unknownId)).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('calls a record of another schema a bad record', async () => {
    const deadLetterBytes = await codec.encode(config.topics.deadLetters, 'DeadLetter', {
      topic: 't',
      partition: 0,
      offset: '1',
      key: null,
      value: null,
      reason: 'r',
      worker: 'w',
      failedAt: '2024-01-01T00:00:00Z',
    });
    await expect(codec.decode('Article', deadLetterBytes)).rejects.toThrow(/not a valid Article/);
  });

  it('registers a new subject from many processes at once and all get the same id (the registry race CI met)', async () => {
    const subjectTopic = `${config.topics.deadLetters}.race`;
    const ids = await Promise.all(
      Array.from({ length: 8 }, () => new RegistryCodec(config.schemaRegistryUrl).schemaId(subjectTopic, 'DeadLetter')),
    );
    expect(new Set(ids).size).toBe(1);
  });
});
