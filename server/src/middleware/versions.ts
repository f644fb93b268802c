import { createMiddleware } from 'hono/factory';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, SCHEMA_VERSION } from '@pipeclip/shared';
import { ApiError } from '../errors.ts';

/** Every sync request names the protocol and schema versions it speaks; others get "please update". */
export const requireVersions = createMiddleware(async (c, next) => {
  const protocol = Number(c.req.header(PROTOCOL_HEADER));
  const schema = Number(c.req.header(SCHEMA_HEADER));
  if (protocol !== PROTOCOL_VERSION || schema !== SCHEMA_VERSION) {
    throw new ApiError(
      426,
      `Please update Pipeclip: this server speaks sync protocol ${PROTOCOL_VERSION} with schema ${SCHEMA_VERSION}, the client sent ${c.req.header(PROTOCOL_HEADER) ?? 'none'}/${c.req.header(SCHEMA_HEADER) ?? 'none'}`,
      'update_required',
      { protocol: PROTOCOL_VERSION, schema: SCHEMA_VERSION },
    );
  }
  await next();
});
