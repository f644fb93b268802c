import { z } from 'zod';
import { CurrencySchema, EpochMsSchema, IdSchema, TextSchema } from './common.ts';

export const RoleSchema = z.enum(['rep', 'manager']);
export type Role = z.infer<typeof RoleSchema>;

export const TeamSchema = z.object({ id: IdSchema, name: TextSchema(120).pipe(z.string().min(1)), createdAt: EpochMsSchema });
export type Team = z.infer<typeof TeamSchema>;

export const MemberSchema = z.object({
  id: IdSchema,
  teamId: IdSchema,
  name: TextSchema(120).pipe(z.string().min(1)),
  role: RoleSchema,
  createdAt: EpochMsSchema,
});
export type Member = z.infer<typeof MemberSchema>;

export const QuotaSchema = z.object({
  memberId: IdSchema,
  /** `2026-Q4` or `2026-11`. */
  period: z.string().regex(/^\d{4}-(Q[1-4]|(0[1-9]|1[0-2]))$/, 'period must look like 2026-Q4 or 2026-11'),
  amount: z.number().finite().min(0),
  currency: CurrencySchema,
});
export type Quota = z.infer<typeof QuotaSchema>;
