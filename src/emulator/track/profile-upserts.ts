import type { IdentifyPayload } from '../../contract/openpanel-track.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import type { StoredEvent } from '../store/event-writer.ts';
import { withoutBotKeys } from './bot-suspicion.ts';
import { identifyProperties, writeProfile } from './track-profiles.ts';
import type { UserAgentInfo } from './user-agent.ts';

/** The profile upsert that session_start/session_end cause (§12.9.4), only for profiles not seen yet. */
export async function writeSessionProfiles(ctx: EmulatorContext, rows: StoredEvent[]) {
  for (const row of rows) {
    if (row.name !== 'session_start' && row.name !== 'session_end') continue;
    if (!row.profile_id) continue;
    const [known] = await ctx.db.all('SELECT 1 FROM profiles WHERE project_id = ? AND id = ?', [
      row.project_id,
      row.profile_id,
    ]);
    // Upstream skips this upsert while the profile sits in its 1-hour cache; "exists" stands in for that.
    if (known) continue;
    const fields = {
      path: row.path,
      country: row.country,
      city: row.city,
      os: row.os,
      os_version: row.os_version,
      browser: row.browser,
      browser_version: row.browser_version,
      device: row.device,
      brand: row.brand,
      model: row.model,
      referrer: row.referrer,
      referrer_name: row.referrer_name,
      referrer_type: row.referrer_type,
    };
    await writeProfile(ctx.db, {
      id: row.profile_id,
      projectId: row.project_id,
      properties: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')),
      isExternal: row.profile_id !== row.device_id,
      at: row.created_at,
    });
  }
}

export async function identify(
  ctx: EmulatorContext,
  projectId: string,
  payload: Partial<IdentifyPayload>,
  ua: UserAgentInfo,
  geo: { country: string; city: string },
  at: Date,
) {
  const clientProperties = withoutBotKeys(payload.properties ?? {});
  const derived = {
    ...geo,
    os: ua.os,
    os_version: ua.osVersion,
    browser: ua.browser,
    browser_version: ua.browserVersion,
    device: ua.device,
    brand: ua.brand,
    model: ua.model,
  };
  // A server-UA write does not overwrite a browser profile's device fields (§12.9.2).
  const [existing] = ua.isServer
    ? await ctx.db.all('SELECT 1 FROM profiles WHERE project_id = ? AND id = ?', [
        projectId,
        String(payload.profileId),
      ])
    : [];
  const device = existing ? {} : identifyProperties(derived);
  await writeProfile(ctx.db, {
    id: String(payload.profileId),
    projectId,
    firstName: payload.firstName,
    lastName: payload.lastName,
    email: payload.email,
    avatar: payload.avatar,
    properties: { ...identifyProperties(clientProperties), ...device },
    isExternal: true,
    at,
  });
}
