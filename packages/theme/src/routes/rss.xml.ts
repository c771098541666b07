import { render } from 'astro:content';
import mdxRenderer from '@astrojs/mdx/server.js';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { paths } from '../utils/paths.ts';
import { getPosts } from '../utils/posts.ts';
import { config, url } from '../utils/site.ts';
import { absolutizeHtml } from '../utils/urls.ts';

/** Feed readers get the newest posts in full; older ones stay on the site. */
const FEED_ITEMS = 20;

export const GET: APIRoute = async (context) => {
  const posts = (await getPosts()).slice(0, FEED_ITEMS);
  // The container renders .md and .mdx alike, images and components included.
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: '@astrojs/mdx', renderer: mdxRenderer });
  const site = context.site?.href.replace(/\/$/, '') ?? config.site;
  const items = [];
  for (const post of posts) {
    const { Content } = await render(post as Parameters<typeof render>[0]);
    const html = await container.renderToString(Content);
    items.push({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: url(paths.post(post.id)),
      categories: post.data.tags,
      content: absolutizeHtml(html, site),
    });
  }
  return rss({
    title: config.title,
    description: config.description || config.title,
    site: site ?? context.url.origin,
    items,
    customData: `<language>${config.lang}</language>`,
    trailingSlash: true,
  });
};
