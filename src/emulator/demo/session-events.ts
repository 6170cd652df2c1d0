import type { StoredEvent } from '../store/event-writer.ts';
import type { ProfileUpsert } from '../store/profile-writer.ts';
import type { TrafficSource } from './demo-catalog.ts';
import { newMember, type Member, type Visitor } from './demo-visitors.ts';
import type { SeededRandom } from './seeded-random.ts';
import type { JourneyStep } from './site-journeys.ts';

export interface SessionInput {
  projectId: string;
  origin: string;
  visitor: Visitor;
  source: TrafficSource;
  steps: JourneyStep[];
  start: Date;
  random: SeededRandom;
}

export interface SessionOutput {
  events: StoredEvent[];
  profiles: ProfileUpsert[];
}

export const SDK_NAME = 'web';
export const SDK_VERSION = '1.4.1';

const withoutEmpty = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));

/**
 * One visit as the worker would have stored it (§12.8.2): the visitor's steps spaced like real reading, a
 * `session_start` copied from the first event 100 ms earlier, and a `session_end` 1 s after the last event
 * with `__bounce`. Every event carries the session's entry referrer (session inheritance), and the landing
 * page's events carry the parsed `__query.*` of the campaign URL (§12.11.1).
 */
export function sessionEvents(input: SessionInput): SessionOutput {
  const { visitor, source, steps, random } = input;
  const sessionId = random.base64url(22);
  const { place, device } = visitor;
  const landingQuery: Record<string, string> = source.utm
    ? {
        '__query.utm_source': source.utm.source,
        '__query.utm_medium': source.utm.medium,
        '__query.utm_campaign': source.utm.campaign,
      }
    : {};
  let profileId = visitor.member?.id ?? visitor.deviceId;
  let signedUp: Member | null = null;
  let at = input.start.getTime();
  let onLanding = true;
  let screenViews = 0;
  const events: StoredEvent[] = [];

  const base = (
    name: string,
    created: number,
    path: string,
    properties: Record<string, string>,
  ) => ({
    id: random.uuid(),
    name,
    device_id: visitor.deviceId,
    profile_id: profileId,
    project_id: input.projectId,
    session_id: sessionId,
    path,
    origin: input.origin,
    referrer: source.referrer,
    referrer_name: source.referrerName,
    referrer_type: source.referrerType,
    duration: 0,
    properties,
    created_at: new Date(created),
    country: place.country,
    city: place.city,
    region: place.region,
    longitude: place.longitude,
    latitude: place.latitude,
    os: device.os,
    os_version: visitor.osVersion,
    browser: device.browser,
    browser_version: visitor.browserVersion,
    device: device.device,
    brand: device.brand,
    model: device.model,
    imported_at: null,
    sdk_name: SDK_NAME,
    sdk_version: SDK_VERSION,
    revenue: 0,
    groups: [],
  });

  let lastView: StoredEvent | null = null;
  for (const [index, step] of steps.entries()) {
    const isView = step.name === 'screen_view';
    if (index > 0) at += isView ? random.int(8_000, 95_000) : random.int(1_000, 6_000);
    if (index > 0 && isView) onLanding = false;
    if (step.identifies) {
      signedUp = newMember(random);
      profileId = signedUp.id;
    }
    const properties: Record<string, string> = onLanding ? { ...landingQuery } : {};
    if (isView) properties.__title = step.title;
    Object.assign(properties, step.properties);
    const event = base(step.name, at, step.path, properties);
    if (isView) {
      if (lastView) lastView.duration = at - lastView.created_at.getTime();
      lastView = event;
      screenViews += 1;
    }
    events.push(event);
  }

  const first = events[0]!;
  const last = events[events.length - 1]!;
  const firstAt = first.created_at.getTime();
  const lastAt = last.created_at.getTime();
  const start = {
    ...first,
    id: random.uuid(),
    name: 'session_start',
    created_at: new Date(firstAt - 100),
  };
  // Closed by the reaper (the usual case, §12.8.3): only `__bounce`, empty SDK fields. Time per the brief: +1 s.
  // A session stays a bounce until it has two screen views; custom events never un-bounce it.
  const end = {
    ...base('session_end', lastAt + 1_000, last.path, { __bounce: String(screenViews < 2) }),
    duration: lastAt - firstAt,
    sdk_name: '',
    sdk_version: '',
  };

  // session_start upserts the profile (§12.9.4): anonymous rows have is_external=false.
  const startProfileId = first.profile_id;
  const profileProperties = withoutEmpty({
    path: first.path,
    country: place.country,
    city: place.city,
    region: place.region,
    os: device.os,
    os_version: visitor.osVersion,
    browser: device.browser,
    browser_version: visitor.browserVersion,
    device: device.device,
    brand: device.brand,
    model: device.model,
    referrer: source.referrer,
    referrer_name: source.referrerName,
    referrer_type: source.referrerType,
  });
  const profiles: ProfileUpsert[] = [
    {
      id: startProfileId,
      projectId: input.projectId,
      member: visitor.member,
      isExternal: startProfileId !== visitor.deviceId,
      properties: profileProperties,
      firstSeen: start.created_at,
      lastSeen: end.created_at,
    },
  ];
  if (signedUp) {
    profiles.push({
      id: signedUp.id,
      projectId: input.projectId,
      member: signedUp,
      isExternal: true,
      properties: profileProperties,
      firstSeen: new Date(firstAt),
      lastSeen: end.created_at,
    });
  }
  return { events: [start, ...events, end], profiles };
}
