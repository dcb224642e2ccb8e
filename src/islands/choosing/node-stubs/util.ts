/**
 * Node's `util` for the browser's brochure chunk: restructure (fontkit's dependency) takes
 * `inspect` from it at load time, for debug printing the brochure never does.
 */
export const inspect = (value: unknown): string => String(value);

export default { inspect };
