import { z } from 'zod';
import { AddressSchema, RecordBaseSchema, TextSchema } from './common.ts';

export const CompanySchema = RecordBaseSchema.extend({
  name: TextSchema(200).pipe(z.string().min(1, 'a company needs a name')),
  domain: TextSchema(253).optional(),
  website: z.url().max(2048).optional(),
  address: AddressSchema.optional(),
  phone: TextSchema(40).optional(),
  registerId: TextSchema(60).optional(),
  vatId: TextSchema(30).optional(),
});
export type Company = z.infer<typeof CompanySchema>;
