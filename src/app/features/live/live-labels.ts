const count = new Intl.NumberFormat('en-US');

/**
 * The header badge: `count` and `unit` on screen (a phone shows the count alone, the header is full), the
 * full sentence for assistive technology.
 */
export function liveVisitorsLabel(visitors: number): {
  count: string;
  unit: string;
  label: string;
} {
  return {
    count: count.format(visitors),
    unit: 'live',
    label: `${count.format(visitors)} ${visitors === 1 ? 'visitor' : 'visitors'} in the last 5 minutes`,
  };
}

/** The event table's bar: "1 new event", "1,204 new events". */
export function newEventsText(n: number): string {
  return `${count.format(n)} new ${n === 1 ? 'event' : 'events'}`;
}
