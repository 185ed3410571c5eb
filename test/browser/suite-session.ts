// One browser per describe block, the way nearly every browser test wants it. Kept out of harness.ts because it calls
// vitest's hooks, and the benchmarks (plain Node) import the harness.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { expectNoExtensionErrors, launchWithExtension, type Session } from './harness';
import { seedLedger } from './seed';

/**
 * Call inside a describe: launches Chromium with the extension before its tests (then runs `setup`, e.g. seeding),
 * closes it after them, and fails each test in which the extension logged an error it did not declare. The session
 * returned stands for the launched one from the first hook on.
 */
export function suiteSession(setup?: (s: Session) => Promise<void>): Session {
  let launched: Session | undefined;
  beforeAll(async () => {
    launched = await launchWithExtension();
    await setup?.(launched);
  });
  afterAll(async () => launched?.close());
  afterEach(() => {
    if (launched) expectNoExtensionErrors(launched);
  });
  return new Proxy({} as Session, {
    get(_, key) {
      if (!launched) throw new Error('the browser is launched in beforeAll: use the session in a test or hook');
      return Reflect.get(launched, key) as unknown;
    },
  });
}

/** suiteSession with the sample ledger imported (李明 complete 2020–2024, 王芳 short in 2022). */
export function seededSession(): Session {
  return suiteSession((s) => seedLedger(s));
}
