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
