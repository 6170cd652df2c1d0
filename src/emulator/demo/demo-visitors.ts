import { DEVICES, PLACES, type DeviceProfile, type Place } from './demo-audience.ts';
import { FIRST_NAMES, LAST_NAMES } from './demo-catalog.ts';
import { hashSeed, SeededRandom } from './seeded-random.ts';

/** A known customer: events carry this id as profile_id and a profiles row has the name (§12.9.2). */
export interface Member {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

export interface Visitor {
  deviceId: string;
  place: Place;
  device: DeviceProfile;
  osVersion: string;
  browserVersion: string;
  /** Logged-in customer, or null for an anonymous visitor (profile_id = device_id, §4.3). */
  member: Member | null;
}

/** Share of shop visitors who are logged-in customers. */
const MEMBER_SHARE = 0.14;

const asciiEmailPart = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A new customer identity, drawn from `random` (used by sign-ups and by members). */
export function newMember(random: SeededRandom): Member {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const suffix = random.int(1, 999);
  return {
    id: `user_${random.base64url(12)}`,
    firstName,
    lastName,
    email: `${asciiEmailPart(firstName)}.${asciiEmailPart(lastName)}${suffix}@example.com`,
  };
}

/**
 * The visitor behind a "slot" (the day and index of the session that first brought them). It is derived
 * from the slot alone, so a returning visitor looks the same whenever their later sessions are generated.
 */
export function visitorForSlot(
  seed: number,
  projectId: string,
  slotDay: number,
  slotIndex: number,
  allowMembers: boolean,
): Visitor {
  const random = new SeededRandom(hashSeed(seed, projectId, 'visitor', slotDay, slotIndex));
  const device = random.weighted(DEVICES);
  return {
    deviceId: random.uuid(),
    place: random.weighted(PLACES),
    device,
    osVersion: random.pick(device.osVersions),
    browserVersion: random.pick(device.browserVersions),
    member: allowMembers && random.chance(MEMBER_SHARE) ? newMember(random) : null,
  };
}
