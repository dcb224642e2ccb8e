/**
 * A build that stops on problems it has already listed (the content, BASE_PATH, an output folder
 * it must not replace) throws this instead of ending the process: Astro reports it, and
 * `npm run build` ends with status 1 without printing it again.
 */
import { AstroError } from 'astro/errors';
import type { Language } from '../core/strings/labels.ts';

const STOPPED = {
  nl: { message: 'De build is gestopt: de problemen staan hierboven.', hint: 'Verbeter ze en bouw opnieuw; dist/ is niet veranderd.' },
  en: { message: 'The build stopped: the problems are listed above.', hint: 'Correct them and build again; dist/ is unchanged.' },
};

export class BuildStopped extends AstroError {
  override name = 'BuildStopped';
  constructor(language: Language) {
    super(STOPPED[language].message, STOPPED[language].hint);
  }
}

/** By name: Astro loads the integration in a module graph of its own, so `instanceof` would not see it. */
export const isBuildStopped = (error: unknown): boolean => error instanceof Error && error.name === 'BuildStopped';

/** Node's words for a text or file past what it can hold; a team member cannot act on them as written. */
const TOO_LARGE = /Invalid string length|ERR_STRING_TOO_LONG|Cannot create a string longer|ERR_FS_FILE_TOO_LARGE|Array buffer allocation failed/;

/**
 * What `npm run build` prints for a failure nobody listed as a problem, in Dutch like the rest of
 * the build's messages: the error's own message, or plain words when Node ran out of room for a
 * text or file. DEBUG=1 prints the error as it is.
 */
export function unexpectedFailureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  const tooLarge = TOO_LARGE.test(`${typeof code === 'string' ? code : ''} ${message}`);
  const cause = tooLarge ? 'Een bestand of tekst is te groot om te verwerken. Kijk of er een uitzonderlijk groot bestand in de inhoudsmap staat, of haal het weg.' : message;
  return `\nDe build is mislukt; dist/ is niet veranderd.\n${cause}`;
}
