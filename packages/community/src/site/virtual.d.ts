declare module 'virtual:guru-community/config' {
  const config: import('./integration.ts').CommunityRuntime;
  export default config;
}
