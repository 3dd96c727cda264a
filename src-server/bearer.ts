/** The Authorization header a device sends: `Bearer <token>` (tokens from store/secrets.ts). */
export const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;
