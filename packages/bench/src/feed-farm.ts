// A farm of member feeds for the aggregator benchmark: N feeds over H loopback host names, one host
// carrying a share of them (as blogspot.com carries many members), each response delayed like a
// distant server, each feed answering conditional GETs with 304.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LoopbackFarm, startLoopbackFarm } from '@guru-blog/testing';
import { createRng } from './prng.ts';
import { word } from './words.ts';

export interface FeedFarmOptions {
  feeds: number;
  hosts: number;
  /** Share of the feeds on the first host. */
  sharedShare: number;
  latencyMs: number;
  seed: number;
  /** Items per feed; 10–25 when not given. */
  itemsPerFeed?: number;
}

export interface FeedFarm {
  farm: LoopbackFarm;
  /** Feed URL of each member, in order. */
  feedUrls: string[];
  close(): Promise<void>;
}

function paragraph(rng: ReturnType<typeof createRng>, words: number): string {
  return Array.from({ length: words }, () => word(rng)).join(' ');
}

/** RSS 2.0 with 10–25 items of a few KB of HTML each; deterministic per feed. */
export function memberFeed(index: number, seed: number, itemCount?: number): string {
  const rng = createRng(seed + index * 7919);
  const count = itemCount ?? 10 + Math.floor(rng.next() * 16);
  const items = Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 4 + Math.floor(rng.next() * 4) }, () => `<p>${paragraph(rng, 60 + Math.floor(rng.next() * 60))}</p>`).join('');
    const day = new Date(Date.UTC(2026, 9, 1) + ((index * 13 + i * 3) % 50) * 86_400_000).toUTCString();
    return `<item><title>${paragraph(rng, 6)}</title><link>https://guru${index}.example.sch.id/${i}.html</link><guid>g-${index}-${i}</guid><pubDate>${day}</pubDate><description><![CDATA[${body}]]></description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Blog ${index}</title><link>https://guru${index}.example.sch.id/</link><description>x</description>\n${items}\n</channel></rss>`;
}

export async function startFeedFarm(options: FeedFarmOptions): Promise<FeedFarm> {
  const addresses = Array.from({ length: options.hosts }, (_, i) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`);
  const bodies = new Map<number, string>();
  const handler = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<void>((resolve) => {
      const index = Number(/^\/feed\/(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
      setTimeout(() => {
        if (index < 0 || index >= options.feeds) res.writeHead(404).end();
        else if (req.headers['if-none-match'] === `"f${index}"`) res.writeHead(304, { etag: `"f${index}"` }).end();
        else {
          const body = bodies.get(index) ?? memberFeed(index, options.seed, options.itemsPerFeed);
          res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"f${index}"` }).end(body);
        }
        resolve();
      }, options.latencyMs);
    });
  // Made before the run, so generating them does not compete with the fetcher for the CPU.
  for (let i = 0; i < options.feeds; i++) bodies.set(i, memberFeed(i, options.seed, options.itemsPerFeed));
  const farm = await startLoopbackFarm(addresses, handler);
  const shared = Math.round(options.feeds * options.sharedShare);
  const feedUrls = Array.from({ length: options.feeds }, (_, i) => {
    const host = i < shared ? 0 : 1 + ((i - shared) % (options.hosts - 1));
    return `${farm.origins[host]}/feed/${i}`;
  });
  return { farm, feedUrls, close: () => farm.close() };
}
