import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { MAP_BOUNDS, mapOutlines } from './outlines.js';

export const publicDir = fileURLToPath(new URL('./public/', import.meta.url));

/** The two browser modules the map draws with, served from their npm packages (ES modules, no build step). */
const vendorModules = (): Record<string, string> => {
  const require = createRequire(import.meta.url);
  // Both packages export their ES module build (dist/*.mjs) as the default entry.
  return { 'd3-geo.mjs': require.resolve('d3-geo'), 'd3-array.mjs': require.resolve('d3-array') };
};

/**
 * The dashboard at `/`: static files (plain ES modules), the two d3 modules from node_modules under /vendor/, and the
 * map's outlines, computed from world-atlas on the server. Nothing is fetched from the internet, here or in the page.
 */
export const dashboardRoutes = async (app: FastifyInstance): Promise<void> => {
  await app.register(fastifyStatic, { root: publicDir, prefix: '/', index: ['index.html'], maxAge: 0, schemaHide: true });
  const vendor = vendorModules();
  for (const [name, file] of Object.entries(vendor)) {
    const dir = dirname(file);
    app.get(`/vendor/${name}`, { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/javascript').sendFile(basename(file), dir),
    );
  }
  app.get('/map/outlines.json', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return { bounds: MAP_BOUNDS, outlines: mapOutlines() };
  });
};
