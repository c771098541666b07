// Baseline: a bare Astro 7 site with default settings, the same corpus as the theme site.
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://bench.example' });
