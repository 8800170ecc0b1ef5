import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Article } from '../shared/model.js';
import type { OutgoingBytes, Transport } from '../shared/transport/transport.js';

/** Articles per send: large enough for Kafka's batching, small enough to show progress. */
const CHUNK = 500;

/** Publishes articles to the ingest topic, keyed by articleId, in the order given; `onSent` hears each chunk sent. */
export const publishArticles = async (
  transport: Transport,
  codec: RecordCodec,
  topic: string,
  articles: Article[],
  onSent?: (count: number) => void,
): Promise<void> => {
  for (let from = 0; from < articles.length; from += CHUNK) {
    const chunk = articles.slice(from, from + CHUNK);
    const records: OutgoingBytes[] = [];
    for (const article of chunk) records.push({ key: article.articleId, value: await codec.encode(topic, 'Article', article) });
    await transport.send(topic, records);
    onSent?.(chunk.length);
  }
};
