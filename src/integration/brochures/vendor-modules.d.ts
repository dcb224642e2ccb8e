/** Just what aanbodgids uses of two untyped packages. */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2';
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontkit' {
  const fontkit: import('../../brochure/draw/font-kit.ts').Fontkit;
  export default fontkit;
}
