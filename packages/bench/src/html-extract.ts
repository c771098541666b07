/**
 * A small regex-based extractor for the few things page weight needs from built HTML, CSS and JS.
 * Astro's output is machine-written and well-formed, so a full HTML parser (parse5 and friends)
 * would add a dependency without changing the answer; comments are stripped first so commented-out
 * tags never count.
 */

export type PageResources = {
  stylesheets: string[];
  /** `<script src>`, `<link rel=modulepreload>` and `<link rel=preload as=script>`. */
  scripts: string[];
  /** `<link rel=preload as=font>`. */
  fonts: string[];
  /** Bodies of inline scripts the browser executes (JSON-LD, import maps and templates excluded). */
  inlineScripts: string[];
  /** Bodies of inline `type=module` scripts, whose static imports are fetched too. */
  inlineModules: string[];
};

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

const decodeEntities = (s: string): string =>
  s.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _);

/** Attributes of one start tag's inner text (after the tag name); names lower-cased. */
export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = (m[1] as string).toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

export function extractResources(html: string): PageResources {
  const clean = html.replace(/<!--[\s\S]*?-->/g, '');
  const out: PageResources = { stylesheets: [], scripts: [], fonts: [], inlineScripts: [], inlineModules: [] };

  for (const m of clean.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = parseAttributes(m[1] as string);
    const href = attrs.get('href');
    if (!href) continue;
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attrs.get('as') ?? '').toLowerCase();
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) out.stylesheets.push(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) out.scripts.push(href);
    else if (rel.includes('preload') && as === 'font') out.fonts.push(href);
  }

  for (const m of clean.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = parseAttributes(m[1] as string);
    const type = (attrs.get('type') ?? '').toLowerCase().trim();
    if (!EXECUTABLE_TYPES.has(type)) continue;
    const src = attrs.get('src');
    if (src) out.scripts.push(src);
    else if ((m[2] as string).trim()) {
      out.inlineScripts.push(m[2] as string);
      if (type === 'module') out.inlineModules.push(m[2] as string);
    }
  }
  return out;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers (not `import()`). */
export function jsStaticImports(js: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of js.matchAll(re)) found.push(m[1] as string);
  return found;
}

/** `@import` targets of a stylesheet. */
export function cssImports(css: string): string[] {
  const found: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)) found.push(m[1] as string);
  return found;
}

/**
 * The font file a browser downloads for each `@font-face`: the first `url()` in its `src` (the
 * theme lists woff2 first). Counting every declared face is an upper bound: browsers skip faces
 * no text on the page uses.
 */
export function cssFontUrls(css: string): string[] {
  const found: string[] = [];
  for (const face of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const src = (face[1] as string).match(/(?:^|;|\s)src\s*:([^;]*)/);
    const url = src?.[1]?.match(/url\(\s*["']?([^"')]+)["']?\s*\)/);
    if (url) found.push(url[1] as string);
  }
  return found;
}
