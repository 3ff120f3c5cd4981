import { z } from 'zod';

/**
 * The programme's own list uses the first five; the national register adds the rest
 * (docs/national-register.md): the nation and the counties, private hospitals (and SKDE's group
 * of them) and the hospitals and units under a trust.
 */
export const orgTypeSchema = z.enum([
  'nation',
  'county',
  'rhf',
  'health_trust',
  'municipality',
  'gp_office',
  'specialist',
  'private',
  'hospital',
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
  /** The 9-digit organisation number (Enhetsregisteret) of an RHF, trust or hospital. */
  org_nr: z.preprocess(
    emptyToNull,
    z
      .string()
      .regex(/^[0-9]{9}$/, 'an org number has 9 digits')
      .nullable(),
  ),
  /**
   * In the Helseplattformen programme. `datasets/organisations.csv` lists the programme, so its
   * rows are; the national register's others are not (docs/national-register.md, «In the app»).
   */
  programme: z.boolean().default(true),
  /** The programme's municipal region (`datasets/municipal-regions.csv`); null outside one. */
  municipal_region: z.string().nullable().default(null),
});
export type Organisation = z.output<typeof organisationSchema>;

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
