// js-yaml 4 ships no types; the checker uses one function of it.
declare module 'js-yaml' {
  /** Parses one YAML document with js-yaml's default schema (as Astro reads frontmatter). */
  export function load(text: string): unknown;
}
