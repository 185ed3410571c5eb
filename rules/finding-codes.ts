// The finding codes, in the order findings of one year are sorted (rules/schema.ts FindingCode is z.enum of these;
// zod-free so rules/check-core.ts can sort without loading zod).
export const FINDING_CODES = [
  'public-below-min',
  'professional-below-min',
  'total-below-min',
  'total-mismatch',
  'professional-share-low',
  'year-missing',
  'year-duplicate',
  'year-outside-span',
  'evidence-missing',
  'hours-invalid',
] as const;
