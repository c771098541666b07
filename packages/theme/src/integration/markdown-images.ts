// A photo put straight from a phone into a post (`![Siswa praktik](./foto.jpg)`, 4000 px wide)
// would reach readers at full size: Astro converts a Markdown image to WebP at its own width.
// An image wider than LARGE gets widths LARGE and SMALL instead, and the browser picks: a phone
// with a 720 px screen fetches the small one, a sharper screen the large one. Smaller images, and
// ones whose size the teacher set, are left alone (one encode, as before). Astro encodes the `src`
// width twice: Sätteri turns `widths` into strings, so the srcset entry of that width does not
// match the `src` transform. The `src` is therefore the small width, whose second encode costs a
// third of a large one.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { imageMetadata } from 'astro/assets/utils';
import { isAddressOrSitePath } from '../utils/urls.ts';
import { COLUMN_IMAGE_SIZES, PHONE_IMAGE_WIDTH } from './images.ts';

const LARGE = 1280;
const SMALL = PHONE_IMAGE_WIDTH;

type ImgNode = { properties: Record<string, unknown> };
type Ctx = { fileURL: URL | undefined; setProperty(node: unknown, key: string, value: unknown): void };

/** Widths by file and modification time: many posts can show the same image. */
const widths = new Map<string, Promise<number>>();

async function widthOf(path: string, modified: number, src: string): Promise<number> {
  const key = `${path}\0${modified}`;
  let width = widths.get(key);
  if (!width) {
    width = readFile(path).then(async (data) => (await imageMetadata(data, src)).width);
    widths.set(key, width);
  }
  return width;
}

/** True for a path next to the Markdown file (not a URL, not a site path). */
function isRelativePath(src: string): boolean {
  return !src.startsWith('#') && !isAddressOrSitePath(src);
}

/**
 * Sätteri (Astro 7's default processor) HTML plugin; runs before Astro's own image step.
 * `onMissing` hears of an image file that does not exist (post, path as written, path looked
 * for). It must not throw: the content loader would then publish the post empty. Astro stops the
 * build on the missing file later; the theme's message in the site's language comes first.
 */
export function satteriLargeImages(onMissing: (post: string, src: string, looked: string) => void) {
  return {
    name: 'guru-blog:large-images',
    element: {
      filter: ['img'],
      async visit(node: ImgNode, ctx: Ctx) {
        const { src, width, height } = node.properties;
        if (typeof src !== 'string' || !isRelativePath(src) || !ctx.fileURL) return;
        const file = fileURLToPath(new URL(decodeURI(src), ctx.fileURL));
        const modified = await stat(file).then(
          (info) => info.mtimeMs,
          () => undefined,
        );
        if (modified === undefined) return onMissing(fileURLToPath(ctx.fileURL), src, file);
        if (width !== undefined || height !== undefined) return;
        let original: number;
        try {
          original = await widthOf(file, modified, src);
        } catch {
          return; // not an image Astro can read: Astro says so itself
        }
        if (original <= LARGE) return;
        ctx.setProperty(node, 'width', SMALL);
        ctx.setProperty(node, 'widths', [SMALL, LARGE]);
        ctx.setProperty(node, 'sizes', COLUMN_IMAGE_SIZES);
      },
    },
  };
}
