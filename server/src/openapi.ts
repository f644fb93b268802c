import { z } from 'zod';
import { MutationSchema, PROTOCOL_HEADER, PROTOCOL_VERSION, PullResponseSchema, PushRequestSchema, PushResponseSchema, SCHEMA_HEADER, SCHEMA_VERSION } from '@pipeclip/shared';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const json = (s: z.ZodType) => ({ content: { 'application/json': { schema: schema(s) } } });
const ErrorSchema = z.object({ error: z.string(), code: z.string() });
const errors = {
  400: { description: 'Invalid input: `error` names each bad field', ...json(ErrorSchema) },
  401: { description: 'Missing, unknown or revoked device token', ...json(ErrorSchema) },
  403: { description: 'Not allowed for this role', ...json(ErrorSchema) },
  413: { description: 'Body too large', ...json(ErrorSchema) },
  426: { description: 'Please update: another protocol or schema version', ...json(ErrorSchema) },
};
const versioned = [
  { name: PROTOCOL_HEADER, in: 'header', required: true, schema: { const: PROTOCOL_VERSION } },
  { name: SCHEMA_HEADER, in: 'header', required: true, schema: { const: SCHEMA_VERSION } },
];

/** The OpenAPI 3.1 description of the sync and team API, generated from the same zod schemas the server parses with. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Pipeclip sync server', version: `${PROTOCOL_VERSION}.${SCHEMA_VERSION}`, description: 'See docs/sync-protocol.md for the semantics.' },
    components: { securitySchemes: { device: { type: 'http', scheme: 'bearer', description: 'A per-device token from POST /v1/auth/join' } }, schemas: { Mutation: schema(MutationSchema) } },
    security: [{ device: [] }],
    paths: {
      '/health': { get: { security: [], responses: { 200: { description: 'Up' } } } },
      '/v1/auth/join': {
        post: {
          security: [],
          summary: 'Redeem an invitation code for a device token (shown once)',
          requestBody: json(z.object({ code: z.string(), device: z.string(), name: z.string().optional() })),
          responses: { 201: { description: 'Joined' }, 400: errors[400], 429: { description: 'Too many attempts' } },
        },
      },
      '/v1/sync/push': {
        post: { summary: 'Apply a batch of mutations', parameters: versioned, requestBody: json(PushRequestSchema), responses: { 200: { description: 'Per-mutation results', ...json(PushResponseSchema) }, 409: { description: 'Gap: resend from lastMutationId + 1' }, ...errors } },
      },
      '/v1/sync/pull': {
        get: {
          summary: 'Changes after a version cookie',
          parameters: [
            ...versioned,
            { name: 'cookie', in: 'query', schema: { type: 'integer', minimum: 0 } },
            { name: 'clientId', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 2000 } },
            { name: 'wait', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 25000 }, description: 'Long poll: milliseconds to wait for a change' },
          ],
          responses: { 200: { description: 'A page of changes', ...json(PullResponseSchema) }, 410: { description: 'resync_required: the cookie predates purged tombstones; drop synced data (keep unsent changes) and pull from 0', ...json(ErrorSchema) }, ...errors },
        },
      },
      '/v1/team': { get: { summary: 'The caller’s team, role and members', responses: { 200: { description: 'Team' }, 401: errors[401] } } },
      '/v1/team/summary': { get: { summary: 'Funnel, forecast, win rate, velocity and attainment for the team and per rep', responses: { 200: { description: 'Summary' }, 401: errors[401] } } },
      '/v1/team/records/{collection}': { get: { summary: 'Records the caller may see', parameters: [{ name: 'collection', in: 'path', required: true, schema: { enum: ['people', 'companies', 'deals', 'activities', 'pipelines'] } }], responses: { 200: { description: 'Records' } } } },
      '/v1/team/duplicates': { get: { summary: 'Leads worked by more than one rep', responses: { 200: { description: 'Duplicates' } } } },
      '/v1/team/devices': { get: { summary: 'Devices (own, or the team’s for a manager)', responses: { 200: { description: 'Devices' } } } },
      '/v1/team/devices/{id}': { delete: { summary: 'Revoke a device token', responses: { 204: { description: 'Revoked' }, 404: { description: 'Not found' } } } },
      '/v1/team/quotas': { put: { summary: 'Set a rep’s quota for a period (manager)', responses: { 200: { description: 'Saved' }, 403: errors[403] } } },
      '/v1/team/invitations': { post: { summary: 'Create an invitation link (manager)', responses: { 201: { description: 'Link' }, 403: errors[403] } } },
      '/v1/team/reassign': { post: { summary: 'Give a lead or deal to another rep (manager)', responses: { 200: { description: 'Done' }, 403: errors[403] } } },
      '/v1/team/merge': { post: { summary: 'Merge a duplicate lead into another (manager)', responses: { 200: { description: 'Merged' }, 403: errors[403] } } },
    },
  };
}
