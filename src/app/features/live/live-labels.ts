const count = new Intl.NumberFormat('en-US');

/** The header badge: short text on screen, the full sentence for assistive technology. */
export function liveVisitorsLabel(visitors: number): { text: string; label: string } {
  return {
    text: `${count.format(visitors)} live`,
    label: `${count.format(visitors)} ${visitors === 1 ? 'visitor' : 'visitors'} in the last 5 minutes`,
  };
}

/** The event table's bar: "1 new event", "1,204 new events". */
export function newEventsText(n: number): string {
  return `${count.format(n)} new ${n === 1 ? 'event' : 'events'}`;
}
