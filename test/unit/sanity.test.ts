import { describe, expect, it } from 'vitest';
import { Activity } from '../../rules/schema';

describe('activity schema', () => {
  it('rejects a negative day count naming the field', () => {
    const r = Activity.safeParse({ kind: 'training', year: 2024, category: 'public', days: -1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toContain('days');
  });
});
