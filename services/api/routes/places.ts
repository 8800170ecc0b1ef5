import type { FastifyInstance } from 'fastify';
import type { PlaceStatus, Side } from '../../shared/model.js';
import {
  articleParamsSchema,
  articleSchema,
  claimsPageSchema,
  claimsQuerySchema,
  errorSchema,
  placeParamsSchema,
  placeQuerySchema,
  placesPageSchema,
  placesQuerySchema,
  placeStateSchema,
} from '../apiSchemas.js';
import { claimsUpTo, stateAsOf } from '../asOf.js';
import { claimsWithEvents, claimView } from '../claimView.js';
import { checkDate, HttpError } from '../httpErrors.js';
import { filterPlaces, pageOf } from '../placeQuery.js';
import { PlacesAsOf } from '../placesAsOf.js';
import type { ReadSide } from '../readSide.js';

interface PlacesQuery {
  status?: string;
  region?: string;
  q?: string;
  since?: string;
  asOf?: string;
  limit: number;
  offset: number;
}

interface ClaimsQuery {
  asOf?: string;
  side?: Side;
  eventId?: string;
  limit: number;
  offset: number;
}

const notFound = (placeKey: string): { statusCode: 404; error: 'Not Found'; message: string } => ({
  statusCode: 404,
  error: 'Not Found',
  message: `no place with key "${placeKey}" (GET /api/places?q=<name> finds a place's key by its name)`,
});

export const placeRoutes = (app: FastifyInstance, read: ReadSide): void => {
  const asOfPlaces = new PlacesAsOf(read.index, read.places);

  app.get<{ Querystring: PlacesQuery }>(
    '/api/places',
    {
      schema: {
        tags: ['places'],
        summary: "Every place's summary, filtered and paged, by name",
        querystring: placesQuerySchema,
        response: { 200: placesPageSchema, 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { status, region, q, since, asOf, limit, offset } = request.query;
      checkDate('since', since);
      checkDate('asOf', asOf);
      if (q !== undefined && q.trim() === '') throw new HttpError(400, 'querystring/q holds no name');
      // Taken in the same turn as the index is read: the answer includes every change up to this position.
      const position = read.feed.ring.positionId();
      const places = asOf === undefined ? read.index.all() : await asOfPlaces.places(asOf);
      const filtered = filterPlaces(places, { status: status?.split(',') as PlaceStatus[] | undefined, region, q, since });
      const page = pageOf(filtered, { limit, offset });
      // The shape of placesPageSchema, from summaries serialised once each (see IndexedPlace.json).
      return reply
        .type('application/json; charset=utf-8')
        .send(
          `{"items":[${page.items.map((p) => p.json).join(',')}],"total":${page.total},"limit":${page.limit},"offset":${page.offset},` +
            `"nextOffset":${JSON.stringify(page.nextOffset)},"position":${JSON.stringify(position)},"asOf":${JSON.stringify(asOf ?? null)}}`,
        );
    },
  );

  app.get<{ Params: { placeKey: string }; Querystring: { asOf?: string } }>(
    '/api/places/:placeKey',
    {
      schema: {
        tags: ['places'],
        summary: 'One place in full: positions, dissent, conflicts with their reasons, timeline; as of a past day with asOf',
        params: placeParamsSchema,
        querystring: placeQuerySchema,
        response: { 200: placeStateSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { placeKey } = request.params;
      const { asOf } = request.query;
      checkDate('asOf', asOf);
      const state = await read.places.get(placeKey);
      if (!state) return reply.code(404).send(notFound(placeKey));
      if (asOf === undefined) return state;
      const then = stateAsOf(await read.places.claimsOf(placeKey), asOf);
      if (!then)
        return reply
          .code(404)
          .send({ statusCode: 404, error: 'Not Found', message: `${state.place.name} has no claim made on or before ${asOf}` });
      return then;
    },
  );

  app.get<{ Params: { placeKey: string }; Querystring: ClaimsQuery }>(
    '/api/places/:placeKey/claims',
    {
      schema: {
        tags: ['places'],
        summary: 'Every claim about a place, with its event, sentence, article, outlet and URL; paged, by claim date',
        params: placeParamsSchema,
        querystring: claimsQuerySchema,
        response: { 200: claimsPageSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { placeKey } = request.params;
      const { asOf, side, eventId, limit, offset } = request.query;
      checkDate('asOf', asOf);
      const all = await read.places.claimsOf(placeKey);
      if (all.length === 0 && !(await read.places.get(placeKey))) return reply.code(404).send(notFound(placeKey));
      const claims = asOf === undefined ? all : claimsUpTo(all, asOf);
      const page = pageOf(claimsWithEvents(claims, { side, eventId }), { limit, offset });
      const articles = await read.articles.get([...new Set(page.items.map(({ claim }) => claim.articleId))]);
      return { ...page, items: page.items.map(({ claim, eventId: id }) => claimView(claim, id, articles.get(claim.articleId))) };
    },
  );

  app.get<{ Params: { articleId: string } }>(
    '/api/articles/:articleId',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article a claim cites: its outlet, URL, headline and text',
        params: articleParamsSchema,
        response: { 200: articleSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { articleId } = request.params;
      const article = (await read.articles.get([articleId])).get(articleId);
      if (!article) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no article with id "${articleId}"` });
      return article;
    },
  );
};
