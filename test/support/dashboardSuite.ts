import type { Browser, Page } from 'playwright-core';
import type { PlaceState } from '../../services/shared/model.js';
import type { PlaceSummary } from '../../services/api/placeSummary.js';
import { launchBrowser } from './browser.js';
import { goldPlaces, LIVE_ARTICLE, MARKUP_ARTICLE, type Backend } from './dashboardBackends.js';

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

const placeByName = async (backend: Backend, name: string): Promise<PlaceSummary> => {
  const page = await getJson<{ items: PlaceSummary[] }>(`${backend.url}/api/places?q=${encodeURIComponent(name)}`);
  const place = page.items.find((p) => p.name === name);
  if (!place) throw new Error(`no place ${name} in ${JSON.stringify(page.items.map((p) => p.name))}`);
  return place;
};

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return Date.now();
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/**
 * The dashboard in headless Chromium, against a running backend: the real stack, or the embedded demo. The same
 * tests, in this order (the later ones send articles).
 */
export const dashboardSuite = (title: string, start: () => Promise<Backend>): void =>
  describe(title, () => {
    let backend: Backend;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      backend = await start();
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('dialog', (dialog) => {
        pageErrors.push(`a dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await backend?.stop();
    }, 60_000);

    afterEach(() => expect(pageErrors).toEqual([]));

    const openDashboard = async (): Promise<void> => {
      await page.goto(`${backend.url}/`);
      await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    };

    it("shows the seeds' places on the map, each coloured by its status", async () => {
      await openDashboard();
      for (const [name, status] of Object.entries(goldPlaces)) {
        const point = page.locator(`[data-testid=map-point][data-place="${name}"]`);
        await point.waitFor();
        expect([name, await point.getAttribute('data-status')]).toEqual([name, status]);
        const colour = await point.locator('circle').evaluate((c) => getComputedStyle(c).fill);
        expect(colour).toBe({ CONTESTED: 'rgb(215, 48, 31)', CORROBORATED: 'rgb(26, 152, 80)', ONE_SIDED: 'rgb(230, 159, 0)' }[status]);
      }
      expect(await page.locator('[data-testid=map] path.country').count()).toBeGreaterThan(3);
      // The list beside it, and its search by another spelling.
      for (const name of Object.keys(goldPlaces)) await page.locator(`[data-testid=place-item][data-place="${name}"]`).waitFor();
      await page.fill('[data-testid=search]', 'Kupjansk');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=place-item]').length === 1);
      expect(await page.locator('[data-testid=place-item]').getAttribute('data-place')).toBe('Kupiansk');
      await page.fill('[data-testid=search]', '');
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=place-item]').length >= n, Object.keys(goldPlaces).length);
    }, 60_000);

    it("opens Kupiansk: both sides' positions, the conflict and its reason, Gerasimov's claim of 2025-11-20 with its four citations", async () => {
      await openDashboard();
      await page.click('[data-testid=map-point][data-place="Kupiansk"]');
      await page.waitForSelector('[data-testid=place-view] [data-testid=event]');
      expect(await page.textContent('[data-testid=place-name]')).toContain('Kupiansk');
      expect(await page.getAttribute('[data-testid=place-status]', 'data-status')).toBe('CONTESTED');
      const ru = await page.textContent('[data-testid=position-RU]');
      const ua = await page.textContent('[data-testid=position-UA]');
      expect(ru).toContain('RU holds 100%');
      expect(ru).toContain('Maria Zakharova');
      expect(ua).toContain('UA holds 90%');
      expect(ua).toContain('Oleksandr Syrskyi');
      const reason = await page.textContent('[data-testid=conflict-reason]');
      expect(reason).toMatch(/control claims add up to more than the whole place/);
      const conflict = page.locator('[data-testid=conflict]');
      for (const id of [await conflict.getAttribute('data-a'), await conflict.getAttribute('data-b')])
        expect(await page.locator(`[data-testid=event][data-event-id="${id}"] [data-testid=conflict-mark]`).count()).toBe(1);
      // The lanes: one per side.
      for (const side of ['RU', 'UA', 'NEUTRAL']) await page.locator(`[data-testid=lane-${side}]`).waitFor();

      const gerasimov = page.locator('[data-testid=column-RU] [data-testid=event][data-claimed-at="2025-11-20"]', {
        hasText: 'Valery Gerasimov',
      });
      expect(await gerasimov.count()).toBe(1);
      const citations = gerasimov.locator('[data-testid=citation]');
      expect(await citations.count()).toBe(4);
      for (let i = 0; i < 4; i++) {
        expect(await citations.nth(i).locator('[data-testid=evidence]').textContent()).toMatch(/Kupiansk|Kupyansk|the city/);
        expect(await citations.nth(i).locator('[data-testid=article-link]').getAttribute('href')).toMatch(/^#\/article\//);
      }
      // A citation's link opens its article, the sentence marked.
      await citations.first().locator('[data-testid=article-link]').click();
      await page.waitForSelector('[data-testid=article-evidence]');
      const marked = await page.textContent('[data-testid=article-evidence]');
      expect(await citations.first().locator('[data-testid=evidence]').textContent()).toBe(marked);
      await page.goBack();
    }, 60_000);

    it('moves the date slider to 2025-11-25 and shows Kupiansk as it stood then', async () => {
      await openDashboard();
      const kupiansk = await placeByName(backend, 'Kupiansk');
      const then = await getJson<PlaceState>(`${backend.url}/api/places/${encodeURIComponent(kupiansk.placeKey)}?asOf=2025-11-25`);
      expect(then.version).toBeLessThan(kupiansk.version);
      await page.click('[data-testid=map-point][data-place="Kupiansk"]');
      await page.waitForSelector('[data-testid=place-view] [data-testid=event]');

      // The slider's day 0 is its min date; the step for 2025-11-25 is counted from it.
      const min = await page.getAttribute('[data-testid=date-input]', 'min');
      const step = Math.round((Date.parse('2025-11-25') - Date.parse(min!)) / 86_400_000);
      await page.locator('[data-testid=date-slider]').fill(String(step));
      await page.waitForSelector('[data-testid=place-view][data-as-of="2025-11-25"] [data-testid=place-as-of]');
      expect(await page.inputValue('[data-testid=date-input]')).toBe('2025-11-25');
      expect(await page.getAttribute('[data-testid=place-status]', 'data-status')).toBe(then.status);
      const ruThen = then.positions.find((p) => p.side === 'RU')!.event;
      const uaThen = then.positions.find((p) => p.side === 'UA')!.event;
      expect(await page.textContent('[data-testid=position-RU]')).toContain(ruThen.claimants[0]);
      expect(await page.textContent('[data-testid=position-RU]')).toContain(ruThen.claimedAt);
      expect(await page.textContent('[data-testid=position-UA]')).toContain(uaThen.claimedAt);
      expect(await page.textContent('[data-testid=position-UA]')).not.toContain('Syrskyi');
      expect(await page.locator('[data-testid=place-view] [data-testid=event]').count()).toBe(then.timeline.length);
      // The map replays too: every place as of that day.
      const mapThen = await getJson<{ items: PlaceSummary[] }>(`${backend.url}/api/places?asOf=2025-11-25`);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=map-point]').length === n, mapThen.items.length);
      for (const p of mapThen.items)
        expect(await page.getAttribute(`[data-testid=map-point][data-place-key="${p.placeKey}"]`, 'data-status')).toBe(p.status);
      expect(mapThen.items.map((p) => p.name)).not.toContain('Radkivka');

      await page.click('[data-testid=live-button]');
      await page.waitForSelector('[data-testid=place-view][data-as-of=""] [data-testid=event]');
      expect(await page.textContent('[data-testid=position-UA]')).toContain('Syrskyi');
    }, 60_000);

    it('shows a new article in the open place view and on the map without a reload, within two seconds', async () => {
      await openDashboard();
      await page.click('[data-testid=map-point][data-place="Kupiansk"]');
      await page.waitForSelector('[data-testid=place-view] [data-testid=event]');
      await page.waitForFunction(() => document.querySelector('[data-testid=connection]')?.getAttribute('data-state') === 'live');
      await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
      const before = await placeByName(backend, 'Kupiansk');
      const shownVersion = Number(await page.getAttribute('[data-testid=place-view]', 'data-version'));
      expect(shownVersion).toBe(before.version);

      await backend.ingest(LIVE_ARTICLE);
      const changedAt = await waitFor(
        'the API to show the new state',
        async () => (await placeByName(backend, 'Kupiansk')).version > before.version,
        60_000,
      );
      await page.waitForFunction(
        (v) => Number(document.querySelector('[data-testid=place-view]')?.getAttribute('data-version')) > v,
        before.version,
        { timeout: 10_000 },
      );
      const shownAfter = Date.now() - changedAt;
      expect(shownAfter).toBeLessThan(2_000);
      expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
      expect(await page.textContent('[data-testid=position-UA]')).toContain("Ukraine's General Staff");
      await page.locator('[data-testid=evidence]', { hasText: 'retaken full control of Kupiansk' }).first().waitFor();
      const link = page
        .locator('[data-testid=citation]', { hasText: 'retaken full control' })
        .locator('a', { hasText: 'original' })
        .first();
      expect(await link.getAttribute('href')).toBe(LIVE_ARTICLE.manifest.url);
      const after = await placeByName(backend, 'Kupiansk');
      expect(await page.getAttribute('[data-testid=map-point][data-place="Kupiansk"]', 'data-status')).toBe(after.status);
    }, 90_000);

    it('shows the markup of an article as text and runs none of it', async () => {
      await openDashboard();
      const before = await placeByName(backend, 'Moskovka');
      await backend.ingest(MARKUP_ARTICLE);
      await waitFor(
        'the markup article to reach Moskovka',
        async () => (await placeByName(backend, 'Moskovka')).version > before.version,
        60_000,
      );
      await page.click('[data-testid=map-point][data-place="Moskovka"]');
      const evidence = page.locator('[data-testid=evidence]', { hasText: '<script>' });
      await evidence.first().waitFor({ timeout: 10_000 });
      const text = await evidence.first().textContent();
      expect(text).toContain('<img src=x onerror="window.__xss=2">');
      expect(text).toContain('<script>window.__xss=1</script>');
      const citation = page.locator('[data-testid=citation]', { hasText: '<script>' }).first();
      expect(await citation.textContent()).toContain('Markup <b onmouseover="window.__xss=3">Wire</b>');
      expect(await citation.locator('[data-testid=article-link]').textContent()).toBe(MARKUP_ARTICLE.manifest.headline);
      // A javascript: URL is not made a link.
      expect(await citation.locator('a', { hasText: 'original' }).count()).toBe(0);
      expect(await page.locator('[data-testid=place-view] script, [data-testid=place-view] img, [data-testid=place-view] b').count()).toBe(
        0,
      );

      await citation.locator('[data-testid=article-link]').click();
      await page.waitForSelector('[data-testid=article-evidence]');
      expect(await page.textContent('[data-testid=article-headline]')).toBe(MARKUP_ARTICLE.manifest.headline);
      expect(await page.textContent('[data-testid=article-body]')).toContain('<script>window.__xss=1</script>');
      expect(await page.locator('[data-testid=article-view] script, [data-testid=article-view] img').count()).toBe(0);
      await page.hover('[data-testid=article-view]');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }, 90_000);
  });
