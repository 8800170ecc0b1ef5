import { createHash, timingSafeEqual } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ReadSide } from './readSide.js';
import { changeRoutes } from './routes/changes.js';
import { healthRoutes } from './routes/health.js';
import { placeRoutes } from './routes/places.js';

export interface ApiOptions {
  /** When set, every route wants it: `Authorization: Bearer <token>`, or the `claimwire-token` cookie the dashboard sets. */
  token: string | null;
  maxStreams: number;
  keepAliveMs?: number;
  /** fastify's request log (off by default: the server logs what goes wrong, not every request). */
  logRequests?: boolean;
  /** The dashboard's files beside the API (default true; unit specs of the API leave them out). */
  dashboard?: boolean;
}

export const TOKEN_COOKIE = 'claimwire-token';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

const presentedToken = (authorization: string | undefined, cookie: string | undefined): string | null => {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (bearer) return bearer.trim();
  for (const part of (cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
};

/** The page a browser gets without the token: it asks for it and keeps it in a cookie. It shows no data. */
const TOKEN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>claimwire: token needed</title></head>
<body style="font-family:system-ui;margin:3rem"><h1>claimwire</h1><p>This server wants its access token (CLAIMWIRE_HTTP_TOKEN).</p>
<form id="f"><input id="t" type="password" autocomplete="current-password" aria-label="token" required> <button>Open</button></form>
<script>document.getElementById('f').addEventListener('submit',function(e){e.preventDefault();
document.cookie='${TOKEN_COOKIE}='+encodeURIComponent(document.getElementById('t').value)+'; path=/; SameSite=Strict';location.reload();});</script>
</body></html>`;

/** The HTTP API and the dashboard over a read side (Redis, or the embedded pipeline's memory). Read-only. */
export const buildServer = async (read: ReadSide, options: ApiOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: options.logRequests ? { level: 'info' } : false,
    // Unknown query parameters are an error with the reason, not dropped without a word.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } },
    // Open change streams must not hold a stopping server.
    forceCloseConnections: true,
    routerOptions: { maxParamLength: 1024 },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'claimwire',
        version: '1',
        description: 'Reconciled claims of territorial control: places, each side’s position, conflicts, and the evidence.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(options.token ? { security: [{ bearer: [] }] } : {}),
    },
  });

  if (options.token) {
    const expected = digest(options.token);
    app.addHook('onRequest', async (request, reply) => {
      const given = presentedToken(request.headers.authorization, request.headers.cookie);
      if (given !== null && timingSafeEqual(digest(given), expected)) return;
      reply.code(401).header('www-authenticate', 'Bearer realm="claimwire"');
      if (!request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html'))
        return reply.type('text/html; charset=utf-8').send(TOKEN_PAGE);
      return reply.send({
        statusCode: 401,
        error: 'Unauthorized',
        message: given === null ? 'this server wants a bearer token (Authorization: Bearer <token>)' : 'the token is not this server’s',
      });
    });
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    const unknown = error.validation?.find((v) => v.keyword === 'additionalProperties')?.params.additionalProperty;
    if (unknown !== undefined)
      return reply.code(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: `${error.validationContext ?? 'request'}: unknown parameter "${String(unknown)}"`,
      });
    if (status >= 500 && status !== 503) read.logger.error({ url: request.url, reason: error.message }, 'request failed');
    return reply.code(status).send({
      statusCode: status,
      error: status === 400 ? 'Bad Request' : status === 503 ? 'Service Unavailable' : status >= 500 ? 'Internal Server Error' : 'Error',
      message: status >= 500 && status !== 503 ? `the server could not answer: ${error.message}` : error.message,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  placeRoutes(app, read);
  const streams = changeRoutes(app, read, {
    maxStreams: options.maxStreams,
    keepAliveMs: options.keepAliveMs ?? 15_000,
    maxBufferedBytes: 16 * 1024 * 1024,
  });
  healthRoutes(app, read, streams.openStreams);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (options.dashboard !== false) await (await import('../dashboard/routes.js')).dashboardRoutes(app);
  return app;
};
