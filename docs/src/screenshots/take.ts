// Takes the docs' screenshots from the built example sites in headless Chromium, served on
// 127.0.0.1. A page that answers with an error, logs a console error or lacks its expected text
// fails the run instead of producing a picture of a broken page.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchBrowser, newIsolatedPage, type StaticServer, serveStatic } from '@guru-blog/testing';
import { SHOTS, type Shot } from './shots.ts';

export interface TakenShot {
  shot: Shot;
  file: string;
}

export async function takeScreenshots(examplesDir: string, outDir: string, shots: Shot[] = SHOTS): Promise<{ taken: TakenShot[]; skipped: Shot[] }> {
  const servers = new Map<string, StaticServer>();
  const browser = await launchBrowser();
  const taken: TakenShot[] = [];
  const skipped: Shot[] = [];
  try {
    for (const shot of shots) {
      const dist = join(examplesDir, shot.site, 'dist');
      if (!existsSync(join(dist, 'index.html'))) throw new Error(`${shot.site} is not built (${dist}); run its build first`);
      if (shot.whenExists && !existsSync(join(dist, shot.whenExists))) {
        skipped.push(shot);
        continue;
      }
      let server = servers.get(shot.site);
      if (!server) {
        server = await serveStatic(dist);
        servers.set(shot.site, server);
      }
      const { page, consoleErrors, close } = await newIsolatedPage(browser, {
        viewport: { width: shot.width, height: shot.width < 600 ? 740 : 800 },
        deviceScaleFactor: 1,
        colorScheme: 'light',
      });
      try {
        const response = await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`${shot.site}${shot.path} answered ${response?.status()}`);
        await page.locator(shot.expect).first().waitFor({ state: 'visible', timeout: 15_000 });
        await page.evaluate(() => document.fonts.ready);
        if (consoleErrors.length) throw new Error(`${shot.site}${shot.path} logged errors:\n${consoleErrors.join('\n')}`);
        const file = join(outDir, shot.file);
        mkdirSync(dirname(file), { recursive: true });
        await page.screenshot({ path: file, fullPage: false });
        taken.push({ shot, file });
      } finally {
        await close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
  }
  return { taken, skipped };
}
