/**
 * Node's `fs` for the browser's brochure chunk: fontkit imports it for `fontkit.open(path)`,
 * which the browser never calls (it is handed the font bytes). Failing loudly beats Vite's
 * silent externalisation warning on every build.
 */
const unavailable = (): never => {
  throw new Error('fontkit cannot read files in the browser; pass font bytes instead');
};

export const readFileSync = unavailable;
export const readFile = unavailable;

export default { readFileSync, readFile };
