// submit-guard: when 保存 / 下一步 / 提交 is clicked while error findings remain, stop the click and ask
// (continue / go back). On 保存/下一步 evidence-missing alone does not raise it; on the 申请列表, 提交 of a declaration
// uses the findings of its year rows as last read (remembered per declaration).
import type { Finding } from '../../rules/schema';
import { defineFeature, type FeatureContext } from './feature';
import { applicantFindings, formGuardFindings, profileOf } from '../../utils/portal/applicant-check';
import { collectApplicant, formDeclarationKey } from '../../utils/portal/applicant-collect';
import { userClick } from '../../utils/portal/element';
import { declarationKey, readDeclaration } from '../../utils/portal/declarations';
import { recognise } from '../../utils/portal/recognise';
import { readTable, cellOf, rowIndex } from '../../utils/portal/table';
import { BUTTONS, keyOf, LIST_COLUMNS, normText } from '../../utils/portal/texts';
import { t } from '../../utils/i18n';
import { findingText } from '../../utils/finding-text-core';
import { Dialog } from '../../components/panel/Dialog';

/** The portal's buttons the guard stops while error findings exist. */
const GUARDED = { save: BUTTONS.save, next: BUTTONS.next, submit: BUTTONS.submit };
type Guarded = keyof typeof GUARDED;

const allowedOnce = new WeakSet<Element>();

function clickedButton(e: Event): HTMLElement | null {
  const path = e.composedPath();
  for (const n of path) {
    if (n instanceof HTMLElement && (n.tagName === 'BUTTON' || n.getAttribute('role') === 'button')) return n;
    if (n === e.currentTarget) break;
  }
  return null;
}

/** The declaration key of the list row holding `button` (the list may render the 操作 column in a fixed copy). */
function listRowKey(root: HTMLElement, button: HTMLElement, variant: 'A' | 'B'): string | null {
  const tr = button.closest('tr');
  if (!tr) return null;
  const table = readTable(root, LIST_COLUMNS, ['person', 'actions']);
  const row = table?.rows[rowIndex(tr)];
  if (!table || !row) return null;
  const id = cellOf(table, row, 'idNumber');
  return declarationKey(id, variant === 'B' ? cellOf(table, row, 'reviewYear') : undefined);
}

/** The declaration a guarded button acts on: its list row's, or the open form's (variant B: with its year). */
function declarationOf(ctx: FeatureContext, button: HTMLElement): string | null {
  if (ctx.screen === 'applicant-list') return listRowKey(ctx.root, button, ctx.recognition.variant);
  return formDeclarationKey(ctx.doc);
}

/** Where a guarded click was pressed: it is replayed only there. */
interface Pressed {
  button: HTMLElement;
  action: Guarded;
  declaration: string | null;
}

/**
 * Why a held click may no longer be replayed, or null when the button is still the one pressed: the same screen,
 * still on the page, the same action, on the same declaration. The portal's table re-renders (a refresh, another
 * page, a sort) and Vue may reuse the very same button element for another row.
 */
function changedSince(ctx: FeatureContext, p: Pressed): string | null {
  if (ctx.signal.aborted || recognise(ctx.doc)?.root !== ctx.root) return t('guardGoneScreen');
  if (!p.button.isConnected || !ctx.root.contains(p.button) || keyOf(GUARDED, p.button.textContent) !== p.action) return t('guardGoneButton');
  if (declarationOf(ctx, p.button) !== p.declaration) return t('guardGoneDeclaration');
  return null;
}

function Dropped({ action, reason, onClose }: { action: string; reason: string; onClose: () => void }) {
  return (
    <div class="xskr-guard" role="alert" data-testid="submit-guard-dropped">
      <p>{t('guardDropped', { action, reason })}</p>
      <button type="button" class="xskr-btn xskr-secondary" onClick={onClose} autoFocus>
        {t('guardDroppedOk')}
      </button>
    </div>
  );
}

async function findingsForClick(ctx: FeatureContext, button: HTMLElement, action: Guarded): Promise<Finding[]> {
  if (ctx.screen === 'applicant-list') {
    if (action !== 'submit') return [];
    const key = listRowKey(ctx.root, button, ctx.recognition.variant);
    if (!key) return [];
    return (await readDeclaration(key)).findings.filter((f) => f.severity === 'error');
  }
  // 保存 / 下一步 on the form: what the screen shows now (typing changes no DOM the checks watched), or, variant A, the
  // rows as 申报年度明细信息 last showed them.
  const { details } = collectApplicant(ctx);
  let findings = applicantFindings(details, (await readDeclaration(details.key ?? '-')).uploads, profileOf(ctx.store.context.value));
  let rowCount = details.rows.length;
  if (ctx.recognition.variant === 'A') {
    const key = formDeclarationKey(ctx.doc);
    if (key) {
      const memo = await readDeclaration(key);
      if (memo.at) {
        findings = memo.findings;
        rowCount = memo.years.length;
      }
    }
  }
  return formGuardFindings(findings, action, rowCount);
}

function Guard({ findings, action, onContinue, onCancel }: { findings: Finding[]; action: string; onContinue: () => void; onCancel: () => void }) {
  return (
    <Dialog class="xskr-guard" role="alertdialog" label={t('guardLabel')} testId="submit-guard" onEscape={onCancel}>
      <h3>{t('guardHeading', { action, count: findings.length })}</h3>
      <ul>
        {findings.map((f, i) => (
          <li key={i} class="xskr-finding" data-severity={f.severity} data-code={f.code} data-year={f.year ?? ''}>
            {findingText(f)}
          </li>
        ))}
      </ul>
      <p>{t('guardQuestion', { action })}</p>
      <button type="button" class="xskr-btn xskr-secondary" data-testid="submit-guard-cancel" onClick={onCancel} autoFocus>
        {t('guardBack')}
      </button>
      <button type="button" class="xskr-btn" data-testid="submit-guard-continue" onClick={onContinue}>
        {t('guardContinue', { action })}
      </button>
    </Dialog>
  );
}

export default defineFeature({
  id: 'submit-guard',
  include: ['applicant-list', 'applicant-form'],
  order: 90,
  description: '点“保存/下一步/提交”时若仍有错误，先拦下并询问（继续 / 返回修改）',
  init(ctx) {
    const onClick = (e: MouseEvent) => {
      try {
        guard(e);
      } catch (err) {
        console.error('[学时助手] submit-guard', err); // never throw into the page
      }
    };
    const guard = (e: MouseEvent) => {
      if (ctx.store.busy.value) return; // our own fill clicks 保存 in the year dialog
      const button = clickedButton(e);
      if (!button || !ctx.root.contains(button)) return;
      const action = keyOf(GUARDED, button.textContent);
      if (!action) return;
      const text = normText(button.textContent);
      if (allowedOnce.has(button)) {
        allowedOnce.delete(button);
        return;
      }
      // Decide synchronously to stop the click; the findings are read from storage, so hold it and replay it
      // where it was pressed, or not at all.
      e.preventDefault();
      e.stopImmediatePropagation();
      const pressed: Pressed = { button, action, declaration: declarationOf(ctx, button) };
      const label = button.textContent?.trim() ?? text;
      const replay = () => {
        const changed = changedSince(ctx, pressed);
        if (changed) {
          if (ctx.signal.aborted) return; // the screen is gone: its overlay went with it
          ctx.ui.expand();
          ctx.ui.overlay.value = shown = <Dropped action={label} reason={changed} onClose={() => (ctx.ui.overlay.value = null)} />;
          return;
        }
        allowedOnce.add(button);
        userClick(button);
      };
      void findingsForClick(ctx, button, action)
        .then((findings) => {
          if (!findings.length) return replay();
          ctx.ui.expand();
          ctx.ui.overlay.value = shown = (
            <Guard
              findings={findings}
              action={label}
              onCancel={() => (ctx.ui.overlay.value = null)}
              onContinue={() => {
                ctx.ui.overlay.value = null;
                replay();
              }}
            />
          );
        })
        .catch((err: unknown) => {
          console.error('[学时助手] submit-guard', err);
          replay(); // never swallow the user's click because of our own error
        });
    };
    ctx.doc.addEventListener('click', onClick, { capture: true, signal: ctx.signal });
    let shown: unknown = null;
    ctx.signal.addEventListener('abort', () => {
      if (shown && ctx.ui.overlay.value === shown) ctx.ui.overlay.value = null; // the screen it asked about is gone
    });
    if (ctx.screen === 'applicant-list') {
      const overview = async () => {
        const table = readTable(ctx.root, LIST_COLUMNS, ['person', 'actions']);
        const items: { label: string; errors: number; known: boolean }[] = [];
        for (const row of table?.rows ?? []) {
          const id = cellOf(table!, row, 'idNumber');
          const year = cellOf(table!, row, 'reviewYear');
          const key = declarationKey(id, ctx.recognition.variant === 'B' ? year : undefined);
          if (!key) continue;
          const memo = await readDeclaration(key);
          items.push({ label: `${cellOf(table!, row, 'person')} ${year}`, errors: memo.findings.filter((f) => f.severity === 'error').length, known: memo.at > 0 });
        }
        if (ctx.signal.aborted) return;
        ctx.render(() => (
          <div>
            <h3>{t('guardLabel')}</h3>
            {items.length ? (
              <ul>
                {items.map((it, i) => (
                  <li key={i}>
                    <span lang="zh-CN">{it.label}</span>
                    {t('previewColon')}
                    {it.known ? (it.errors ? t('guardLastErrors', { count: it.errors }) : t('guardLastOk')) : t('guardNotRead')}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="xskr-muted">{t('guardNoDeclarations')}</p>
            )}
          </div>
        ));
      };
      void overview();
      ctx.onPageChange(() => void overview());
    }
  },
});
