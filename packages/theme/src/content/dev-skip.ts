// In `astro dev`, an entry with a content mistake stopped the dev server at start with Astro's
// English `InvalidContentEntryDataError` and a stack trace, or, after a save, logged Astro's
// "Failed to reload" with misleading text ("title: wajib diisi" for an unclosed `---`). The
// theme's content checker already says the same in the site's language and the dev server shows
// its problems page, so such an entry is not stored until it is fixed. Only what the
// checker reports is left out: any other failure keeps Astro's own message, and a build (no
// watcher) is never changed, so no post is lost without a word. Astro's English warning about two
// entries with one slug is left out in dev too: the checker says it as an error naming both files.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Subject } from '../catalog/index.ts';
import { checkContent } from '../check/index.ts';
import type { Lang } from '../i18n/index.ts';

export interface CheckerLanguage {
  lang?: Lang;
  strings?: Record<string, string>;
  subjects?: Subject[];
}

/** Whether the checker reports an error in `filePath` (absolute) of the site at `root`. */
function checkerReports(context: LoaderContext, filePath: string, language: CheckerLanguage): boolean {
  const root = fileURLToPath(context.config.root);
  const file = relative(root, filePath).split('\\').join('/');
  try {
    const problems = checkContent({
      root,
      publicDir: fileURLToPath(context.config.publicDir),
      lang: language.lang ?? 'id',
      ...(language.strings ? { strings: language.strings } : {}),
      ...(language.subjects ? { subjects: language.subjects } : {}),
    });
    return problems.some((p) => p.severity === 'error' && p.file === file);
  } catch {
    return false;
  }
}

/** Astro's words for two entries with one slug (glob loader, Astro 7). */
const DUPLICATE_SLUG = /contains multiple entries with the same slug/;

/** `loader`, whose entries the checker reports are left out in dev instead of failing (see above). */
export function skippingCheckedInDev(loader: Loader, language: CheckerLanguage): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      if (!context.watcher) return loader.load(context);
      // The data handed back for an entry the checker reports: the loader stores exactly this
      // object with the entry, so its store.set is known for what it is, whatever order a save's
      // overlapping events finish in.
      const skipped = new WeakSet<object>();
      const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
        warn: (message: string) => (DUPLICATE_SLUG.test(message) ? undefined : context.logger.warn(message)),
      });
      return loader.load({
        ...context,
        logger,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            if (!props.filePath || !checkerReports(context, props.filePath, language)) throw error;
            skipped.add(props.data);
            return props.data;
          }
        },
        // A skipped entry keeps what the store held (nothing, for a file broken from the start):
        // while the checker reports an error every page is its problems page, so the old version
        // is never shown. Deleting it, with a skip remembered by id, lost a post in dev: a save's
        // events overlap, and the verdict on a half-written read could land after the complete
        // read had been stored.
        store: {
          ...context.store,
          set: (entry) => (skipped.has(entry.data) ? false : context.store.set(entry)),
        },
      });
    },
  };
}
