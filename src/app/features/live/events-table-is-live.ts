/** The part of the event table's request that decides whether newer events could appear on it. */
export interface EventsTableWindow {
  page: number;
  /** Last day shown (`yyyy-MM-dd`, organization zone, inclusive). */
  end: string;
}

/**
 * Whether the table shows the newest events, so new arrivals belong at its top: page 1 (rows are
 * `created_at DESC`, §4.1) of a window whose last day is today or later in the organization's zone.
 * A window that ended in the past can never gain events worth announcing.
 */
export function eventsTableIsLive(window: EventsTableWindow, today: string): boolean {
  return window.page === 1 && window.end >= today;
}
