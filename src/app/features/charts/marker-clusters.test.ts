import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../contract/bff-api.ts';
import { markerClusters } from './marker-clusters.ts';

const ref = (id: string): Reference => ({
  id,
  title: id,
  description: null,
  date: '2026-11-01T00:00:00.000Z',
  projectId: 'demo',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

// 11 buckets over 100 px: 10 px between neighbours.
const dates = Array.from({ length: 11 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);

describe('markerClusters', () => {
  it('merges neighbours closer than the gap and keeps far ones apart', () => {
    const clusters = markerClusters(
      [
        { date: '2026-11-02', references: [ref('a')] },
        { date: '2026-11-03', references: [ref('b'), ref('c')] }, // 10 px from a: merged
        { date: '2026-11-05', references: [ref('d')] }, // 30 px from a: own marker
      ],
      dates,
      100,
    );
    expect(clusters.map((c) => [c.date, c.references.map((r) => r.id)])).toEqual([
      ['2026-11-02', ['a', 'b', 'c']],
      ['2026-11-05', ['d']],
    ]);
  });

  it('measures from the first bucket of a cluster, so a chain does not grow forever', () => {
    const clusters = markerClusters(
      [
        { date: '2026-11-01', references: [ref('a')] },
        { date: '2026-11-02', references: [ref('b')] }, // 10 px from a: merged
        { date: '2026-11-03', references: [ref('c')] }, // 20 px from a: new marker
      ],
      dates,
      100,
    );
    expect(clusters.map((c) => c.references.length)).toEqual([2, 1]);
  });

  it('drops buckets the chart does not show and keeps every marker apart on a wide chart', () => {
    const clusters = markerClusters(
      [
        { date: '2026-10-31', references: [ref('gone')] },
        { date: '2026-11-02', references: [ref('a')] },
        { date: '2026-11-03', references: [ref('b')] },
      ],
      dates,
      1000,
    );
    expect(clusters.map((c) => c.date)).toEqual(['2026-11-02', '2026-11-03']);
  });
});
