import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../services/shared/config.js';
import {
  configFor,
  redisStates,
  requireServices,
  runCli,
  startCli,
  statusByName,
  stopWorkersAndClearState,
  testEnv,
  type RunningProcess,
} from './testEnv.js';
import { readFileSync } from 'node:fs';

export const goldPlaces = (
  JSON.parse(readFileSync(new URL('../../../shared/eval/seeds.gold.json', import.meta.url), 'utf8')) as { places: Record<string, string> }
).places;

/** An article a test sends, with the manifest entry that gives its metadata. */
export interface TestArticle {
  file: string;
  text: string;
  manifest: { publishedAt: string; outlet: string; url: string; headline: string; language: 'en' };
}

/** A new claim about Kupiansk: Ukraine's General Staff says it is retaken (changes the UA position). */
export const LIVE_ARTICLE: TestArticle = {
  file: 'live-kupiansk.txt',
  text:
    " date 2025-12-27\nUkraine's General Staff said on Saturday that Ukrainian forces had retaken full control of Kupiansk, the city in the " +
    'Kharkiv region that Russia claimed to have captured in November.\n\nRussian officials did not immediately respond.\n',
  manifest: {
    publishedAt: '2025-12-27',
    outlet: 'Test Wire',
    url: 'https://example.org/kupiansk-retaken',
    headline: 'Ukraine says Kupiansk retaken',
    language: 'en',
  },
};

/** A claim whose sentence, headline and URL hold markup and a script URL: all of it must show as text and run nothing. */
export const MARKUP_ARTICLE: TestArticle = {
  file: 'markup-moskovka.txt',
  text:
    ' date 2025-12-28\nKUPIANSK, Dec 28 — The Russian Defence Ministry said on Sunday that its troops had captured Moskovka ' +
    '<img src=x onerror="window.__xss=2"> <script>window.__xss=1</script>, a village north of Kupiansk in the Kharkiv region.\n\n' +
    'Ukrainian officials did not comment on the claim.\n',
  manifest: {
    publishedAt: '2025-12-28',
    outlet: 'Markup <b onmouseover="window.__xss=3">Wire</b>',
    url: 'javascript:window.__xss=4',
    headline: 'Moskovka <script>window.__xss=5</script> captured',
    language: 'en',
  },
};

export const manifestOf = (articles: TestArticle[]): string =>
  JSON.stringify({ articles: articles.map((a) => ({ file: a.file, ...a.manifest })) }, null, 2);

/** A running dashboard server with the seeds in it, and the way to send it more articles. */
export interface Backend {
  name: string;
  url: string;
  ingest(article: TestArticle): Promise<void>;
  stop(): Promise<void>;
}

/** Waits for the line `claimwire serve` (or the demo) prints once it listens, and returns its base URL. */
export const serverUrl = async (server: RunningProcess, timeoutMs = 60_000): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = /dashboard (http:\/\/127\.0\.0\.1:\d+)\//.exec(server.output());
    if (m) return m[1]!;
    if (server.child.exitCode !== null) throw new Error(`the server exited (${server.child.exitCode}):\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start in ${timeoutMs} ms:\n${server.output()}`);
};

const stopProcess = async (p: RunningProcess): Promise<void> => {
  if (p.child.exitCode !== null) return;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
  await p.exited;
  clearTimeout(timer);
};

export interface StackBackend extends Backend {
  env: Record<string, string>;
  config: Config;
  /** Starts another `claimwire serve` on the same topics and Redis prefix, with more settings. */
  startServer(extra: Record<string, string>): Promise<{ url: string; process: RunningProcess }>;
}

/**
 * The real stack: the extractor and reconciler workers as processes, the seeds replayed through Kafka, then
 * `claimwire serve`. Articles go in with `claimwire ingest`.
 */
export const startStackBackend = async (name: string): Promise<StackBackend> => {
  const env = testEnv(name, { CLAIMWIRE_HTTP_PORT: '0' });
  const config = configFor(env);
  await requireServices(config);
  const workers = [startCli(['worker', 'extractor'], env), startCli(['worker', 'reconciler'], env)];
  const servers: RunningProcess[] = [];
  const dir = await mkdtemp(join(tmpdir(), `claimwire-${name}-`));
  const stop = async (): Promise<void> => {
    for (const s of servers) await stopProcess(s);
    await stopWorkersAndClearState(workers, config);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const replay = await runCli(['replay', 'seeds/'], env);
    if (replay.code !== 0) throw new Error(`replay failed: ${replay.stderr}`);
    const deadline = Date.now() + 90_000;
    for (;;) {
      const statuses = statusByName(await redisStates(config));
      if (Object.entries(goldPlaces).every(([place, status]) => statuses[place] === status)) break;
      if (Date.now() > deadline)
        throw new Error(`the seeds did not reach Redis: ${JSON.stringify(statuses)}\n${workers.map((w) => w.output()).join('\n')}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    const startServer = async (extra: Record<string, string>): Promise<{ url: string; process: RunningProcess }> => {
      const server = startCli(['serve'], { ...env, ...extra });
      servers.push(server);
      return { url: await serverUrl(server), process: server };
    };
    const { url } = await startServer({});
    return {
      name: 'the real stack',
      env,
      config,
      url,
      startServer,
      ingest: async (article) => {
        await writeFile(join(dir, 'manifest.json'), manifestOf([LIVE_ARTICLE, MARKUP_ARTICLE]));
        await writeFile(join(dir, article.file), article.text);
        const sent = await runCli(['ingest', join(dir, article.file)], env);
        if (sent.code !== 0) throw new Error(`ingest failed: ${sent.stderr}`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};

/**
 * The demo exactly as `npm run demo` starts it (`claimwire replay seeds/ --embedded --serve`), no service; articles go in
 * through its inbox folder.
 */
export const startDemoBackend = async (): Promise<Backend> => {
  const inbox = await mkdtemp(join(tmpdir(), 'claimwire-demo-inbox-'));
  // The manifest is read once, with the first file: it is there before.
  await writeFile(join(inbox, 'manifest.json'), manifestOf([LIVE_ARTICLE, MARKUP_ARTICLE]));
  const server = startCli(['replay', 'seeds/', '--embedded', '--serve'], {
    CLAIMWIRE_HTTP_PORT: '0',
    CLAIMWIRE_INBOX: inbox,
    LOG_LEVEL: 'warn',
  });
  const stop = async (): Promise<void> => {
    await stopProcess(server);
    await rm(inbox, { recursive: true, force: true });
  };
  try {
    const url = await serverUrl(server);
    return {
      name: 'the embedded demo',
      url,
      ingest: async (article) => {
        // Written under a hidden name and renamed: the inbox never sees half a file.
        await writeFile(join(inbox, `.${article.file}`), article.text);
        await rename(join(inbox, `.${article.file}`), join(inbox, article.file));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
