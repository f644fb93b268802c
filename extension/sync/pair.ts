import { z } from 'zod';
import type { ServerSettings } from './settings.ts';

const JoinReplySchema = z.object({
  token: z.string(),
  member: z.object({ name: z.string(), role: z.enum(['rep', 'manager']) }),
  team: z.object({ name: z.string() }),
});

export class PairingError extends Error {}

/** Splits a pasted invitation link (`http://server/join/CODE`) into the server URL and the code. */
export function parseInvitation(text: string): { url: string; code: string } {
  const match = /^(https?:\/\/[^\s/]+(?:\/[^\s]*?)?)\/join\/([\w-]{8,200})\/?$/.exec(text.trim());
  if (!match) throw new PairingError('invitation-malformed');
  return { url: `${match[1]}/`, code: match[2]! };
}

/** Redeems an invitation at the team server and returns what to store. */
export async function pair(invitation: string, device: string, name: string | undefined, fetchFn: typeof fetch = fetch): Promise<ServerSettings> {
  const { url, code } = parseInvitation(invitation);
  let res: Response;
  try {
    res = await fetchFn(new URL('v1/auth/join', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device, ...(name ? { name } : {}) }) });
  } catch {
    throw new PairingError('server-unreachable');
  }
  const body: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const code = z.object({ code: z.string() }).safeParse(body).data?.code;
    throw new PairingError(code === 'name_required' ? 'name-required' : code === 'invalid_invitation' ? 'invitation-invalid' : 'pairing-failed');
  }
  const reply = JoinReplySchema.parse(body);
  return { url, token: reply.token, teamName: reply.team.name, memberName: reply.member.name, role: reply.member.role };
}
