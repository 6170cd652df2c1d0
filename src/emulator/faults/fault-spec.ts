import { z } from 'zod';

/**
 * One injected fault (`POST /__faults`, emulator only, EMULATOR_FAULTS=1): the next `count` requests whose
 * method and path match get it. `path` is exact, or a prefix when it ends in `*`; `method` `*` matches any.
 * What happens, in this order: wait `delayMs`; then `drop` the connection, or answer 200 with a body that
 * is not valid JSON (`invalidJson`), or answer `status` (with `body` if given); with none of these the
 * request is served normally after the delay.
 */
export const faultSpecSchema = z.object({
  method: z
    .string()
    .min(1)
    .transform((m) => m.toUpperCase()),
  path: z.string().startsWith('/'),
  status: z.number().int().min(200).max(599).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  drop: z.boolean().optional(),
  invalidJson: z.boolean().optional(),
  /** Seconds for `retry-after` (a 429 always carries one; 1 when not given). */
  retryAfter: z.number().int().min(0).optional(),
  /** Response body for `status`/`invalidJson`; JSON text is sent as JSON, anything else as text/plain. */
  body: z.string().optional(),
  count: z.number().int().min(1),
});
export type FaultSpec = z.infer<typeof faultSpecSchema>;
