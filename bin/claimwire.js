#!/usr/bin/env node
// Runs the compiled CLI: dist/ is built from services/ by `npm ci` (the prepare script) or `npm run build`.
const entry = new URL('../dist/services/cli/main.js', import.meta.url);

let cli;
try {
  cli = await import(entry.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/services/cli/main.js')) throw error;
  process.stderr.write('claimwire: not built yet (no dist/): run npm ci, or npm run build\n');
  process.exit(1);
}
const code = await cli.main(process.argv.slice(2));
process.exitCode = code;
// A client library that leaves a timer or socket behind must not keep a finished command alive.
setTimeout(() => process.exit(), 2_000).unref();
