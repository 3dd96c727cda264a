import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManualCoordinates } from '../../../shared/domain/parseCoordinates';

describe('parseManualCoordinates', () => {
  it.each([
    ['37.52, 111.14', 37.52, 111.14],
    ['37.52，111.14', 37.52, 111.14],
    ['  37.52   111.14 ', 37.52, 111.14],
    ['N37.52 E111.14', 37.52, 111.14],
    ['E111.14 N37.52', 37.52, 111.14],
    ['37.52N, 111.14E', 37.52, 111.14],
    ['37.52°N 111.14°E', 37.52, 111.14],
    ['-33.8568, 151.2153', -33.8568, 151.2153],
    ['S33.8568 W70.5', -33.8568, -70.5],
    [`37°31'12"N 111°8'24"E`, 37.52, 111.14],
    ['37°31′12″N, 111°8′24″E', 37.52, 111.14],
    ['37°31’12”N 111°8’24”E', 37.52, 111.14],
    ['北纬37度31分12秒 东经111度8分24秒', 37.52, 111.14],
    ['北纬37度31分12秒，东经111度8分24秒', 37.52, 111.14],
    ['东经111度8分24秒 北纬37度31分12秒', 37.52, 111.14],
    ['北纬３７度３１分１２秒 东经１１１度８分２４秒', 37.52, 111.14],
    ["37°31.2'N 111°8.4'E", 37.52, 111.14],
    ['37°N 111°E', 37, 111],
  ])('%s', (text, latitude, longitude) => {
    expect(parseManualCoordinates(text)).toEqual({ ok: true, latitude, longitude });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['吕梁市离石区', 'format'],
    ['37.52', 'format'],
    ['37.52, 111.14, 20', 'format'],
    ['37,52 111,14', 'format'],
    ['111.14, 37.52', 'swapped'],
    ['95, 200', 'latitude-range'],
    ['37.52, 181', 'longitude-range'],
    ['37°61\'12"N 111°8\'24"E', 'minutes-range'],
    ['37°31\'60"N 111°8\'24"E', 'seconds-range'],
    ['N37.52 S111.14', 'hemisphere'],
    ['-N37.52 E111.14', 'format'],
    ['N-37.52 E111.14', 'hemisphere'],
    ['😀 37.52, 111.14', 'format'],
  ])('%j → %s', (text, error) => {
    expect(parseManualCoordinates(text)).toEqual({ ok: false, error });
  });

  it('reads back any decimal pair it is given, to 7 places (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -900_000_000, max: 900_000_000 }),
        fc.integer({ min: -1_800_000_000, max: 1_800_000_000 }),
        (lat7, lon7) => {
          const [lat, lon] = [lat7 / 1e7, lon7 / 1e7];
          const result = parseManualCoordinates(`${lat.toFixed(7)}, ${lon.toFixed(7)}`);
          return (
            result.ok &&
            Math.abs(result.latitude - lat) < 1e-9 &&
            Math.abs(result.longitude - lon) < 1e-9
          );
        },
      ),
    );
  });
});
