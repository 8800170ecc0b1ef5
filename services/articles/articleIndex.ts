import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { Logger } from '../shared/logger.js';
import type { Article } from '../shared/model.js';
import { InvalidRecordError } from '../shared/schemas.js';
import type { Subscription, Transport } from '../shared/transport/transport.js';
import type { ArticleStore } from './articleStore.js';

/**
 * Keeps every article of the ingest topic in the article store, so that the API can give each claim its outlet, URL,
 * headline and text. Its consumer group commits after the store has the batch, so a restart resumes where it stopped.
 * A record that is not an Article is passed over with a warning: the extractor dead-letters it, once.
 */
export const runArticleIndex = (
  transport: Transport,
  codec: RecordCodec,
  topic: string,
  groupId: string,
  store: ArticleStore,
  logger: Logger,
): Promise<Subscription> =>
  transport.subscribe(topic, groupId, async (records) => {
    const articles: Article[] = [];
    for (const record of records) {
      try {
        if (!record.value) throw new InvalidRecordError('null value');
        articles.push((await codec.decode('Article', record.value)) as Article);
      } catch (error) {
        if (!(error instanceof InvalidRecordError)) throw error;
        logger.warn(
          { topic, partition: record.partition, offset: record.offset, reason: error.message },
          'article index: not an Article (the extractor dead-letters it)',
        );
      }
    }
    await store.put(articles);
  });
