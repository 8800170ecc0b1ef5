// npm run screenshots: the README's pictures, taken with headless Chromium from the demo (`npm run demo`, no service).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const inbox = await mkdtemp(join(tmpdir(), 'claimwire-shots-'));
const demo = spawn(process.execPath, ['bin/claimwire.js', 'replay', 'seeds/', '--embedded', '--serve'], {
  cwd: root,
  env: { ...process.env, CLAIMWIRE_HTTP_PORT: '0', CLAIMWIRE_INBOX: inbox, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let output = '';
demo.stderr.on('data', (d: Buffer) => (output += d.toString()));
try {
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!(url = /dashboard (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1])) {
    if (Date.now() > deadline || demo.exitCode !== null) throw new Error(`the demo did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${url}/`);
  await page.waitForSelector('body[data-ready=true]');
  await page.screenshot({ path: join(root, 'docs/map.png') });
  await page.click('[data-testid=map-point][data-place="Kupiansk"]');
  await page.waitForSelector('[data-testid=place-view] [data-testid=event]');
  await page.locator('[data-testid=place-view]').screenshot({ path: join(root, 'docs/kupiansk.png') });
  await browser.close();
  process.stderr.write('wrote docs/map.png and docs/kupiansk.png\n');
} finally {
  demo.kill('SIGTERM');
  await rm(inbox, { recursive: true, force: true });
}
