/** Reported by /health; bump with the HTTP API's behaviour, not with every commit. */
export const SERVER_VERSION = '1.0.0';
