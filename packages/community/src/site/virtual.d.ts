declare module 'virtual:guru-community/config' {
  const config: import('./integration.ts').CommunityRuntime;
  export default config;
}
declare module 'virtual:guru-community/components/*' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
