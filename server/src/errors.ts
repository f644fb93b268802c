import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

/** An expected failure with a message meant for the user. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(status, { message });
  }
}

/** Parses untrusted input; a failure becomes a 400 naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || what}: ${i.message}`);
    throw new ApiError(400, `Invalid ${what}: ${issues.join('; ')}`, 'invalid_input');
  }
  return result.data;
}

export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON', 'invalid_json');
  }
}

/** The one place errors become responses: clear messages for expected ones, no stack traces ever. */
export function renderError(err: Error, c: Context) {
  if (err instanceof ApiError) return c.json({ error: err.message, code: err.code, ...err.details }, err.status);
  if (err instanceof HTTPException) {
    const status = err.status;
    const message = status === 413 ? 'The request body is too large' : err.message || 'Request refused';
    return c.json({ error: message, code: status === 413 ? 'too_large' : 'http_error' }, status);
  }
  console.error(`[pipeclip] ${c.req.method} ${c.req.path} failed:`, err);
  return c.json({ error: 'Internal server error', code: 'internal' }, 500);
}
