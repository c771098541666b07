// Plain `tsc` does not know .astro files (Astro 7's client types no longer declare them; `astro
// check` resolves them itself). This lets index.ts re-export the components under `tsc -p`.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
