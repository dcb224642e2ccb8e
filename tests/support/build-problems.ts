/** The problems a failed build printed, one a line without the `✗ ` that marks them, in the order printed. */
export const problemLines = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith('✗ '))
    .map((line) => line.slice(2));
