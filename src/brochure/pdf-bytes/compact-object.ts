/**
 * A PDF object written exactly as given, on one line. pdf-lib writes each dictionary entry on a
 * line of its own, which for the thousands of small structure elements of a tagged brochure costs
 * more than what they say. The text must be ASCII PDF syntax (names, numbers, references, and strings
 * whose characters above 0x7e are written as escapes).
 */
import { PDFObject } from 'pdf-lib';

export class CompactObject extends PDFObject {
  private readonly text: string;

  constructor(text: string) {
    super();
    this.text = text;
  }

  override clone(): CompactObject {
    return this;
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    for (let index = 0; index < this.text.length; index++) buffer[offset + index] = this.text.charCodeAt(index);
    return this.text.length;
  }
}
