import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Article } from '../shared/model.js';
import type { OutgoingBytes, Transport } from '../shared/transport/transport.js';

/** Publishes articles to the ingest topic, keyed by articleId, in the order given. */
export const publishArticles = async (transport: Transport, codec: RecordCodec, topic: string, articles: Article[]): Promise<void> => {
  const records: OutgoingBytes[] = [];
  for (const article of articles) records.push({ key: article.articleId, value: await codec.encode(topic, 'Article', article) });
  await transport.send(topic, records);
};
