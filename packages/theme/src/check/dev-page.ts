import type { Lang, Translate } from '../i18n/index.ts';
import { escapeHtml } from '../kit/escape.mjs';
import type { Problem } from './problem.ts';
import { formatProblem } from './report.ts';

/** Where the page asks whether the problems changed; answered by the dev server's middleware. */
export const CHECK_STATE_PATH = '/__guru-blog/check';

/**
 * The page shown in dev instead of a stale one while content has errors. Self-contained (inline
 * style and script, no theme CSS) so it works whatever state the site is in; it asks the dev
 * server every second and reloads once the problems change or are gone.
 */
export function devProblemsPage(problems: Problem[], version: number, lang: Lang, t: Translate): string {
  const items = problems
    .map(
      (p) =>
        `<li class="${p.severity}"><code>${escapeHtml(`${p.file}:${p.line}`)}</code><p>${escapeHtml(formatProblem({ ...p, file: '', line: 0 }, t).replace(/^:0: /, ''))}</p></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t('check.page.title'))}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;background:#fff8f0;color:#222}
main{max-width:48rem;margin:0 auto}h1{font-size:1.4rem;color:#9a2a00;margin:0 0 .5rem}
ul{list-style:none;padding:0}li{background:#fff;border-left:.3rem solid #c0392b;margin:.75rem 0;padding:.6rem .9rem;border-radius:.3rem}
li.warning{border-color:#d68910}code{font-size:.9rem;color:#555;word-break:break-all}li p{margin:.25rem 0 0}
@media (prefers-color-scheme:dark){body{background:#1d1a17;color:#eee}li{background:#2a2622}code{color:#bbb}h1{color:#ff9b73}}
</style></head>
<body><main><h1>${escapeHtml(t('check.page.title'))}</h1><p>${escapeHtml(t('check.page.intro'))}</p><ul>${items}</ul></main>
<script>
const seen = ${version};
setInterval(async () => {
  try {
    const state = await (await fetch('${CHECK_STATE_PATH}', { cache: 'no-store' })).json();
    if (state.version !== seen) location.reload();
  } catch {}
}, 1000);
</script></body></html>`;
}
