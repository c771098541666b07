/**
 * Small distinct PNG illustrations (800x450) rendered from seeded SVG shapes with sharp.
 * Posts reuse them, as teachers reuse a handful of pictures; each is distinct so Astro's image
 * pipeline really has to process every one of them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createRng, type Rng } from './prng.ts';

export const IMAGE_COUNT = 50;
export const IMAGE_WIDTH = 800;
export const IMAGE_HEIGHT = 450;

export function imageName(index: number): string {
  return `img-${String(index).padStart(4, '0')}.png`;
}

const hsl = (rng: Rng): string => `hsl(${rng.int(0, 359)},${rng.int(40, 85)}%,${rng.int(35, 75)}%)`;

export function imageSvg(rng: Rng): string {
  const shapes: string[] = [];
  for (let i = rng.int(3, 7); i > 0; i--) {
    const x = rng.int(0, IMAGE_WIDTH);
    const y = rng.int(0, IMAGE_HEIGHT);
    shapes.push(
      rng.chance(0.5)
        ? `<circle cx="${x}" cy="${y}" r="${rng.int(30, 160)}" fill="${hsl(rng)}" fill-opacity="0.8"/>`
        : `<rect x="${x - 100}" y="${y - 60}" width="${rng.int(60, 300)}" height="${rng.int(40, 200)}" rx="${rng.int(0, 30)}" fill="${hsl(rng)}" fill-opacity="0.8"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(rng)}"/><stop offset="1" stop-color="${hsl(rng)}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
}

/** Writes img-0001.png … into `assetsDir`; returns the file names. */
export async function generateImages(assetsDir: string, seed: number, count = IMAGE_COUNT): Promise<string[]> {
  mkdirSync(assetsDir, { recursive: true });
  // A separate stream from the posts' so changing the image count does not reshuffle the text.
  const rng = createRng(seed ^ 0x9e3779b9);
  const names: string[] = [];
  for (let i = 1; i <= count; i++) {
    const png = await sharp(Buffer.from(imageSvg(rng)))
      .png({ compressionLevel: 9 })
      .toBuffer();
    writeFileSync(join(assetsDir, imageName(i)), png);
    names.push(imageName(i));
  }
  return names;
}
