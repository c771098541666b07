import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatViolations, freePort, launchBrowser, newIsolatedPage, runAxe, type StaticServer, serveStatic } from '@guru-blog/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCopy, copyExample, type FileServer, siteDir, splitFrontmatter, startDecapServer, waitForFile } from './cms-site.ts';

// The browser editor end to end with real parts: the example built with `cms: true`, Decap's
// own file server (decap-server, file mode, 127.0.0.1), the built site on 127.0.0.1, and headless
// Chromium filling the forms at laptop and phone widths. The Markdown files it writes are read
// back from disk, then the copy is rebuilt to show they make valid pages.

const MDX = `---
title: "Video Pecahan"
description: "Sebuah video tentang pecahan."
pubDate: 2025-02-01
tags: ["video", "pecahan"]
---
import { YouTube } from '@guru-blog/theme/embeds';

Tonton video berikut sebelum pelajaran:

<YouTube id="dQw4w9WgXcQ" title="Pecahan senilai" />

{/* catatan untuk guru: putar sampai menit ke-3 */}
Selesai.
`;

const EXTRA_FIELDS = `---
title: "Catatan dengan Isian Tambahan"
pubDate: 2025-01-15
tags: [umum]
kelasTambahan: 7B
sumber:
  nama: Buku Guru Matematika
  halaman: 12
---
Isi catatan ini tidak berubah.
`;

/** Where the docs take their screenshots from; tests write them only when asked (UPDATE_SCREENSHOTS=1). */
const docsShots = fileURLToPath(new URL('../../../docs/src/assets/screenshots/cms/', import.meta.url));
const shotsDir = process.env.UPDATE_SCREENSHOTS ? docsShots : join(siteDir, 'screenshots');

const posts = join(siteDir, 'src/content/posts');
const lessons = join(siteDir, 'src/content/lessons');
const photo = fileURLToPath(new URL('../src/assets/posts/bangun-ruang-dari-kardus-bekas.jpg', import.meta.url));
// A different picture: Astro names an optimised file after the first of two identical sources.
const phonePhoto = fileURLToPath(new URL('../src/assets/posts/mengajar-pecahan-dengan-kertas-lipat.jpg', import.meta.url));

let fileServer: FileServer;
let site: StaticServer;
let browser: Browser;
const consoleErrors: string[] = [];
const blocked: string[] = [];
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

beforeAll(async () => {
  copyExample({ 'src/content/posts/video-pecahan.mdx': MDX, 'src/content/posts/catatan-isian-tambahan.md': EXTRA_FIELDS });
  mkdirSync(shotsDir, { recursive: true });
  // Photos a teacher picks on her device, with names of her own.
  mkdirSync(join(siteDir, 'upload'), { recursive: true });
  copyFileSync(photo, join(siteDir, 'upload/foto-kegiatan-kelas.jpg'));
  copyFileSync(phonePhoto, join(siteDir, 'upload/foto-dari-hp.jpg'));
  const port = await freePort();
  await buildCopy(port);
  fileServer = await startDecapServer(port);
  site = await serveStatic(join(siteDir, 'dist'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fileServer?.stop();
});

/** Opens /admin/, signs in to the local backend and waits for the collection list. */
async function openEditor(viewport: { width: number; height: number }) {
  const isolated = await newIsolatedPage(browser, { viewport, ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}) });
  isolated.context.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  isolated.context.on('weberror', (e) => consoleErrors.push(`Uncaught ${e.error()?.stack ?? e.error()} (${e.page()?.url()})`));
  isolated.page.on('requestfailed', (r) => blocked.push(r.url()));
  // Generous: other builds may share the machine; every wait ends as soon as its state is reached.
  isolated.page.setDefaultTimeout(90_000);
  await isolated.page.goto(`${site.url}/admin/`);
  await isolated.page.getByRole('button', { name: 'Masuk' }).click();
  await isolated.page.getByRole('link', { name: 'Konten' }).first().waitFor({ timeout: 60_000 });
  return isolated;
}

async function chooseImage(page: Page, file: string) {
  await page.getByRole('button', { name: 'Pilih gambar' }).first().click();
  await page.locator('input[type=file][accept="image/*"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
}

async function pickOption(page: Page, field: string, option: string) {
  await page.locator(`input[id^="${field}-field-"]`).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Terbitkan' }).first().click();
  await page.getByText('Terbitkan sekarang', { exact: true }).click();
}

async function noHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('the browser editor (/admin/) on the example blog', { timeout: 400_000 }, () => {
  it('creates a lesson through the form at 1280 px, in Indonesian, and writes it next to its photo', async () => {
    const { page, close } = await openEditor({ width: 1280, height: 900 });
    await page.goto(`${site.url}/admin/#/collections/lessons/new`);
    const title = page.locator('input[id^="title-field-"]').first();
    await title.fill('Luas Permukaan Kubus dari Kardus');
    const labels = (await page.locator('label').allTextContents()).map((l) => l.trim());
    for (const label of ['Judul', 'Mata pelajaran', 'Jenjang', 'Kelas', 'Tujuan Pembelajaran', 'Kegiatan Pembelajaran', 'Gambar']) {
      expect(
        labels.some((l) => l.startsWith(label)),
        `label ${label} in ${labels.join(' | ')}`,
      ).toBe(true);
    }
    await pickOption(page, 'docType', 'Modul Ajar');
    await pickOption(page, 'subject', 'Matematika');
    await pickOption(page, 'jenjang', 'SMP');
    await pickOption(page, 'grades', '7');
    await pickOption(page, 'grades', '8');

    const addObjective = page.getByRole('button', { name: /^Tambah tujuan pembelajaran$/i });
    await addObjective.click();
    await page.locator('input[id^="item-field-"]').nth(0).fill('Murid dapat menghitung luas permukaan kubus dari jaring-jaringnya.');
    await addObjective.click();
    await page.locator('input[id^="item-field-"]').nth(1).fill('Murid dapat menjelaskan hubungan rusuk dan luas sisi.');

    await page.getByRole('button', { name: /^Tambah kegiatan pembelajaran$/i }).click();
    await page.locator('input[id^="meeting-field-"]').first().fill('1');
    await page
      .getByRole('button', { name: /^Tambah langkah$/i })
      .first()
      .click();
    await page.locator('input[id^="text-field-"]').first().fill('Murid membuka kardus bekas menjadi jaring-jaring kubus.');

    await chooseImage(page, join(siteDir, 'upload/foto-kegiatan-kelas.jpg'));
    await page.locator('input[id^="imageAlt-field-"]').fill('Murid membuka kardus menjadi jaring-jaring kubus');
    await page.screenshot({ path: join(shotsDir, 'editor-desktop.png') });
    await publish(page);

    const file = await waitForFile(lessons, (name) => name.endsWith('-luas-permukaan-kubus-dari-kardus.md'));
    expect(file.name).toBe(`${today}-luas-permukaan-kubus-dari-kardus.md`);
    const { yaml, body } = splitFrontmatter(file.text);
    const data = parse(yaml);
    expect(data).toMatchObject({
      title: 'Luas Permukaan Kubus dari Kardus',
      docType: 'modul-ajar',
      subject: 'matematika',
      jenjang: 'smp',
      grades: [7, 8],
      date: today,
      image: 'images/foto-kegiatan-kelas.jpg',
    });
    expect(data.objectives).toEqual([
      'Murid dapat menghitung luas permukaan kubus dari jaring-jaringnya.',
      'Murid dapat menjelaskan hubungan rusuk dan luas sisi.',
    ]);
    expect(data.activities[0].meeting).toBe(1);
    expect(data.activities[0].core.steps[0].text).toBe('Murid membuka kardus bekas menjadi jaring-jaring kubus.');
    expect(body.trim()).toBe('');
    await waitForFile(join(lessons, 'images'), (name) => name === 'foto-kegiatan-kelas.jpg');
    await close();
  });

  it('writes a post with a photo at 360 × 740 px without horizontal scrolling', async () => {
    const { page, close } = await openEditor({ width: 360, height: 740 });
    // The list of posts first: the example's posts, newest first, on a phone screen.
    await page.getByText('Literasi Numerasi').first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'list-phone.png') });
    await page.goto(`${site.url}/admin/#/collections/posts/new`);
    await page.locator('input[id^="title-field-"]').first().fill('Belajar Pecahan dari HP');
    await page.locator('textarea[id^="description-field-"]').fill('Catatan guru: "pecahan" itu mudah.');
    await page.locator('input[id^="tags-field-"]').fill('pecahan, kelas 7');
    await chooseImage(page, join(siteDir, 'upload/foto-dari-hp.jpg'));
    await page.locator('input[id^="heroAlt-field-"]').fill('Kardus bekas yang dibuka menjadi jaring-jaring');
    const editor = page.locator('[data-slate-editor="true"]').first();
    await editor.click();
    await page.keyboard.type('Halo murid!');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Pecahan itu bagian dari keseluruhan.');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'editor-phone.png') });
    await publish(page);

    const file = await waitForFile(posts, (name) => name.endsWith('-belajar-pecahan-dari-hp.md'));
    expect(file.name).toBe(`${today}-belajar-pecahan-dari-hp.md`);
    const { yaml, body } = splitFrontmatter(file.text);
    expect(parse(yaml)).toMatchObject({
      title: 'Belajar Pecahan dari HP',
      description: 'Catatan guru: "pecahan" itu mudah.',
      pubDate: today,
      tags: ['pecahan', 'kelas 7'],
      heroImage: 'images/foto-dari-hp.jpg',
      heroAlt: 'Kardus bekas yang dibuka menjadi jaring-jaring',
    });
    expect(body).toContain('Halo murid!');
    expect(body).toContain('Pecahan itu bagian dari keseluruhan.');
    await waitForFile(join(posts, 'images'), (name) => name === 'foto-dari-hp.jpg');
    await close();
  });

  it('keeps the fields the form does not show when a post is edited', async () => {
    const { page, close } = await openEditor({ width: 1280, height: 900 });
    await page.goto(`${site.url}/admin/#/collections/posts/entries/catatan-isian-tambahan`);
    const description = page.locator('textarea[id^="description-field-"]');
    await description.fill('Ringkasan yang ditulis di CMS.');
    await publish(page);
    const file = await waitForFile(posts, (name, text) => name === 'catatan-isian-tambahan.md' && text.includes('Ringkasan yang ditulis di CMS.'));
    const { yaml, body } = splitFrontmatter(file.text);
    expect(parse(yaml)).toMatchObject({ kelasTambahan: '7B', sumber: { nama: 'Buku Guru Matematika', halaman: 12 }, tags: ['umum'], pubDate: '2025-01-15' });
    expect(body.trim()).toBe('Isi catatan ini tidak berubah.');
    await close();
  });

  it('keeps an .mdx post byte for byte below its frontmatter when only a field is edited', async () => {
    const { page, close } = await openEditor({ width: 1280, height: 900 });
    await page.goto(`${site.url}/admin/#/collections/posts-mdx/entries/video-pecahan`);
    // The note under the body says why it is plain code.
    await page
      .getByText(/komponen \(video, kuis, rumus\)/)
      .first()
      .waitFor();
    await page.locator('textarea[id^="description-field-"]').fill('Video pendek tentang pecahan senilai.');
    await publish(page);
    const file = await waitForFile(posts, (name, text) => name === 'video-pecahan.mdx' && text.includes('Video pendek tentang pecahan senilai.'));
    expect(splitFrontmatter(file.text).body).toBe(splitFrontmatter(MDX).body);
    expect(parse(splitFrontmatter(file.text).yaml)).toMatchObject({ title: 'Video Pecahan', pubDate: '2025-02-01', tags: ['video', 'pecahan'] });
    await close();
  });

  it('shows the way back to the blog on the sign-in screen, in Indonesian, readable at WCAG AA contrast', async () => {
    const { page, close } = await newIsolatedPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/admin/`);
    const back = page.getByRole('link', { name: 'Kembali ke blog' });
    await back.waitFor({ timeout: 60_000 });
    expect(new URL((await back.getAttribute('href')) ?? '', site.url).pathname).toBe('/');
    const violations = await runAxe(page, { include: ["[class*='-GoBackButtonStyle']"], tags: ['wcag2aa'] });
    expect(violations, formatViolations(violations)).toEqual([]);
    await close();
  });

  it('has no console error under its CSP and reaches nothing but loopback', () => {
    expect(consoleErrors).toEqual([]);
    expect(blocked.filter((url) => !/^https?:\/\/127\.0\.0\.1[:/]/.test(url))).toEqual([]);
  });

  it('rebuilds the blog with the new lesson and post, their photos optimised by astro:assets', async () => {
    await fileServer.stop();
    await buildCopy(fileServer.port);
    const lessonHtml = readFileSync(join(siteDir, `dist/lessons/${today}-luas-permukaan-kubus-dari-kardus/index.html`), 'utf8');
    expect(lessonHtml).toContain('Murid dapat menghitung luas permukaan kubus dari jaring-jaringnya.');
    expect(lessonHtml).toMatch(/src="\/_astro\/foto-kegiatan-kelas\.[\w-]+\.(webp|avif)"|srcset="\/_astro\/foto-kegiatan-kelas\.[\w-]+\.(webp|avif)/);
    const postHtml = readFileSync(join(siteDir, `dist/posts/${today}-belajar-pecahan-dari-hp/index.html`), 'utf8');
    expect(postHtml).toMatch(/\/_astro\/foto-dari-hp\.[\w-]+\.(webp|avif)/);
    const optimised = readdirSync(join(siteDir, 'dist/_astro')).filter((f) => /^foto-(kegiatan-kelas|dari-hp)\..+\.(webp|avif)$/.test(f));
    expect(optimised.length).toBeGreaterThanOrEqual(2);
    // No other page loads the editor.
    expect(readFileSync(join(siteDir, 'dist/index.html'), 'utf8')).not.toMatch(/admin\.astro|decap/i);
  }, 600_000);
});
