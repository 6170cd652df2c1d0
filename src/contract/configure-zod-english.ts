import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * The contract is written with `zod/mini`, which (unlike classic `zod`) does not install the English
 * locale when a schema is built: without it every default message is the bare `Invalid input`. The
 * emulator's 400 bodies are the real server's zod 4 English messages byte for byte (openpanel-api.md
 * §1.3, e.g. `querystring/range Invalid option: expected one of …`) and the BFF reports field messages,
 * so both Node processes call this from the modules that turn issues into text. Calling it explicitly
 * keeps the result independent of whether some classic `zod` schema happened to be built first.
 * The browser does not call it: every message the SPA shows is written in the schemas (`{ error }`).
 */
export function configureZodEnglish(): void {
  z.config(en());
}
