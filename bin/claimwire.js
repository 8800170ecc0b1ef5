#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so a clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../services/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// A client library that leaves a timer or socket behind must not keep a finished command alive.
setTimeout(() => process.exit(code), 2_000).unref();
