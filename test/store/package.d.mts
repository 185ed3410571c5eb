/** Store limits the listing texts must meet. */
export const LIMITS: { name: number; summary: number; descriptionMin: number; descriptionMax: number };
export const LISTING_LANGS: readonly string[];
/** The `## section` blocks of test/store/listing.<lang>.md, checked against LIMITS. */
export function readListing(lang: string): Record<string, string>;
