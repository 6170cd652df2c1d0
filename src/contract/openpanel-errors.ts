import * as z from 'zod/mini';

/**
 * Every error body the OpenPanel export, insights and manage routers send (shared/openpanel-api.md §1.3).
 * They differ in which keys they carry, and that is the only way to tell them apart: 401/403 bodies have no
 * `status`, handler errors have no `error`, Fastify's 404 uses `statusCode`. Schemas are strict so that a
 * body parses as exactly one envelope; `openpanelErrorSchema` tries them in a fixed order.
 */

/** zod validation of params, body or querystring: `message` is `<part>/<path> <zod message>[, …]` (§1.3). */
export const openpanelValidationErrorSchema = z.strictObject({
  status: z.literal(400),
  error: z.literal('Error'),
  message: z.string(),
});
export type OpenpanelValidationError = z.infer<typeof openpanelValidationErrorSchema>;

/** 401 from the auth hook: `Export: …`, `Manage: …` (§2.1). No `status` key. */
export const openpanelUnauthorizedErrorSchema = z.strictObject({
  error: z.literal('Unauthorized'),
  message: z.string(),
});
export type OpenpanelUnauthorizedError = z.infer<typeof openpanelUnauthorizedErrorSchema>;

/** 403 from the manage auth hook when a path `{projectId}` is outside the organization (§8.4). */
export const openpanelForbiddenErrorSchema = z.strictObject({
  error: z.literal('Forbidden'),
  message: z.string(),
});
export type OpenpanelForbiddenError = z.infer<typeof openpanelForbiddenErrorSchema>;

/** An HttpError raised by a handler (`Project not found`, …): `error` would be undefined, so it is absent. */
export const openpanelHandlerErrorSchema = z.strictObject({
  status: z.union([z.literal(400), z.literal(403), z.literal(404)]),
  message: z.string(),
});
export type OpenpanelHandlerError = z.infer<typeof openpanelHandlerErrorSchema>;

/** @fastify/rate-limit's answer, sent before validation and auth (§3). */
export const openpanelRateLimitErrorSchema = z.strictObject({
  status: z.literal(429),
  error: z.literal('Too Many Requests'),
  message: z.string(),
});
export type OpenpanelRateLimitError = z.infer<typeof openpanelRateLimitErrorSchema>;

/** Body parsing: empty or invalid JSON (400) and a content type with no parser (415). */
export const openpanelFastifyErrorSchema = z.strictObject({
  status: z.union([z.literal(400), z.literal(415)]),
  error: z.literal('FastifyError'),
  message: z.string(),
});
export type OpenpanelFastifyError = z.infer<typeof openpanelFastifyErrorSchema>;

/** A non-production 500 carries the error's class name; production sends plain text instead (§1.3). */
export const openpanelServerErrorSchema = z.strictObject({
  status: z.literal(500),
  error: z.string(),
  message: z.string(),
});
export type OpenpanelServerError = z.infer<typeof openpanelServerErrorSchema>;

/** The production 500 is this exact plain-text body, not JSON. */
export const OPENPANEL_INTERNAL_ERROR_TEXT = 'Internal server error';

/** No route matched: Fastify's generic 404, quoting the raw URL (§1.3, §7.1). */
export const openpanelRouteNotFoundErrorSchema = z.strictObject({
  message: z.string(),
  error: z.literal('Not Found'),
  statusCode: z.literal(404),
});
export type OpenpanelRouteNotFoundError = z.infer<typeof openpanelRouteNotFoundErrorSchema>;

/**
 * Any JSON error body the API can send. The literal `error`/`status` values keep the members disjoint,
 * so the first match is the only match.
 */
export const openpanelErrorSchema = z.union([
  openpanelValidationErrorSchema,
  openpanelUnauthorizedErrorSchema,
  openpanelForbiddenErrorSchema,
  openpanelHandlerErrorSchema,
  openpanelRateLimitErrorSchema,
  openpanelFastifyErrorSchema,
  openpanelServerErrorSchema,
  openpanelRouteNotFoundErrorSchema,
]);
export type OpenpanelError = z.infer<typeof openpanelErrorSchema>;
