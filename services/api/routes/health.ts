import type { FastifyInstance } from 'fastify';
import { healthSchema } from '../apiSchemas.js';
import type { ReadSide } from '../readSide.js';

/** GET /api/health: 200 when every service the answers come from can be reached, else 503 with each one's error. */
export const healthRoutes = (app: FastifyInstance, read: ReadSide, openStreams: () => number): void => {
  app.get(
    '/api/ping',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the server answers (touches no service)',
        response: { 200: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } },
      },
    },
    async () => ({ ok: true }),
  );

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Whether Kafka, the schema registry and Redis (or the embedded pipeline) can be reached',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const services = await read.health();
      const ok = Object.values(services).every((s) => s.ok);
      return reply.code(ok ? 200 : 503).send({
        ok,
        services,
        places: read.index.size,
        streams: openStreams(),
        position: read.feed.ring.positionId(),
      });
    },
  );
};
