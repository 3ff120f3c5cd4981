/** A label to place above a chart: centred on `centre` (px), `width` px wide. */
export interface LabelSpan {
  centre: number;
  width: number;
}

/** Where a label goes: its row (0 is the top one) and its centre, kept inside the chart. */
export interface PlacedLabel {
  row: number;
  centre: number;
}

/** An estimate of a label's width at the chart's 14 px: Recharts does not measure its text. */
export const labelWidth = (text: string) => text.length * 7.5;

/**
 * Labels for markers along a time axis (go-live dates), each on the first row where it overlaps
 * no other, left to right: markers months apart get one row, close ones are stacked rather than
 * printed over each other. Each label is first shifted to lie within [0, extent].
 */
export function stackLabels(spans: readonly LabelSpan[], extent: number, gap = 8): PlacedLabel[] {
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => (spans[a]?.centre ?? 0) - (spans[b]?.centre ?? 0));
  const rowEnds: number[] = [];
  const placed: PlacedLabel[] = new Array(spans.length);
  for (const i of order) {
    const { centre, width } = spans[i] as LabelSpan;
    const half = width / 2;
    const shifted = Math.min(Math.max(centre, half), Math.max(half, extent - half));
    const left = shifted - half;
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = shifted + half;
    placed[i] = { row, centre: shifted };
  }
  return placed;
}
