// Writes the generated pages into src/content/docs before Astro reads the content, on every
// `astro build` and `astro dev`, so they always describe the code of this checkout.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type PageFile, renderPage } from './markdown.ts';
import { referencePages } from './pages/reference.ts';
import { troubleshootingPages } from './pages/troubleshooting.ts';
import type { Lang } from './zod-fields.ts';

/** Folders holding only generated pages (git-ignored), per language. */
export const GENERATED_DIRS = ['referensi', 'masalah'];

export function generatedFiles(): { path: string; content: string }[] {
  const files: { path: string; content: string }[] = [];
  for (const lang of ['id', 'en'] as Lang[]) {
    const pages: PageFile[] = [...referencePages(lang), ...troubleshootingPages(lang)];
    for (const page of pages) files.push({ path: lang === 'id' ? page.path : `en/${page.path}`, content: renderPage(page) });
  }
  return files;
}

/**
 * Brings the generated folders in line with the code: writes a page only when its text changed and
 * deletes only pages the code no longer makes. Another `astro` process (`astro sync` beside
 * `astro build`) regenerating at the same time then changes nothing under the one reading them.
 */
export function writeGeneratedPages(docsDir: string): number {
  const files = generatedFiles();
  const wanted = new Set(files.map((file) => join(docsDir, file.path)));
  for (const dir of GENERATED_DIRS.flatMap((d) => [join(docsDir, d), join(docsDir, 'en', d)])) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile() && !wanted.has(path)) rmSync(path, { force: true });
    }
  }
  for (const file of files) {
    const target = join(docsDir, file.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === file.content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return files.length;
}

export function generatedPages(): AstroIntegration {
  return {
    name: 'guru-blog-docs-generated',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const docsDir = join(fileURLToPath(config.srcDir), 'content', 'docs');
        logger.info(`${writeGeneratedPages(docsDir)} reference and troubleshooting pages generated from the code`);
      },
    },
  };
}
