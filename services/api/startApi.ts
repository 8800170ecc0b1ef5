import type { FastifyInstance } from 'fastify';
import type { ArticleStore } from '../articles/articleStore.js';
import type { RecordCodec } from '../shared/codec/recordCodec.js';
import type { HttpConfig } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import type { Transport } from '../shared/transport/transport.js';
import { followPlaceStates } from './changeFeed.js';
import { PlaceIndex } from './placeIndex.js';
import type { PlaceReader, ReadSide, ServiceHealth } from './readSide.js';
import { buildServer } from './server.js';

/** Bytes of change JSON the stream keeps in memory for clients to resume from, beside the count limit. */
const CHANGE_BUFFER_BYTES = 64 * 1024 * 1024;

export interface ApiSources {
  places: PlaceReader;
  articles: Pick<ArticleStore, 'get'>;
  /** Where the reconciled topic is read from, and how it is decoded. */
  transport: Transport;
  codec: RecordCodec;
  reconciledTopic: string;
  /** The follower's throwaway consumer group. */
  followerGroup: string;
  health(): Promise<Record<string, ServiceHealth>>;
}

export interface RunningApi {
  /** `http://host:port` */
  url: string;
  app: FastifyInstance;
  read: ReadSide;
  close(): Promise<void>;
}

/**
 * Starts the API over a place store and the reconciled topic, in this order: follow the topic from its end, load every
 * place from the store, then listen. A state published after the end was taken arrives through the topic; one written
 * before is in the store (the reconciler writes the store, then publishes); the index keeps the higher version of each.
 */
export const startApi = async (sources: ApiSources, http: HttpConfig, logger: Logger): Promise<RunningApi> => {
  const index = new PlaceIndex();
  const followed = await followPlaceStates(
    sources.transport,
    sources.codec,
    sources.reconciledTopic,
    sources.followerGroup,
    index,
    { changes: http.changeBuffer, bytes: CHANGE_BUFFER_BYTES },
    logger,
  );
  try {
    for (const state of await sources.places.list()) index.apply(state);
    const read: ReadSide = {
      places: sources.places,
      articles: sources.articles,
      index,
      feed: followed.feed,
      health: () => sources.health(),
      logger,
    };
    const app = await buildServer(read, { token: http.token, maxStreams: http.maxStreams });
    await app.listen({ host: http.host, port: http.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : http.port;
    const host = http.host.includes(':') ? `[${http.host}]` : http.host;
    return {
      url: `http://${host}:${port}`,
      app,
      read,
      close: async () => {
        await app.close();
        await followed.stop();
      },
    };
  } catch (error) {
    await followed.stop();
    throw error;
  }
};
