// Compiles services/ to JavaScript in dist/ so that the CLI and the workers start without compiling TypeScript
// (run by `npm ci` through the `prepare` script, by `npm start` and by the tests; `npm run build` by hand).
//
// One .js file per .ts file, not a bundle: dist/services mirrors services/, and dist/data and dist/schemas point at the
// repository's own folders, so every file that reads data relative to its own location (`new URL('../../data/…',
// import.meta.url)`) finds it from dist/ as it does from the sources. Type checking is `npm run typecheck`'s job.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readdir, readlink, rm, symlink } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = join(root, 'services');
const out = join(root, 'dist');
/** Folders read at run time relative to the code, linked into dist/ at the same place. */
const LINKED = ['data', 'schemas'];

const isShipped = (path) => !/\.(spec|d)\.ts$/.test(path) && !path.split('/').includes('testing');

const walk = async (dir) => {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
};

const linkFolder = async (name) => {
  const link = join(out, name);
  const target = join('..', name);
  const current = await readlink(link).catch(() => null);
  if (current === target) return;
  await rm(link, { recursive: true, force: true });
  await symlink(target, link, 'dir');
};

/** Removes compiled files whose source is gone, so that dist/ never runs code that no longer exists. */
const prune = async (wanted) => {
  const compiled = await walk(join(out, 'services')).catch(() => []);
  await Promise.all(compiled.filter((file) => !wanted.has(file)).map((file) => rm(file, { force: true })));
};

export const build = async () => {
  const started = Date.now();
  const files = (await walk(sources)).filter(isShipped);
  const code = files.filter((f) => f.endsWith('.ts'));
  const assets = files.filter((f) => !f.endsWith('.ts'));
  await mkdir(join(out, 'services'), { recursive: true });
  const result = await esbuild({
    entryPoints: code,
    outdir: join(out, 'services'),
    outbase: sources,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  if (result.errors.length) throw new Error(`build failed with ${result.errors.length} errors`);
  const wanted = new Set();
  for (const file of code) {
    const js = join(out, 'services', relative(sources, file)).replace(/\.ts$/, '.js');
    wanted.add(js);
    wanted.add(`${js}.map`);
  }
  for (const asset of assets) {
    const target = join(out, 'services', relative(sources, asset));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(asset, target);
    wanted.add(target);
  }
  await prune(wanted);
  for (const name of LINKED) await linkFolder(name);
  return { files: code.length, assets: assets.length, ms: Date.now() - started };
};

/** Jest's globalSetup: the tests that run the CLI run what ships, compiled from the sources as they are now. */
export default async () => {
  await build();
};

// Run as a script (no top-level await: Jest loads this file as its globalSetup with require()).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build().then(
    ({ files, assets, ms }) => {
      if (!process.argv.includes('--quiet')) process.stderr.write(`built dist/: ${files} modules, ${assets} data files in ${ms} ms\n`);
    },
    (error) => {
      process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
