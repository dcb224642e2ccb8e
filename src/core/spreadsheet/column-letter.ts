/** A column's letters as spreadsheets show them, from its index: 0 is A, 25 is Z, 26 is AA, 16383 is XFD. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let number = index + 1; number > 0; number = Math.floor((number - 1) / 26)) letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  return letters;
}
