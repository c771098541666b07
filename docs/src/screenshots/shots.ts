// Which pages of the real example sites the docs show, at which width. The tutorial's images are
// these files; the script that takes them fails when a page is broken, so they cannot go stale.

export interface Shot {
  /** Example folder under examples/. */
  site: 'guru-matematika' | 'komunitas';
  /** Path inside the built site. */
  path: string;
  /** Output file under src/assets/screenshots/. */
  file: string;
  width: number;
  /** A CSS selector that must become visible (so an empty or error page fails). */
  expect: string;
  /** Only shot when the built site has this file (features still arriving, such as /admin/). */
  whenExists?: string;
}

// The editor at /admin/ needs its file server (decap-server) running: its pictures are taken by the
// CMS's own end-to-end test (examples/guru-matematika/test/cms.test.ts) into screenshots/cms/.
export const SHOTS: Shot[] = [
  { site: 'guru-matematika', path: '/', file: 'example/beranda-360.png', width: 360, expect: 'main h2' },
  { site: 'guru-matematika', path: '/', file: 'example/beranda-1280.png', width: 1280, expect: 'main h2' },
  { site: 'guru-matematika', path: '/posts/mengajar-pecahan-dengan-kertas-lipat/', file: 'example/tulisan-360.png', width: 360, expect: 'main h1' },
  { site: 'guru-matematika', path: '/lessons/persamaan-linear-satu-variabel/', file: 'example/modul-ajar-360.png', width: 360, expect: 'main h1' },
  { site: 'guru-matematika', path: '/search/?q=pecahan', file: 'example/pencarian-360.png', width: 360, expect: '[data-results] li a' },
  { site: 'komunitas', path: '/', file: 'example/komunitas-360.png', width: 360, expect: 'main' },
];
