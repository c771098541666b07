// An SVG a teacher puts in Markdown (or in public/) is copied into the built site as it is, and
// opened directly it is a document of the site's own origin: a <script>, an onload or a
// javascript: link in it would run there (next to a CMS login, for one). Every SVG the build
// writes is rewritten through an allowlist of drawing elements and attributes (sanitize-html, the
// same parser-based sanitizer the community uses for feeds; no regular expressions over the
// bytes): shapes, text, gradients, filters and CSS stay, anything that can run or load is dropped.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type sanitizeHtml from 'sanitize-html';
import { DEFAULT_ICON } from '../utils/favicon.ts';

// Loaded on first use: most blogs have no SVG but the theme's own icon, and it costs about 140 ms
// to load before every build.
let sanitizer: typeof sanitizeHtml | undefined;
const sanitize = (): typeof sanitizeHtml => {
  sanitizer ??= createRequire(import.meta.url)('sanitize-html') as typeof sanitizeHtml;
  return sanitizer;
};

const SHAPES = ['svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'switch', 'style', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon'];
const TEXT = ['text', 'tspan', 'textPath'];
const PAINT = ['linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'image'];
const FILTERS = [
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
];

// No event handlers (on*), no animation (<set>/<animate> can rewrite an href to javascript:),
// no <script>, <foreignObject>, <a>, <iframe>: none is drawing.
const ATTRIBUTES = [
  'id',
  'class',
  'style',
  'transform',
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'width',
  'height',
  'viewBox',
  'preserveAspectRatio',
  'points',
  'pathLength',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'color',
  'display',
  'visibility',
  'overflow',
  'vector-effect',
  'shape-rendering',
  'text-rendering',
  'image-rendering',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'writing-mode',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'startOffset',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'clip-path',
  'clipPathUnits',
  'clip-rule',
  'mask',
  'maskUnits',
  'maskContentUnits',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'filter',
  'filterUnits',
  'primitiveUnits',
  'in',
  'in2',
  'result',
  'stdDeviation',
  'mode',
  'operator',
  'k1',
  'k2',
  'k3',
  'k4',
  'values',
  'type',
  'tableValues',
  'slope',
  'intercept',
  'amplitude',
  'exponent',
  'flood-color',
  'flood-opacity',
  'lighting-color',
  'baseFrequency',
  'numOctaves',
  'seed',
  'stitchTiles',
  'scale',
  'xChannelSelector',
  'yChannelSelector',
  'radius',
  'kernelMatrix',
  'order',
  'divisor',
  'bias',
  'targetX',
  'targetY',
  'edgeMode',
  'preserveAlpha',
  'surfaceScale',
  'diffuseConstant',
  'specularConstant',
  'specularExponent',
  'azimuth',
  'elevation',
  'pointsAtX',
  'pointsAtY',
  'pointsAtZ',
  'limitingConeAngle',
  'color-interpolation',
  'color-interpolation-filters',
  'enable-background',
  'xml:space',
  'xmlns',
  'xmlns:xlink',
  'version',
  'role',
  'aria-label',
  'aria-hidden',
  'href',
  'xlink:href',
];

const TEXT_PARENTS = new Set([...TEXT, 'title', 'desc', 'style']);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...SHAPES, ...TEXT, ...PAINT, ...FILTERS],
  allowedAttributes: { '*': ATTRIBUTES },
  // href and xlink:href may only point inside the file (#id) or at a relative file of the site;
  // an https image could track readers, a javascript: or data: one could run.
  allowedSchemes: [],
  allowedSchemesAppliedToAttributes: ['href', 'xlink:href'],
  allowProtocolRelative: false,
  // <style> holds CSS, which cannot run script; its text is kept as text.
  allowVulnerableTags: true,
  parser: { xmlMode: true, decodeEntities: true },
  // A dropped element's text (a <script>'s code) must not end up as drawing text, whatever case
  // its name is written in.
  nonTextTags: ['script', 'foreignObject', 'iframe', 'noscript', 'textarea', 'option', 'noembed'],
  // SVG draws text only inside its text elements; any other text (a <SCRIPT>'s code) goes.
  textFilter: (text, tag) => (TEXT_PARENTS.has(tag) ? text : text.trim() ? '' : text),
};

/** The SVG with only drawing left in it. */
export function sanitizeSvg(svg: string): string {
  const body = sanitize()(svg, OPTIONS).trim();
  return body.startsWith('<svg') ? body : `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

/** Rewrites every .svg under `dir` that holds anything beyond drawing. */
export async function sanitizeBuiltSvgs(dir: string): Promise<number> {
  let changed = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.svg')) continue;
    const path = join(entry.parentPath, entry.name);
    const svg = await readFile(path, 'utf8');
    // The theme's own icon, as the theme wrote it, is drawing only.
    if (svg === DEFAULT_ICON) continue;
    const clean = sanitizeSvg(svg);
    if (clean === svg) continue;
    await writeFile(path, clean);
    changed++;
  }
  return changed;
}
