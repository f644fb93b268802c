import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  /** Folder of the embedded PGlite database; ignored when DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Invitation redemptions (sign-ins) allowed per client address and minute. */
  JOINS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Days a deletion is remembered for devices that were offline; one away longer resyncs from scratch. */
  TOMBSTONE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** The URL reps' extensions use to reach this server; defaults to http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment once; a bad value stops start-up with a message naming the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}
