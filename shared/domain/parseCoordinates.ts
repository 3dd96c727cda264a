/**
 * Coordinates typed by hand, as inspectors copy them from a GPS unit, a phone or a permit:
 *   decimal            37.52, 111.14 · 37.52，111.14 · N37.52 E111.14 · 37.52°N 111.14°E · -33.86 151.21
 *   deg-min(-sec)      37°31'12"N 111°8'24"E · 37°31.2′N, 111°8.4′E
 *   Chinese            北纬37度31分12秒 东经111度8分24秒
 * Without hemisphere letters the first number is the latitude. The result is taken as WGS-84:
 * numbers read off a Chinese map app (GCJ-02) are offset by a few hundred metres, which no
 * parser can tell, so the UI should say where coordinates must come from.
 */

export type CoordinateError =
  | 'empty'
  | 'format'
  /** Latitude above 90 where the longitude would fit: probably typed in the wrong order. */
  | 'swapped'
  | 'latitude-range'
  | 'longitude-range'
  | 'minutes-range'
  | 'seconds-range'
  /** Both values say N/S (or both E/W), or a sign and a hemisphere letter together. */
  | 'hemisphere';

export type CoordinatesResult =
  | { readonly ok: true; readonly latitude: number; readonly longitude: number }
  | { readonly ok: false; readonly error: CoordinateError };

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const DEGREES = String.raw`(-)?${NUM}\s*(?:°\s*(?:${NUM}\s*'\s*(?:${NUM}\s*"\s*)?)?)?`;
/** One coordinate: a hemisphere letter before or after (not both is checked later). */
const ONE = new RegExp(String.raw`^([NSEW])?\s*${DEGREES}([NSEW])?$`);
/** Two coordinates without letters or separator: only whitespace can split them. */
const BARE_PAIR = new RegExp(String.raw`^(${DEGREES})\s+(${DEGREES})$`);

/**
 * The two halves of the text. Splitting first (at the separator, else at the hemisphere
 * letters, else at whitespace) keeps the number pattern from splitting digits: "37.52" alone
 * must not read as 3 and 7.52.
 */
function halves(text: string): [string, string] | undefined {
  if (/[,;/]/.test(text)) {
    const parts = text.split(/[,;/]/);
    return parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : undefined;
  }
  const prefixed = /^([NSEW][^NSEW]*)([NSEW][^NSEW]*)$/.exec(text);
  if (prefixed) return [prefixed[1] ?? '', prefixed[2] ?? ''];
  const suffixed = /^([^NSEW]*[NSEW])([^NSEW]*[NSEW]?)$/.exec(text);
  if (suffixed) return [suffixed[1] ?? '', suffixed[2] ?? ''];
  const bare = BARE_PAIR.exec(text);
  return bare ? [bare[1] ?? '', bare[6] ?? ''] : undefined;
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/北纬/g, 'N')
    .replace(/南纬/g, 'S')
    .replace(/东经/g, 'E')
    .replace(/西经/g, 'W')
    .replace(/[度º˚]/g, '°')
    .replace(/[分′’‘´`]/g, "'")
    .replace(/[秒″”“]/g, '"')
    .replace(/''/g, '"')
    .replace(/、/g, ',')
    .toUpperCase()
    .trim();
}

interface Part {
  readonly value: number;
  readonly axis?: 'lat' | 'lon';
  readonly error?: CoordinateError;
}

function part(groups: readonly (string | undefined)[]): Part {
  const [before, minus, deg = '0', min, sec, after] = groups;
  if (before !== undefined && after !== undefined) return { value: 0, error: 'format' };
  const letter = before ?? after;
  if (letter !== undefined && minus !== undefined) return { value: 0, error: 'hemisphere' };
  const minutes = min === undefined ? 0 : Number(min);
  const seconds = sec === undefined ? 0 : Number(sec);
  if (minutes >= 60) return { value: 0, error: 'minutes-range' };
  if (seconds >= 60) return { value: 0, error: 'seconds-range' };
  // Minutes or seconds after a fractional degree are a contradiction, not a format.
  if (min !== undefined && deg.includes('.')) return { value: 0, error: 'format' };
  if (sec !== undefined && min?.includes('.') === true) return { value: 0, error: 'format' };
  const magnitude = Number(deg) + minutes / 60 + seconds / 3600;
  const negative = minus !== undefined || letter === 'S' || letter === 'W';
  const axis = letter === undefined ? undefined : letter === 'N' || letter === 'S' ? 'lat' : 'lon';
  return { value: negative ? -magnitude : magnitude, ...(axis ? { axis } : {}) };
}

/** Parses a pair of coordinates; decimal degrees rounded to 7 places (~1 cm). */
export function parseManualCoordinates(text: string): CoordinatesResult {
  const normalised = normalise(text);
  if (normalised === '') return { ok: false, error: 'empty' };
  const pair = halves(normalised);
  const firstMatch = pair && ONE.exec(pair[0].trim());
  const secondMatch = pair && ONE.exec(pair[1].trim());
  if (!firstMatch || !secondMatch) return { ok: false, error: 'format' };
  const first = part(firstMatch.slice(1, 7));
  const second = part(secondMatch.slice(1, 7));
  const error = first.error ?? second.error;
  if (error) return { ok: false, error };
  if (first.axis !== undefined && first.axis === second.axis)
    return { ok: false, error: 'hemisphere' };
  const firstIsLon = first.axis === 'lon' || second.axis === 'lat';
  const [lat, lon] = firstIsLon ? [second.value, first.value] : [first.value, second.value];
  if (Math.abs(lat) > 90) {
    return {
      ok: false,
      error:
        first.axis === undefined && second.axis === undefined && Math.abs(lon) <= 90
          ? 'swapped'
          : 'latitude-range',
    };
  }
  if (Math.abs(lon) > 180) return { ok: false, error: 'longitude-range' };
  return { ok: true, latitude: round7(lat), longitude: round7(lon) };
}

function round7(n: number): number {
  return Math.round(n * 1e7) / 1e7 + 0; // + 0 turns -0 into 0
}
