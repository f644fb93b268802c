import type { PipeclipDb } from '../db/database.ts';

/** A member of the rep's team, as the team server lists them. */
export interface Member {
  id: string;
  name: string;
  role: string;
}

/** The team's members as last fetched, kept in `meta` so names show offline and on the first screen. */
export interface MemberDirectory {
  members: Member[];
  /** This device's member id, to say "you". */
  meId: string | undefined;
  fetchedAt: number;
}

export const MEMBERS_KEY = 'members';

const isMember = (m: unknown): m is Member =>
  !!m && typeof m === 'object' && typeof (m as Member).id === 'string' && typeof (m as Member).name === 'string' && typeof (m as Member).role === 'string';

/**
 * Reads the stored directory. Checked by hand rather than with zod so the board's first screen does not load
 * the schema library; anything malformed (an older or hand-edited store) reads as no directory.
 */
export function parseDirectory(value: unknown): MemberDirectory | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<MemberDirectory>;
  if (!Array.isArray(v.members) || typeof v.fetchedAt !== 'number') return undefined;
  return { members: v.members.filter(isMember), meId: typeof v.meId === 'string' ? v.meId : undefined, fetchedAt: v.fetchedAt };
}

export async function readMembers(db: PipeclipDb): Promise<MemberDirectory | undefined> {
  return parseDirectory((await db.meta.get(MEMBERS_KEY))?.value);
}

export interface OwnerWords {
  unassigned: string;
  /** "{name} (you)" */
  me: (name: string) => string;
  /** For an id the directory does not know (a member who left, or no team server yet). */
  unknown: (shortId: string) => string;
}

/** The name to show for a record's owner: the member's name, "you", or a short id when the member is unknown. */
export function ownerLabel(directory: MemberDirectory | undefined, ownerId: string | undefined, words: OwnerWords): string {
  if (!ownerId) return words.unassigned;
  const member = directory?.members.find((m) => m.id === ownerId);
  if (!member) return words.unknown(ownerId.slice(0, 8));
  return ownerId === directory?.meId ? words.me(member.name) : member.name;
}
