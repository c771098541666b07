// feeds.json is saved as a run goes: while one feed still hangs, the states of the feeds already
// fetched are on disk (a run killed now would keep them), and the run is marked unfinished.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoopbackFarm, startLoopbackFarm, temporaryFolders } from '@guru-blog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/fetch/policy.ts';
import { runFetch } from '../src/fetch/run-fetch.ts';
import type { FeedState, Member } from '../src/model.ts';
import { Store } from '../src/store/store.ts';
import { goodFeed } from './fault/feeds.ts';

const temp = temporaryFolders();
let farm: LoopbackFarm;
let release: () => void = () => {};
const hanging = new Promise<void>((resolve) => {
  release = resolve;
});

beforeAll(async () => {
  farm = await startLoopbackFarm(['127.0.0.1', '127.0.0.2'], async (req, res) => {
    const name = (req.url ?? '').split('/')[1] ?? '';
    if (name === 'lambat') await hanging;
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(goodFeed(name));
  });
});

afterAll(async () => {
  release();
  await farm?.close();
});

describe('feed states during a run', () => {
  it('are on disk before the run ends, and the run is marked unfinished until it does', async () => {
    const dir = temp('guru-community-checkpoint-');
    const [a, b] = farm.origins as [string, string];
    const members: Member[] = ['satu', 'dua', 'tiga', 'lambat'].map((name, i) => ({
      id: name,
      name,
      blog: `${[a, b][i % 2]}/${name}/`,
      feed: `${[a, b][i % 2]}/${name}/feed`,
      active: true,
      jenjang: [],
      subjects: [],
    }));
    const run = runFetch({ members, store: new Store(dir), policy: { ...DEFAULT_POLICY, allowLoopback: true, timeoutMs: 60_000 } });
    const file = join(dir, 'feeds.json');
    const saved = () =>
      existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { run?: { finished?: string }; feeds: Record<string, FeedState> }) : undefined;
    // Wait on the state itself: the three quick feeds saved while the fourth still hangs.
    let during = saved();
    for (const until = Date.now() + 20_000; Date.now() < until && Object.keys(during?.feeds ?? {}).length < 3; during = saved()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Object.keys(during?.feeds ?? {}).sort()).toEqual(['dua', 'satu', 'tiga']);
    expect(during?.run?.finished).toBeUndefined();
    expect(new Store(dir).lastRun?.finished).toBeUndefined();
    release();
    const report = await run;
    expect(report.failed).toBe(0);
    expect(saved()?.run?.finished).toBeDefined();
    expect(Object.keys(saved()?.feeds ?? {})).toHaveLength(4);
  }, 60_000);
});
