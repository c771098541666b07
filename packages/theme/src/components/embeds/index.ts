// `import { YouTube, Canva } from '@guru-blog/theme/embeds';` in an .mdx post.

export { type Embed as EmbedData, type EmbedProvider, parseEmbedUrl } from '../../embeds/parse.ts';
export { default as Canva } from './Canva.astro';
export { default as Embed } from './Embed.astro';
export { default as GoogleDocs } from './GoogleDocs.astro';
export { default as GoogleDrive } from './GoogleDrive.astro';
export { default as GoogleForm } from './GoogleForm.astro';
export { default as GoogleSlides } from './GoogleSlides.astro';
export { default as Padlet } from './Padlet.astro';
export { default as Pdf } from './Pdf.astro';
export { default as Quizizz } from './Quizizz.astro';
export { default as Wordwall } from './Wordwall.astro';
export { default as YouTube } from './YouTube.astro';
