declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
