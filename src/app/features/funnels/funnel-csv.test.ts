import { describe, expect, it } from 'vitest';
import { funnelCsv } from './funnel-csv.ts';
import type { FunnelStepFigure } from './funnel-step-figures.ts';

const step = (
  name: string,
  count: number,
  percentOfFirst: number,
  dropoffCount: number,
  dropoffPercent: number | null,
  isHighestDropoff = false,
): FunnelStepFigure => ({
  name,
  count,
  percentOfFirst,
  dropoffCount,
  dropoffPercent,
  isHighestDropoff,
});

const steps = [step('a', 10, 100, 4, 40, true), step('b', 6, 60, 3, 50), step('c', 3, 30, 0, null)];

describe('funnelCsv', () => {
  it('one row per step, empty drop-off percent on the last step, CRLF lines', () => {
    expect(funnelCsv(steps)).toBe(
      'step,event,count,percent_of_first,dropoff_count,dropoff_percent,highest_dropoff\r\n' +
        '1,a,10,100,4,40,true\r\n' +
        '2,b,6,60,3,50,false\r\n' +
        '3,c,3,30,0,,false\r\n',
    );
  });

  it('adds the previous period and the change when comparing', () => {
    expect(funnelCsv(steps, [{ count: 5 }, { count: 4 }, { count: 2 }]).split('\r\n')).toEqual([
      'step,event,count,percent_of_first,dropoff_count,dropoff_percent,highest_dropoff,previous_count,change,change_percent',
      '1,a,10,100,4,40,true,5,5,100',
      '2,b,6,60,3,50,false,4,2,50',
      '3,c,3,30,0,,false,2,1,50',
      '',
    ]);
  });

  it('quotes separators and defuses formula-looking event names', () => {
    const csv = funnelCsv([step('a,"b"', 1, 100, 0, 0), step('=HYPERLINK(1)', 1, 100, 0, null)]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      '1,"a,""b""",1,100,0,0,false',
      "2,'=HYPERLINK(1),1,100,0,,false",
    ]);
  });
});
