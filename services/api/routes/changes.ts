import type { FastifyInstance } from 'fastify';
import { changesQuerySchema, errorSchema } from '../apiSchemas.js';
import { advance, type Change } from '../changeRing.js';
import { HttpError } from '../httpErrors.js';
import type { ReadSide } from '../readSide.js';
import { sseComment, sseEvent, sseRetry } from '../sse.js';
import { BadPositionError, parsePosition, type StreamPosition } from '../streamPosition.js';

export interface ChangeStreamOptions {
  /** Streams open at once; more get 503. */
  maxStreams: number;
  /** A comment is sent this often on an idle stream. */
  keepAliveMs: number;
  /** A client this far behind (bytes not yet taken by its socket) is dropped; it resumes exactly with Last-Event-ID. */
  maxBufferedBytes: number;
}

const readPosition = (text: string | undefined): StreamPosition | null => {
  if (text === undefined) return null;
  try {
    return parsePosition(text.trim());
  } catch (error) {
    if (error instanceof BadPositionError) throw new HttpError(400, `Last-Event-ID: ${error.message}`);
    throw error;
  }
};

/**
 * GET /api/changes: Server-Sent Events, one `state` event per PlaceState read from the reconciled topic, its id the
 * topic position just after it. A client that reconnects with `Last-Event-ID` (browsers send it by themselves), or
 * opens with `?lastEventId=`, gets every change after that position, then the live ones, none twice; when this
 * server no longer holds some of them it gets a `reset` event instead and reloads the places (GET /api/places).
 * A stream opens with a `hello` event carrying the current position, so that a client that never saw a change can
 * still resume from the moment it connected.
 */
export const changeRoutes = (app: FastifyInstance, read: ReadSide, options: ChangeStreamOptions): { openStreams: () => number } => {
  let open = 0;
  app.get<{ Querystring: { lastEventId?: string } }>(
    '/api/changes',
    {
      schema: {
        tags: ['changes'],
        summary: 'Server-Sent Events: each new PlaceState (event "state"), resumable with Last-Event-ID',
        description:
          'Events: "hello" (data {position}) when the stream opens, "state" (data: a PlaceState) per change, "reset" (data {reason, position}) when the changes after the given position are no longer held here: reload GET /api/places.',
        querystring: changesQuerySchema,
        headers: { type: 'object', properties: { 'last-event-id': { type: 'string', maxLength: 4096 } } },
        response: { 200: { description: 'text/event-stream', type: 'string' }, 400: errorSchema, 503: errorSchema },
      },
    },
    (request, reply) => {
      const header = request.headers['last-event-id'];
      const from = readPosition(typeof header === 'string' ? header : request.query.lastEventId);
      if (open >= options.maxStreams)
        throw new HttpError(503, `${open} change streams are open, the most this server allows (CLAIMWIRE_HTTP_MAX_STREAMS); retry later`);
      open++;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const ring = read.feed.ring;
      const cursor = new Map(from ?? ring.position());
      let closed = false;
      const write = (text: string): void => {
        if (closed) return;
        res.write(text);
        if (res.writableLength > options.maxBufferedBytes) {
          read.logger.warn(
            { buffered: res.writableLength },
            'change stream too far behind; dropping it (the client resumes from its last event)',
          );
          res.destroy();
        }
      };
      const send = (change: Change): void => {
        if (advance(cursor, change)) write(sseEvent('state', change.data, change.id));
      };
      write(sseRetry(1_000));
      // Replay and subscription happen in one turn: no change can fall between them.
      if (from === null) write(sseEvent('hello', JSON.stringify({ position: ring.positionId() }), ring.positionId()));
      else {
        const replay = ring.since(from);
        if (replay.kind === 'gap') {
          for (const [p, o] of ring.position()) cursor.set(p, o);
          write(sseEvent('reset', JSON.stringify({ reason: replay.reason, position: ring.positionId() }), ring.positionId()));
        } else {
          write(
            sseEvent(
              'hello',
              JSON.stringify({ position: ring.positionId(), resumedFrom: [...from].map(([p, o]) => `${p}:${o}`).join(',') }),
            ),
          );
          for (const change of replay.changes) send(change);
        }
      }
      const stopListening = read.feed.listen(send);
      const keepAlive = setInterval(() => write(sseComment('keep-alive')), options.keepAliveMs);
      const close = (): void => {
        if (closed) return;
        closed = true;
        open--;
        clearInterval(keepAlive);
        stopListening();
      };
      res.on('close', close);
      res.on('error', close);
    },
  );
  return { openStreams: () => open };
};
