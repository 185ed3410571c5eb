// Running a page-driving job (fill, attach) with progress in the panel, a stop button, and a question overlay.
import type { FeatureContext } from './feature';
import { formMapItem } from '../../utils/storage-items';
import { FillError } from '../../utils/portal/fill-apply';
import { Stopped, WaitTimeout } from '../../utils/portal/wait';
import { recogniseScope } from '../../utils/portal/recognise';
import { scanDocument } from '../../utils/portal/scan';
import { t } from '../../utils/i18n';
import { Dialog } from '../../components/panel/Dialog';

export interface JobControl {
  signal: AbortSignal;
  log(line: string): void;
}

/**
 * Runs `fn` as the panel's job. Never throws: every outcome ends as a line the user reads. `deferRecognition`: the
 * page is recognised once after the job instead of on each change it makes (FeatureContext.ui.deferRecognition).
 */
export async function runJob(
  ctx: FeatureContext,
  label: string,
  fn: (job: JobControl) => Promise<string | void>,
  options: { deferRecognition?: boolean } = {},
): Promise<'done' | 'stopped' | 'failed'> {
  const { job } = ctx.ui;
  if (ctx.store.busy.value) return 'stopped';
  const controller = new AbortController();
  const onUnload = () => controller.abort();
  ctx.lifetime.addEventListener('abort', onUnload);
  const lines: string[] = [];
  const set = (state: 'running' | 'done' | 'stopped' | 'failed') =>
    (job.value = { label, state, lines: [...lines], stop: state === 'running' ? () => controller.abort() : undefined });
  const log = (line: string) => {
    lines.push(line);
    set('running');
  };
  ctx.store.busy.value = label;
  set('running');
  // After the panel showed the job (its place is measured for it once), before the job touches the page.
  const resume = options.deferRecognition ? ctx.ui.deferRecognition?.() : undefined;
  let state: 'done' | 'stopped' | 'failed' = 'done';
  try {
    const summary = await fn({ signal: controller.signal, log });
    if (summary) lines.push(summary);
  } catch (e) {
    if (e instanceof Stopped) {
      state = 'stopped';
      lines.push(e.message === '已停止' ? t('jobStoppedAsked') : e.message);
    } else if (e instanceof FillError) {
      state = 'failed';
      lines.push(e.message);
    } else if (e instanceof WaitTimeout) {
      state = 'failed';
      lines.push(t('jobTimedOut', { message: e.message }));
    } else {
      state = 'failed';
      console.error(`[学时助手] ${label}`, e);
      lines.push(t('jobError', { message: e instanceof Error ? e.message : String(e) }));
    }
  }
  try {
    // Never leave a half-filled dialog without saying so (it may sit under a dialog the portal opened).
    const open = state === 'done' ? null : new Set(scanDocument(ctx.doc).map((s) => recogniseScope(s)?.screen));
    if (open && (open.has('year-form') || (open.has('applicant-form') && ctx.screen === 'applicant-form'))) {
      lines.push(t('jobHalfFilled'));
    }
  } finally {
    ctx.store.busy.value = null;
    ctx.lifetime.removeEventListener('abort', onUnload);
    ctx.ui.overlay.value = null;
  }
  set(state);
  resume?.();
  return state;
}

/**
 * Asks which of the page's options stands for the ledger's 继续教育形式. A remembered answer is reused when the
 * page still offers it. Resolves null when the user stops.
 */
export async function askOption(ctx: FeatureContext, signal: AbortSignal, q: { label: string; wanted: string; options: string[] }): Promise<string | null> {
  const map = await formMapItem.getValue();
  const remembered = map[q.wanted];
  if (remembered && q.options.includes(remembered)) return remembered;
  ctx.ui.expand();
  const answer = await new Promise<string | null>((resolve) => {
    const done = (v: string | null) => {
      ctx.ui.overlay.value = null;
      signal.removeEventListener('abort', onAbort);
      resolve(v);
    };
    const onAbort = () => done(null);
    signal.addEventListener('abort', onAbort);
    ctx.ui.overlay.value = (
      <Dialog class="xskr-question" label={t('jobOptionLabel')} testId="fill-question" onEscape={() => done(null)}>
        <p>
          {t('jobOptionBefore')}
          <strong>{q.wanted}</strong>
          {t('jobOptionAfter', { label: q.label })}
        </p>
        <p>
          {q.options.map((o) => (
            <button key={o} type="button" class="xskr-btn xskr-secondary" data-testid="fill-question-option" data-value={o} onClick={() => done(o)}>
              {o}
            </button>
          ))}
        </p>
        <button type="button" class="xskr-btn" data-testid="fill-question-stop" onClick={() => done(null)}>
          {t('jobOptionStop')}
        </button>
      </Dialog>
    );
  });
  if (answer) await formMapItem.update((stored) => ({ ...stored, [q.wanted]: answer })).catch(() => undefined);
  return answer;
}
