import type { APIRoute } from 'astro';
import { DEFAULT_ICON } from '../utils/favicon.ts';

// A site's own public/favicon.svg replaces it.
export const GET: APIRoute = () => new Response(DEFAULT_ICON, { headers: { 'Content-Type': 'image/svg+xml' } });
