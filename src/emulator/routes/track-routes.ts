import type { Context, Hono } from 'hono';
import { trackBodySchema } from '../../contract/openpanel-track.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import {
  HandlerError,
  handlerError,
  internalError,
  jsonResponse,
  textResponse,
  validationError,
} from '../http/error-responses.ts';
import { parseFastifyBody } from '../http/parse-fastify-body.ts';
import { validationMessage } from '../http/validation-message.ts';
import { detectBot } from '../track/bot-detection.ts';
import { resolveClientIp } from '../track/client-ip.ts';
import { authenticateTrackClient } from '../track/track-auth.ts';
import { handleTrack, trackState } from '../track/track-ingest.ts';

const isReplay = (body: unknown) =>
  typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'replay';

/**
 * `POST /track` in the real order (shared/openpanel-api.md §12.1): body parsing → duplicate check →
 * validation → auth (plain-text 401s) → known-bot 202 → handler. No rate limit. The IP comes from headers
 * only (§12.2.1); the receive time is the emulator clock.
 */
function trackHandler(ctx: EmulatorContext) {
  return async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    const receivedMs = ctx.now().getTime();
    const ip = resolveClientIp(request.headers);
    const parsed = await parseFastifyBody(request);
    if (!parsed.ok) return parsed.response;

    const origin = request.headers.get('origin');
    const clientIdHeader = request.headers.get('openpanel-client-id');
    if (origin && clientIdHeader && ip && !isReplay(parsed.value)) {
      const check = { body: parsed.value, ip, origin, clientId: clientIdHeader };
      if (trackState(ctx).duplicates.isDuplicate(check))
        return textResponse(200, 'Duplicate event');
    }

    // Fastify validates a missing body as null (§1.3).
    const validated = trackBodySchema.safeParse(parsed.value === undefined ? null : parsed.value);
    if (!validated.success) return validationError(validationMessage('body', validated.error));

    let auth: Awaited<ReturnType<typeof authenticateTrackClient>>;
    try {
      auth = await authenticateTrackClient(ctx.db, request.headers, validated.data, ip);
    } catch {
      return internalError();
    }
    if (!auth.ok) return textResponse(401, auth.message);

    // Sending any secret, even a wrong one, skips the bot check (§12.2).
    const ua = request.headers.get('user-agent');
    const bot = !auth.secretSent && ua ? detectBot(ua) : null;
    if (bot) return jsonResponse(202, { bot });

    try {
      const result = await handleTrack(ctx, validated.data, {
        projectId: auth.project.id,
        receivedMs,
        ip,
        headers: request.headers,
        secretSent: auth.secretSent,
      });
      return result instanceof Response ? result : jsonResponse(200, result);
    } catch (error) {
      if (error instanceof HandlerError) return handlerError(error.status, error.message);
      if (process.env.EMULATOR_LOG_ERRORS !== '0') console.error('[emulator]', error);
      return internalError();
    }
  };
}

export function registerTrackRoutes(app: Hono, ctx: EmulatorContext): void {
  const handler = trackHandler(ctx);
  for (const path of ['/track', '/track/']) {
    app.post(path, handler);
  }
}
