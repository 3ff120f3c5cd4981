/** Generated at build time by scripts/first-view-plugin.ts; parsed with zod where it is used. */
declare module 'virtual:first-view' {
  const value: unknown;
  export default value;
}
