import { resolve } from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { openDb } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { devices, members, teams } from './db/schema.ts';
import { parseEnv } from './env.ts';
import { invitationLink } from './services/bootstrap.ts';
import { createInvitation, createTeam } from './services/teams.ts';

const USAGE = `Pipeclip admin (runs against DATA_DIR or DATABASE_URL, like the server):
  npm run admin -- teams                               list teams
  npm run admin -- create-team "Team name" "Admin name" create a team; prints the admin's pairing link
  npm run admin -- invite [--role rep|manager] [--team ID] [--days 7] [--uses 1]
  npm run admin -- devices [--team ID]                 list devices
  npm run admin -- revoke DEVICE_ID                    revoke a device token at once`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const env = parseEnv();
  const handle = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: resolve(env.DATA_DIR) });
  const url = env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
  try {
    await migrate(handle);
    const { db } = handle;
    const teamId = async () => flag(args, 'team') ?? (await db.select().from(teams).orderBy(asc(teams.createdAt)).limit(1))[0]?.id ?? fail('No team yet: create one with create-team');
    switch (command) {
      case 'teams':
        for (const t of await db.select().from(teams).orderBy(asc(teams.createdAt))) console.log(`${t.id}  ${t.name}`);
        break;
      case 'create-team': {
        const [name, admin] = args;
        if (!name || !admin) fail(USAGE);
        const created = await createTeam(db, name, admin);
        console.log(`Team ${created.team.id} "${name}" created. ${admin} pairs the extension with:\n  ${invitationLink(url, created.code)}`);
        break;
      }
      case 'invite': {
        const role = flag(args, 'role') ?? 'rep';
        if (role !== 'rep' && role !== 'manager') fail('--role must be rep or manager');
        const code = await createInvitation(db, { teamId: await teamId(), role, ttlMs: Number(flag(args, 'days') ?? 7) * 86_400_000, uses: Number(flag(args, 'uses') ?? 1) });
        console.log(invitationLink(url, code));
        break;
      }
      case 'devices': {
        const rows = await db.select({ id: devices.id, label: devices.label, member: members.name, role: members.role, revokedAt: devices.revokedAt }).from(devices).innerJoin(members, eq(members.id, devices.memberId)).where(eq(devices.teamId, await teamId())).orderBy(asc(devices.createdAt));
        for (const d of rows) console.log(`${d.id}  ${d.member} (${d.role})  ${d.label}${d.revokedAt ? '  revoked' : ''}`);
        break;
      }
      case 'revoke': {
        const id = args[0] ?? fail(USAGE);
        const done = await db.update(devices).set({ revokedAt: Date.now() }).where(and(eq(devices.id, id), isNull(devices.revokedAt))).returning({ id: devices.id }).catch(() => []);
        if (done.length === 0) fail(`No active device ${id}`);
        console.log(`Device ${id} revoked.`);
        break;
      }
      default:
        console.log(USAGE);
        if (command && command !== 'help') process.exitCode = 2;
    }
  } finally {
    await handle.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
