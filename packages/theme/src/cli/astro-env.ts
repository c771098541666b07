// What every Astro the CLI starts (`guru-blog dev|build|preview`, the site of `guru-blog cms`) gets
// in its environment.

/**
 * No telemetry, and no "New version of Astro available … npx @astrojs/upgrade" in `dev`: that
 * English advice upgrades a blog to an Astro the teacher's Node may not run. Whoever sets either
 * variable keeps their value.
 */
export const ASTRO_QUIET = {
  ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED || '1',
  ASTRO_DISABLE_UPDATE_CHECK: process.env.ASTRO_DISABLE_UPDATE_CHECK || 'true',
};
