/**
 * Fewer rows for DRAWING a long chart (12 months by hour is 8,760 buckets): at most `maxPoints` rows, the
 * first and last always kept, and inside, for every series key, the row of its minimum and of its maximum in
 * each stretch of buckets (min/max decimation), so peaks and dips survive where averaging or striding would
 * flatten them. All series share one set of rows (Recharts draws every series from the same rows), and the
 * rows returned are the input objects themselves: the tooltip and the CSV keep using the full data.
 */
export function downsampleRows<T extends Record<string, unknown>>(
  rows: readonly T[],
  keys: readonly string[],
  maxPoints: number,
): T[] {
  // Read every value once into typed columns (NaN = no number): the search scans them several times.
  const columns = keys.map((key) =>
    Float64Array.from(rows, (row) =>
      typeof row[key] === 'number' ? (row[key] as number) : Number.NaN,
    ),
  );
  return downsampleIndices(columns, rows.length, maxPoints).map((index) => rows[index]!);
}

/**
 * The same selection on columns of values (one Float64Array per series, NaN = no number, all `length`
 * long): the indices of the buckets to draw, ascending. The chart calls this straight on the upstream's
 * counts, so only the kept buckets ever become Recharts row objects (issue 4 §3).
 */
export function downsampleIndices(
  columns: readonly Float64Array[],
  length: number,
  maxPoints: number,
): number[] {
  const max = Math.max(2, Math.floor(maxPoints));
  if (length <= max) return Array.from({ length }, (_, i) => i);
  const interior = length - 2;
  // Each stretch adds at most 2 rows per column, so this many stretches always fit.
  const safe = Math.max(1, Math.floor((max - 2) / (2 * Math.max(1, columns.length))));
  let best = selectIndices(columns, length, Math.min(safe, interior));
  if (best.length > max) return evenlySpaced(length, max);
  // Extremes of different series often share rows, so more stretches usually fit: take the most that do.
  let low = safe + 1;
  let high = Math.min(max - 2, interior);
  // Each probe scans every value (87,600 for 10 series × 12 months by hour), so the search stops once it is
  // within 1/64 of the point budget: a few stretches fewer cannot be seen, and it saves ~4 of ~10 probes.
  const slack = Math.floor(max / 64);
  while (low <= high && high - low >= slack) {
    const mid = Math.floor((low + high) / 2);
    const candidate = selectIndices(columns, length, mid);
    if (candidate.length <= max) {
      best = candidate;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

/** Row indices: first, last, and each column's argmin/argmax in each of `stretches` equal runs of the rest. */
function selectIndices(
  columns: readonly Float64Array[],
  length: number,
  stretches: number,
): number[] {
  const interior = length - 2;
  const picked = new Uint8Array(length);
  picked[0] = 1;
  picked[length - 1] = 1;
  for (let s = 0; s < stretches; s += 1) {
    const from = 1 + Math.floor((s * interior) / stretches);
    const to = 1 + Math.floor(((s + 1) * interior) / stretches);
    let any = false;
    for (const values of columns) {
      let minAt = -1;
      let maxAt = -1;
      for (let i = from; i < to; i += 1) {
        const value = values[i]!;
        if (value !== value) continue; // NaN: no number in this bucket
        if (minAt < 0 || value < values[minAt]!) minAt = i;
        if (maxAt < 0 || value > values[maxAt]!) maxAt = i;
      }
      if (minAt >= 0) {
        picked[minAt] = 1;
        picked[maxAt] = 1;
        any = true;
      }
    }
    // A stretch with no numbers still gets a row, so the x axis has no hole there.
    if (!any && from < to) picked[from] = 1;
  }
  const indices: number[] = [];
  for (let i = 0; i < length; i += 1) if (picked[i] === 1) indices.push(i);
  return indices;
}

/** The fallback when there are more keys than room for their extremes: plain even spacing. */
function evenlySpaced(length: number, max: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < max; i += 1) out.push(Math.round((i * (length - 1)) / (max - 1)));
  return out;
}
