/**
 * The Recharts shapes of the bar and area chart types, in their own chunk: the default line chart does
 * not need them, and they are ~6 KB of the chart page's gzip budget (issue 8 §2). Loaded by
 * `useBarAreaShapes` (on-demand-chart-code.ts).
 */
export { Area, Bar } from 'recharts';
