/**
 * Bytes of a bundle file or request body (plain JSON or gzip, detected by its magic number)
 * → a verified bundle or the list of what is wrong. The entry point for file import and
 * for the server.
 */
import type { BundleIssue } from './bundleIssue';
import { type BundleLimits, defaultBundleLimits } from './bundleLimits';
import { bytesToText, gunzipBounded, isGzip } from './gzipBundle';
import { type VerifyResult, verifyBundle } from './verifyBundle';

export function readBundle(
  bytes: Uint8Array,
  limits: BundleLimits = defaultBundleLimits,
): VerifyResult {
  let plain = bytes;
  if (isGzip(bytes)) {
    const inflated = gunzipBounded(bytes, limits.maxDecompressedBytes);
    if (!inflated.ok) {
      const issue: BundleIssue =
        inflated.reason === 'too_large'
          ? {
              code: 'too_large',
              message: `bundle inflates past ${limits.maxDecompressedBytes} bytes`,
              path: '',
            }
          : { code: 'bad_gzip', message: 'not valid gzip data', path: '' };
      return { ok: false, errors: [issue] };
    }
    plain = inflated.bytes;
  } else if (bytes.length > limits.maxDecompressedBytes) {
    return {
      ok: false,
      errors: [
        {
          code: 'too_large',
          message: `bundle larger than ${limits.maxDecompressedBytes} bytes`,
          path: '',
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytesToText(plain));
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, errors: [{ code: 'bad_json', message: `not JSON: ${detail}`, path: '' }] };
  }
  return verifyBundle(json, limits);
}
