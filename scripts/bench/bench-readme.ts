/** Puts the latest results table into bench/README.md between two markers, keeping the prose around it. */
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

export function updateBenchReadme(readme: string, results: string): string {
  const block = `${START}\n${results}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) return `${readme.trimEnd()}\n\n## Latest results\n\n${block}\n`.trimStart();
  return `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`;
}
