/**
 * ClickHouse `round(x, 2)` on a Float64: scale by 100, round to the nearest integer with ties to even
 * (`nearbyint` in the default rounding mode), scale back. JavaScript's Math.round would send ties up, so
 * 0.125 views per session would read 0.13 instead of the server's 0.12.
 */
export function roundClickHouse2(value: number): number {
  const scaled = value * 100;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let rounded: number;
  if (fraction > 0.5) rounded = floor + 1;
  else if (fraction < 0.5) rounded = floor;
  else rounded = floor % 2 === 0 ? floor : floor + 1;
  return rounded / 100;
}
