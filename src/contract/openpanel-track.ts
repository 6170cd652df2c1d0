import * as z from 'zod/mini';

/**
 * `POST /track` (shared/openpanel-api.md §12.4): the body is a discriminated union on `type`, intersected
 * with the optional body-level credentials. The intersection is why a non-object body reports the same
 * root issue twice (§12.4.6): both sides reject it. Messages are zod 4's, byte for byte, so the field
 * order and the order of the refinements below matter.
 */

/** Names the worker writes itself; clients may not send them (§12.4.1). */
export const RESERVED_EVENT_NAMES = ['session_start', 'session_end'] as const;

const MAX_EVENT_NAME_LENGTH = 80;

/** Substrings (compared lowercased) that mark attack or spam payloads sent as event names (§12.4.1). */
const BLOCKED_NAME_SUBSTRINGS = [
  // scanner callback domains
  ...['oastify.com', 'burpcollaborator', 'interact.sh', 'oast.me'],
  // SQL injection
  ...['pg_sleep', 'waitfor delay', 'xp_dirtree', 'load_file(', 'extractvalue('],
  ...['dbms_pipe.receive_message', 'union select', 'exec master.dbo', 'declare @'],
  ...["' and '", "' or '", "') or ", "')and "],
  // command and code execution
  ...['nslookup ', '/bin/sleep', '/bin/bash', 'cmd.exe', 'wget+http', 'wget http'],
  ...['chmod+777', 'chmod 777', 'processbuilder', 'runtime.getruntime'],
  ...['java.lang.processbuilder', 'eval-stdin.php'],
  // path traversal
  ...[
    '../',
    '..\\',
    '%2e%2e',
    '%u002e%u002e',
    '/etc/passwd',
    '/etc/shadow',
    'win.ini',
    'system.ini',
  ],
  // template injection, XML attacks, header injection
  ...['${', '%{', '<!doctype', '<!entity', '<xi:include', 'xsi:schemalocation', '\r\n', 'bcc:'],
  // file scanning and botnets
  ...['phpinfo.php', 'wp-config.php', '.git/config', '.env.backup', '.env.bak', '/vendor/phpunit/'],
  ...['mozi.m', '/setup.cgi?', '/cgi-bin/'],
  // leaked Ruby object inspections
  ...['#<article:0x', '#<video:0x', '#<brand:0x'],
];

/** Event "names" that are really URL paths probed by scanners (§12.4.1). */
const PATH_SCAN_PATTERNS = [
  /^\/[a-z_-]+\.(php|env|yml|yaml|json|xml|config|ini|bak|sql|log)/i,
  /^\/\.[a-z]/i,
  /^\/(wp-|wordpress)/i,
  /^\/phpmyadmin/i,
  /^\/.+\.php$/i,
];

/** The upstream blocklist rules: too long, a line break, a blocked substring, or a path-scan shape. */
export function isBlockedEventName(name: string): boolean {
  if (name.length > MAX_EVENT_NAME_LENGTH) return true;
  if (name.includes('\n') || name.includes('\r')) return true;
  const lower = name.toLowerCase();
  if (BLOCKED_NAME_SUBSTRINGS.some((blocked) => lower.includes(blocked))) return true;
  return PATH_SCAN_PATTERNS.some((pattern) => pattern.test(name));
}

/** A number is accepted and later turned into a string; `""` and `null` are 400s (§12.4.1). */
export const trackProfileIdSchema = z.union([z.string().check(z.minLength(1)), z.number()]);
export type TrackProfileId = z.infer<typeof trackProfileIdSchema>;

const propertiesSchema = z.record(z.string(), z.unknown());

export const trackPayloadSchema = z
  .object({
    name: z.string().check(z.minLength(1)),
    properties: z.optional(propertiesSchema),
    profileId: z.optional(trackProfileIdSchema),
    groups: z.nullish(z.array(z.string().check(z.minLength(1)))),
  })
  .check(
    z.refine((data) => !(RESERVED_EVENT_NAMES as readonly string[]).includes(data.name), {
      message: `Event name cannot be one of the reserved names: ${RESERVED_EVENT_NAMES.join(', ')}`,
      path: ['name'],
    }),
    z.refine((data) => !isBlockedEventName(data.name), {
      message: 'Event name contains blocked content',
      path: ['name'],
    }),
    z.refine(
      (data) => {
        // Only a `revenue` event's `__revenue` is checked; null and absent pass (§12.4.1).
        if (data.name !== 'revenue') return true;
        const revenue = data.properties?.__revenue;
        if (revenue === undefined || revenue === null) return true;
        return Number.isInteger(revenue) && (revenue as number) >= 0;
      },
      {
        message: '__revenue must be an integer (no floats or strings)',
        path: ['properties', '__revenue'],
      },
    ),
  );
export type TrackPayload = z.infer<typeof trackPayloadSchema>;

export const identifyPayloadSchema = z.object({
  profileId: trackProfileIdSchema,
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  email: z.optional(z.string().check(z.email())),
  avatar: z.optional(z.string().check(z.url())),
  properties: z.optional(propertiesSchema),
});
export type IdentifyPayload = z.infer<typeof identifyPayloadSchema>;

/** Shared by increment and decrement: `value` must be > 0 and defaults to 1 (§12.4.3). */
export const profileCounterPayloadSchema = z.object({
  profileId: trackProfileIdSchema,
  property: z.string().check(z.minLength(1)),
  value: z.optional(z.number().check(z.positive())),
});
export type ProfileCounterPayload = z.infer<typeof profileCounterPayloadSchema>;

export const aliasPayloadSchema = z.object({
  profileId: trackProfileIdSchema,
  alias: z.string().check(z.minLength(1)),
});

export const replayPayloadSchema = z.object({
  chunk_index: z.number().check(z.int(), z.gte(0), z.lte(65_535)),
  events_count: z.number().check(z.int(), z.gte(1)),
  is_full_snapshot: z.boolean(),
  started_at: z.string().check(z.iso.datetime()),
  ended_at: z.string().check(z.iso.datetime()),
  payload: z.string().check(z.maxLength(2 * 1_048_576)),
  sessionId: z.optional(z.string().check(z.maxLength(64))),
});

export const groupPayloadSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  properties: z.optional(propertiesSchema),
});

export const assignGroupPayloadSchema = z.object({
  groupIds: z.array(z.string().check(z.minLength(1))),
  profileId: z.optional(trackProfileIdSchema),
});

/** Declared in the server's order (track, identify, increment, decrement, alias, replay, group, assign_group). */
const trackHandlerPayloadSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.enum(['track']), payload: trackPayloadSchema }),
    z.object({ type: z.enum(['identify']), payload: identifyPayloadSchema }),
    z.object({ type: z.enum(['increment']), payload: profileCounterPayloadSchema }),
    z.object({ type: z.enum(['decrement']), payload: profileCounterPayloadSchema }),
    z.object({ type: z.enum(['alias']), payload: aliasPayloadSchema }),
    z.object({ type: z.enum(['replay']), payload: replayPayloadSchema }),
    z.object({ type: z.enum(['group']), payload: groupPayloadSchema }),
    z.object({ type: z.enum(['assign_group']), payload: assignGroupPayloadSchema }),
  ],
  // zod 4.3.6 (the server's) words an unknown `type` as plain `Invalid input`; newer zod 4 releases say
  // `Invalid discriminator value…`, so the server's wording is pinned here (§12.4.6).
  { error: (issue) => (issue.code === 'invalid_union' ? 'Invalid input' : undefined) },
);

export const trackBodySchema = z.intersection(
  trackHandlerPayloadSchema,
  z.object({
    clientId: z.optional(z.string()),
    clientSecret: z.optional(z.string()),
  }),
);
export type TrackBody = z.infer<typeof trackBodySchema>;

/** The 200 answer: the ids the API computed (§12.5); extra keys are stripped by the server. */
export const trackResponseSchema = z.object({
  deviceId: z.string(),
  sessionId: z.string(),
});
export type TrackResponse = z.infer<typeof trackResponseSchema>;

/** The 202 answer to a known bot without a secret (§12.1 step 6). */
export const trackBotResponseSchema = z.object({
  bot: z.object({ name: z.string(), type: z.string() }),
});
export type TrackBotResponse = z.infer<typeof trackBotResponseSchema>;
