/**
 * Rounds as GB/T 8170-2008 §3 prescribes for reported results (四舍六入五成双): below 5
 * drops, above 5 rounds up, exactly 5 (nothing non-zero after it) goes to the even digit.
 * Decimal intent wins over binary noise: 0.805 (stored as 0.80500000000000004885) is a
 * "5" case and rounds to 0.80, as it would on paper.
 */
export function roundHalfEven(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  const tolerance = 1e-9 * Math.max(1, scaled);
  let rounded: number;
  if (Math.abs(fraction - 0.5) <= tolerance) rounded = floor % 2 === 0 ? floor : floor + 1;
  else rounded = fraction > 0.5 ? floor + 1 : floor;
  const result = (Math.sign(value) * rounded) / factor;
  return result === 0 ? 0 : result; // no -0 on a record
}
