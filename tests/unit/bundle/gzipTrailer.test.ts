// A gzip file cut short, or with a trailer that does not match its contents, is broken: fflate
// alone inflated ~15% of bundles cut by 10 bytes as if whole (their deflate data ended early).
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../shared/bundle/crc32';
import { gunzipBounded, gzipText } from '../../../shared/bundle/gzipBundle';

const text = JSON.stringify({
  place: '喷涂车间，“活性炭”箱旁',
  values: Array.from({ length: 400 }, (_, i) => i * 7),
});

describe('gunzipBounded', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('inflates a whole file', () => {
    const result = gunzipBounded(gzipText(text), 1_000_000);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(text);
  });

  it.each(Array.from({ length: 16 }, (_, i) => i + 1))(
    'refuses the file cut by %i bytes',
    (cut) => {
      const gz = gzipText(text);
      expect(gunzipBounded(gz.subarray(0, gz.length - cut), 1_000_000)).toEqual({
        ok: false,
        reason: 'bad_gzip',
      });
    },
  );

  it('refuses a trailer whose CRC or length does not match', () => {
    const gz = gzipText(text);
    for (const at of [gz.length - 8, gz.length - 1]) {
      const bad = gz.slice();
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      expect(gunzipBounded(bad, 1_000_000)).toEqual({ ok: false, reason: 'bad_gzip' });
    }
  });
});
