/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { ApiError } from '../errors.ts';
import { callerForToken } from '../middleware/auth.ts';
import { redeemInvitation } from '../services/teams.ts';
import type { MessageKey } from './i18n.ts';
import { SignInPage } from './Public.tsx';
import { render, view } from './render.tsx';
import { startSession } from './session.ts';

const SignInForm = z.object({
  secret: z.string().trim().max(500).catch(''),
  name: z.string().trim().max(120).optional().catch(undefined).transform((n) => n || undefined),
});

/** An invitation is pasted as its link (…/join/inv_…) or bare code; anything else is taken as a device token. */
export function invitationCode(secret: string): string | undefined {
  return /\/join\/([A-Za-z0-9_-]+)/.exec(secret)?.[1] ?? (secret.startsWith('inv_') ? secret : undefined);
}

/**
 * Signs a browser in: an invitation is redeemed for a new "Dashboard" device, a device token is checked by the
 * same lookup as the bearer API. Either way the token goes into the session cookie and never into the page.
 */
export async function signIn(c: Context, db: Database) {
  const v = view(c);
  const { secret, name } = SignInForm.parse(await c.req.parseBody());
  const refuse = (key: MessageKey, status: 400 | 401, keep?: string) =>
    render(c, v, { title: v.t('signIn.title'), narrow: true, status }, <SignInPage t={v.t} error={v.t(key)} secret={keep} askName={key === 'error.nameRequired'} />);
  if (!secret) return refuse('error.empty', 400);
  const code = invitationCode(secret);
  let token = secret;
  if (code) {
    try {
      token = (await redeemInvitation(db, { code, device: 'Dashboard', name })).token;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'name_required') return refuse('error.nameRequired', 400, secret);
      if (err instanceof ApiError && err.code === 'invalid_invitation') return refuse('error.badInvitation', 400);
      throw err;
    }
  } else if (!(await callerForToken(db, token))) {
    return refuse('error.badToken', 401);
  }
  startSession(c, token);
  return c.redirect('/', 303);
}
