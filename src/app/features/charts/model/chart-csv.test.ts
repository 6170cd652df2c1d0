import { describe, expect, it } from 'vitest';
import { chartCsv } from './chart-csv.ts';

describe('chartCsv', () => {
  it('writes date, each series and its previous column, CRLF-terminated', () => {
    const rows = [
      { date: '2026-03-07 00:00:00', label: 'Mar 7', a: 5, 'a:prev': 4, 'a:change': 25, b: 3 },
      {
        date: '2026-03-08 00:00:00',
        label: 'Mar 8',
        a: 2.5,
        'a:prev': 0,
        'a:change': null,
        b: null,
      },
    ];
    expect(
      chartCsv(rows, [
        { id: 'a', label: 'screen_view' },
        { id: 'b', label: 'signup' },
      ]),
    ).toBe(
      'date,screen_view,screen_view (previous period),signup\r\n' +
        '2026-03-07 00:00:00,5,4,3\r\n' +
        '2026-03-08 00:00:00,2.5,0,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const rows = [{ date: '2026-03-02', x: 1, y: 2, z: 3, w: 4 }];
    const series = [
      { id: 'x', label: 'screen_view · Stockholm, SE' },
      { id: 'y', label: 'say "hi"' },
      { id: 'z', label: '=HYPERLINK("http://x")' },
      { id: 'w', label: 'two\nlines' },
    ];
    expect(chartCsv(rows, series)).toBe(
      'date,"screen_view · Stockholm, SE","say ""hi""","\'=HYPERLINK(""http://x"")","two\nlines"\r\n' +
        '2026-03-02,1,2,3,4\r\n',
    );
  });

  it('keeps negative numbers as numbers and writes a header alone for no rows', () => {
    expect(chartCsv([{ date: '2026-03-01', a: -3 }], [{ id: 'a', label: '-delta' }])).toBe(
      "date,'-delta\r\n2026-03-01,-3\r\n",
    );
    expect(chartCsv([], [{ id: 'a', label: 'a' }])).toBe('date,a\r\n');
  });
});
