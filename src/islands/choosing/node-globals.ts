/**
 * fontkit 1.9 and its restructure dependency are written for Node and use the global `Buffer`.
 * Imported before them (module order is evaluation order), this gives the browser the `buffer`
 * package's implementation under that name.
 */
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
