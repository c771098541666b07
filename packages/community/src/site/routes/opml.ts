import { fileURLToPath } from 'node:url';
import config from 'virtual:guru-community/config';
import type { APIRoute } from 'astro';
import { membersOpml } from '../../members/members-opml.ts';
import { Store } from '../../store/store.ts';
import { communityData } from '../data.ts';
import { w } from '../format.ts';

export const GET: APIRoute = async () => {
  const { members } = await communityData();
  const store = new Store(fileURLToPath(new URL(`${config.store}/`, `file://${config.root}/`)));
  return new Response(membersOpml(members, store, w('opml.title', { title: config.title })), { headers: { 'content-type': 'text/x-opml; charset=utf-8' } });
};
