/** Generated at build time by scripts/build-data-plugin.ts; parsed with zod where it is used. */
declare module 'virtual:first-view' {
  const value: unknown;
  export default value;
}

declare module 'virtual:build-data' {
  const value: unknown;
  export default value;
}
