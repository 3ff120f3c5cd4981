import { z } from 'zod';

export const orgTypeSchema = z.enum([
  'rhf',
  'health_trust',
  'municipality',
  'gp_office',
  'specialist',
]);
export type OrgType = z.infer<typeof orgTypeSchema>;

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** One row of `datasets/organisations.csv`. Empty cells become null. */
export const organisationSchema = z.object({
  code: z.string().regex(/^[A-Za-z0-9-]+$/, 'codes use letters, digits and -'),
  name: z.string().min(1),
  type: orgTypeSchema,
  /** The health trust whose catchment a municipality belongs to (the RHF for a trust). */
  parent: z.preprocess(emptyToNull, z.string().nullable()),
  county: z.preprocess(emptyToNull, z.string().nullable()),
  /** Go-live of the shared record; null = not yet live. */
  go_live: z.preprocess(emptyToNull, z.iso.date().nullable()),
  /** True where the date is an assumption of the demo data rather than a public fact. */
  go_live_assumed: z.preprocess((value) => value === 'true' || value === true, z.boolean()),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationsSchema = z.array(organisationSchema).superRefine((orgs, ctx) => {
  const codes = new Set(orgs.map((org) => org.code));
  if (codes.size !== orgs.length)
    ctx.addIssue({ code: 'custom', message: 'duplicate organisation codes' });
  orgs.forEach((org, index) => {
    if (org.parent !== null && !codes.has(org.parent)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'parent'],
        message: `unknown parent "${org.parent}"`,
      });
    }
  });
});
