import * as z from 'zod/mini';

/**
 * OpenPanel's manage API (shared/openpanel-api.md §8): request bodies exactly as the server declares them
 * (apps/api/src/controllers/manage.controller.ts), so the same schemas give the same 400 messages, e.g.
 * `body/title Too small: expected string to have >=1 characters`; and the response objects with their keys in
 * the order the server sends them (Prisma's model order). Dates are ISO strings (JSON of a JS Date).
 */

// ---- References (§8.1) ----------------------------------------------------------------------------

/** `description` is a string or null; a PATCH can set "" but never null (§8.1, §11 #16). */
export const openpanelReferenceSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.nullable(z.string()),
  date: z.string(),
  projectId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpenpanelReference = z.infer<typeof openpanelReferenceSchema>;

/** Only GET /manage/references/{id} adds `project` (§8.1, §11 #17). */
export const openpanelReferenceWithProjectSchema = z.extend(openpanelReferenceSchema, {
  project: z.object({ organizationId: z.string() }),
});
export type OpenpanelReferenceWithProject = z.infer<typeof openpanelReferenceWithProjectSchema>;

export const referenceListResponseSchema = z.object({ data: z.array(openpanelReferenceSchema) });
export type ReferenceListResponse = z.infer<typeof referenceListResponseSchema>;
export const referenceGetResponseSchema = z.object({ data: openpanelReferenceWithProjectSchema });
export type ReferenceGetResponse = z.infer<typeof referenceGetResponseSchema>;
/** Create and update answer the plain Reference. */
export const referenceResponseSchema = z.object({ data: openpanelReferenceSchema });
export type ReferenceResponse = z.infer<typeof referenceResponseSchema>;

/** `datetime` is any string: the server runs `new Date(datetime)`, and an unparseable one is a 500. */
export const createReferenceBodySchema = z.object({
  projectId: z.string(),
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  datetime: z.string(),
});
export type CreateReferenceBody = z.infer<typeof createReferenceBodySchema>;

export const updateReferenceBodySchema = z.object({
  title: z.optional(z.string().check(z.minLength(1))),
  description: z.optional(z.string()),
  datetime: z.optional(z.string()),
});
export type UpdateReferenceBody = z.infer<typeof updateReferenceBodySchema>;

/** Every manage DELETE answers this (200, never 204). */
export const manageDeleteResponseSchema = z.object({ success: z.literal(true) });
export type ManageDeleteResponse = z.infer<typeof manageDeleteResponseSchema>;

// ---- Projects (§8.2) ------------------------------------------------------------------------------

export const projectTypeSchema = z.enum(['website', 'app', 'backend']);
export type ProjectType = z.infer<typeof projectTypeSchema>;

export const openpanelProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  organizationId: z.string(),
  eventsCount: z.number(),
  types: z.array(projectTypeSchema),
  domain: z.nullable(z.string()),
  cors: z.array(z.string()),
  crossDomain: z.boolean(),
  allowUnsafeRevenueTracking: z.boolean(),
  filters: z.array(z.unknown()),
  /** Set by DELETE to now + 24 h; a soft-deleted project is hidden from the list only. */
  deleteAt: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpenpanelProject = z.infer<typeof openpanelProjectSchema>;

export const projectListResponseSchema = z.object({ data: z.array(openpanelProjectSchema) });
export type ProjectListResponse = z.infer<typeof projectListResponseSchema>;
export const projectResponseSchema = z.object({ data: openpanelProjectSchema });
export type ProjectResponse = z.infer<typeof projectResponseSchema>;

/** Creation also returns the first write client, with its plaintext secret shown only here (§11 #19). */
export const createdProjectSchema = z.extend(openpanelProjectSchema, {
  clients: z.array(z.object({ id: z.string() })),
  client: z.nullable(z.object({ id: z.string(), secret: z.string() })),
});
export type CreatedProject = z.infer<typeof createdProjectSchema>;
export const createProjectResponseSchema = z.object({ data: createdProjectSchema });
export type CreateProjectResponse = z.infer<typeof createProjectResponseSchema>;

/** `domain` "" or null is stored as null; trailing slashes are stripped from domain and cors. */
export const createProjectBodySchema = z.object({
  name: z.string().check(z.minLength(1)),
  domain: z.optional(z.union([z.union([z.string().check(z.url()), z.literal('')]), z.null()])),
  cors: z._default(z.array(z.string()), []),
  crossDomain: z._default(z.optional(z.boolean()), false),
  types: z._default(z.optional(z.array(projectTypeSchema)), []),
});
export type CreateProjectBody = z.infer<typeof createProjectBodySchema>;
export type CreateProjectInput = z.input<typeof createProjectBodySchema>;

/** No `types` and no way to cancel a pending deletion (§11 #18). */
export const updateProjectBodySchema = z.object({
  name: z.optional(z.string().check(z.minLength(1))),
  domain: z.optional(z.union([z.union([z.string().check(z.url()), z.literal('')]), z.null()])),
  cors: z.optional(z.array(z.string())),
  crossDomain: z.optional(z.boolean()),
  allowUnsafeRevenueTracking: z.optional(z.boolean()),
});
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

// ---- Clients (§8.3) -------------------------------------------------------------------------------

export const clientTypeSchema = z.enum(['read', 'write', 'root']);
export type ClientType = z.infer<typeof clientTypeSchema>;

/** `secret` in list/get is the stored scrypt hash `<salt>.<hash>` (or null), never the plaintext. */
export const openpanelClientSchema = z.object({
  id: z.string(),
  name: z.string(),
  secret: z.nullable(z.string()),
  type: clientTypeSchema,
  projectId: z.nullable(z.string()),
  organizationId: z.string(),
  ignoreCorsAndSecret: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpenpanelClient = z.infer<typeof openpanelClientSchema>;

export const clientListResponseSchema = z.object({ data: z.array(openpanelClientSchema) });
export type ClientListResponse = z.infer<typeof clientListResponseSchema>;
export const clientResponseSchema = z.object({ data: openpanelClientSchema });
export type ClientResponse = z.infer<typeof clientResponseSchema>;
/** On create, `secret` is the plaintext `sec_<20 hex>`, shown once. */
export const createClientResponseSchema = z.object({
  data: z.extend(openpanelClientSchema, { secret: z.string() }),
});
export type CreateClientResponse = z.infer<typeof createClientResponseSchema>;

export const createClientBodySchema = z.object({
  name: z.string().check(z.minLength(1)),
  projectId: z.optional(z.string()),
  type: z._default(z.optional(clientTypeSchema), 'write'),
});
export type CreateClientBody = z.infer<typeof createClientBodySchema>;
export type CreateClientInput = z.input<typeof createClientBodySchema>;

/** Only the name can change; `type` and anything else is stripped. */
export const updateClientBodySchema = z.object({
  name: z.optional(z.string().check(z.minLength(1))),
});
export type UpdateClientBody = z.infer<typeof updateClientBodySchema>;

// ---- Dashboards and saved reports (§8.4): bare arrays, no `data` wrapper ----------------------------

export const openpanelDashboardSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
});
export type OpenpanelDashboard = z.infer<typeof openpanelDashboardSchema>;
export const dashboardListResponseSchema = z.array(openpanelDashboardSchema);
export type DashboardListResponse = z.infer<typeof dashboardListResponseSchema>;

export const openpanelReportSeriesSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('event'),
    id: z.string(),
    name: z.string(),
    displayName: z.optional(z.string()),
    segment: z.optional(z.string()),
  }),
  z.object({ type: z.literal('formula'), id: z.string(), formula: z.string() }),
]);
export type OpenpanelReportSeries = z.infer<typeof openpanelReportSeriesSchema>;

export const openpanelReportSchema = z.object({
  id: z.string(),
  name: z.string(),
  chartType: z.string(),
  range: z.string(),
  interval: z.string(),
  metric: z.string(),
  series: z.array(openpanelReportSeriesSchema),
  breakdowns: z.array(z.unknown()),
});
export type OpenpanelReport = z.infer<typeof openpanelReportSchema>;
export const reportListResponseSchema = z.array(openpanelReportSchema);
export type ReportListResponse = z.infer<typeof reportListResponseSchema>;
