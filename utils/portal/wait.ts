// The one helper for waiting on the page: a MutationObserver with a timeout (and the caller's AbortSignal).
import { t } from '../i18n';

export class WaitTimeout extends Error {
  constructor(what: string, ms: number) {
    super(t('waitTimeout', { what, seconds: Math.round(ms / 1000) }));
    this.name = 'WaitTimeout';
  }
}

export class Stopped extends Error {
  constructor(reason = '已停止') {
    super(reason);
    this.name = 'Stopped';
  }
}

export interface WaitOptions {
  timeout?: number;
  signal?: AbortSignal;
  what?: string;
}

/** Resolves with the first truthy value of `check()`, re-checked on every DOM change (and every 250 ms as a backstop). */
export function waitFor<T>(doc: Document, check: () => T | null | undefined | false, opts: WaitOptions = {}): Promise<T> {
  const { timeout = 5000, signal, what = '页面变化' } = opts;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new Stopped());
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const test = () => {
      try {
        const v = check();
        if (v) finish(() => resolve(v));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    const onAbort = () => finish(() => reject(new Stopped()));
    const observer = new MutationObserver(test);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(() => reject(new WaitTimeout(what, timeout))), timeout);
    const poll = setInterval(test, 250);
    signal?.addEventListener('abort', onAbort);
    test();
  });
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Stopped());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Stopped());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
