/**
 * Node's `stream` for the browser's brochure chunk. fontkit's restructure dependency declares an
 * EncodeStream that extends stream.Readable, used only to write fonts; the browser only reads
 * them (pdf-lib embeds the build's subset fonts whole), so an empty class is all it needs.
 */
export class Readable {}

export default { Readable };
