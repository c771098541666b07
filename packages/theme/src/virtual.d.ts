declare module 'virtual:guru-blog/config' {
  const config: import('./integration/virtual-modules.ts').RuntimeConfig;
  export default config;
}
declare module 'virtual:guru-blog/user-css' {}
declare module 'virtual:guru-blog/components/*' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
declare module '*?raw' {
  const text: string;
  export default text;
}
declare module 'virtual:guru-blog/palette.css' {}
declare module 'virtual:guru-blog/cms-collections' {
  export const collections: Record<string, import('./cms/config.ts').SiteCollection>;
  export const root: string;
  /** Where /admin/ loads the editor's prebuilt script from. */
  export const script: string;
}
