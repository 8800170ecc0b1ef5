import { problemWithClaim } from '../../reconciler/worker.js';
import { problemWithArticle } from '../../shared/articleChecks.js';
import type { RecordCodec } from '../../shared/codec/recordCodec.js';
import type { Config } from '../../shared/config.js';
import type { Article, Claim, DeadLetter } from '../../shared/model.js';
import { InvalidRecordError } from '../../shared/schemas.js';
import { decodeRecord } from '../../shared/worker/runStage.js';

/**
 * Why sending a dead letter back would only fail again, or null when it may now succeed. The letter goes through
 * the very checks its worker makes first (the key's size, a value at all, decoding through the registry, the
 * record's own rules with today's settings), so a letter is skipped only when its bytes cannot pass them now; it
 * stays pending and goes on a later replay once the cause is fixed (a registry that knows the schema again, a
 * raised CLAIMWIRE_MAX_ARTICLE_BYTES). Only failures those checks cannot foresee (an extraction that threw) are
 * sent to be tried again.
 */
export const wouldFailAgain = async (letter: DeadLetter, config: Config, codec: RecordCodec): Promise<string | null> => {
  const kind = letter.topic === config.topics.articles ? 'Article' : letter.topic === config.topics.claims ? 'Claim' : null;
  if (kind === null)
    return `${letter.topic} is not a topic a worker of this pipeline reads (${config.topics.articles}, ${config.topics.claims})`;
  if (letter.value === null) return 'its value is null (a tombstone): there is nothing to process; purge it';
  let value: unknown;
  try {
    value = await decodeRecord(codec, kind, {
      topic: letter.topic,
      partition: letter.partition,
      offset: letter.offset,
      key: letter.key === null ? null : Buffer.from(letter.key),
      value: Buffer.from(letter.value),
    });
  } catch (error) {
    if (error instanceof InvalidRecordError) return error.message;
    throw error;
  }
  return kind === 'Article' ? problemWithArticle(value as Article, config.maxArticleBytes) : problemWithClaim(value as Claim);
};
