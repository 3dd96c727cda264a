import { readFileSync } from 'node:fs';

/** Reported by /health; bump with the HTTP API's behaviour, not with every commit. */
export const SERVER_VERSION = '1.0.0';

/**
 * The package's version (package.json), so an office can tell which release it runs. Read
 * once at start: the server runs from the source tree (npm run server, tsx).
 */
export const PACKAGE_VERSION: string = (() => {
  const parsed: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  );
  const version: unknown =
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'version') : undefined;
  return typeof version === 'string' ? version : 'unknown';
})();
