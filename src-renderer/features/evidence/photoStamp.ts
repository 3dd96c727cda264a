/**
 * The text burned into the evidence copy of a photo, as Chinese enforcement photos carry it:
 * time (Beijing time), place (WGS-84), site. Fixed Chinese on purpose, whatever the UI
 * language: it is part of the evidence of a Chinese administrative record, not UI text.
 */

export interface StampFacts {
  /** ISO time the photo was taken (EXIF), or of intake when the photo has none. */
  readonly takenAt: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly siteName: string;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function beijingTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

function coordinate(value: number, positive: string, negative: string): string {
  return `${value >= 0 ? positive : negative}${Math.abs(value).toFixed(6)}°`;
}

/** One line per fact; a very long site name is cut so the stamp stays inside the picture. */
export function stampLines(facts: StampFacts, maxSiteChars = 40): string[] {
  const chars = Array.from(facts.siteName.trim());
  const site =
    chars.length > maxSiteChars ? `${chars.slice(0, maxSiteChars - 1).join('')}…` : chars.join('');
  const place =
    facts.latitude !== undefined && facts.longitude !== undefined
      ? `${coordinate(facts.latitude, '北纬', '南纬')} ${coordinate(facts.longitude, '东经', '西经')}`
      : '位置未知';
  return [`时间：${beijingTime(facts.takenAt)}`, `位置：${place}`, `现场：${site}`];
}
