/** Just what the brochure uses of the untyped `hyphen` package (CommonJS: its default export). */
declare module 'hyphen/nl/index.js' {
  const patterns: import('./layout/hyphenate.ts').HyphenModule;
  export default patterns;
}
declare module 'hyphen/en-gb/index.js' {
  const patterns: import('./layout/hyphenate.ts').HyphenModule;
  export default patterns;
}
