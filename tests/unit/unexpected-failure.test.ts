/** What npm run build says when it fails for a reason nobody listed as a content problem. */
import { expect, test } from 'vitest';
import { unexpectedFailureText } from '../../src/integration/build-stopped.ts';

test('a failure for a text or file too large for Node is told in Dutch, without Node\'s English words', () => {
  for (const error of [new RangeError('Invalid string length'), Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' })]) {
    const text = unexpectedFailureText(error);
    expect(text).toContain('De build is mislukt; dist/ is niet veranderd.');
    expect(text).toContain('te groot om te verwerken');
    expect(text).not.toMatch(/Invalid string length|Cannot create/);
  }
});

test('any other unexpected failure keeps its own message under the Dutch heading', () => {
  expect(unexpectedFailureText(new Error('ENOENT: x'))).toBe('\nDe build is mislukt; dist/ is niet veranderd.\nENOENT: x');
});
