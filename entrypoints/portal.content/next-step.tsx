// next-step: the panel's first line on every applicant screen — what to do now, and one primary button for it —
// so a person who has never seen the extension gets from the 申请列表 to a declaration ready for 提交 by following it.
// It drives only what a user would press (修改, 上传附件, 关闭) and the features' own jobs; it never presses 提交 or 保存.
import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { defineFeature, type FeatureContext } from './feature';
import type { NextStep } from '../../components/panel/NextStep';
import { APPLICANT_FIELD_NAMES, BUTTONS } from '../../utils/portal/texts';
import { findButtons, isDisabled, isLoading, userClick } from '../../utils/portal/element';
import { applicantFormRoot, fieldValues, formYearRow, idNumberOn } from '../../utils/portal/page';
import { readYearRows } from '../../utils/portal/table';
import { declarationKey, readDeclaration } from '../../utils/portal/declarations';
import { isShown } from '../../utils/portal/scan';
import type { PortalContext } from '../../utils/messages';

/** The 申报相关信息 fields the ledger can fill (applicant-info): empty ones are the person's first to-do. */
const LEDGER_FIELDS = ['idNumber', 'name', 'phone', 'titleLevel', 'degree'] as const;

const visibleButton = (root: ParentNode, wordings: Parameters<typeof findButtons>[1]) => findButtons(root, wordings).find((b) => isShown(b) && !isDisabled(b));

/** Years of the span the ledger has hours for. */
const fillableYears = (c: PortalContext) => (c.span.years ?? []).filter((y) => c.rows.some((r) => r.year === y));

/** Files the ledger holds for `year`. */
const ledgerFiles = (c: PortalContext, year: number) => c.evidence.find((e) => e.year === year)?.fileCount ?? 0;

/** Years whose upload dialog attach finished in this tab (the memo catches up when the dialog is read again). */
const attached = new Set<string>();

async function stepFor(ctx: FeatureContext, refresh: () => void): Promise<NextStep | null> {
  const s = ctx.store.context.value;
  const busy = !!ctx.store.busy.value;
  if (s.status === 'loading') return { text: '正在读取台账…', state: 'wait' };
  if (s.status === 'none') return { text: `先在学时助手的选项页导入台账：${s.reason}`, state: 'wait' };
  const c = s.context;
  const run = (label: string, fn: () => unknown) => ({ label, disabled: busy, run: () => void fn() });
  // The other features' jobs, as they offer them on this screen (features never import each other).
  const act = (name: string) => () => ctx.actions.get(name)?.run();
  const fill = act('fill-years');

  switch (ctx.screen) {
    case 'applicant-list': {
      const edit = visibleButton(ctx.root, BUTTONS.edit);
      if (edit) return { text: '打开您的申报（网页的“修改”），助手会一步一步带您填完', action: run('打开申报', () => userClick(edit)) };
      const add = visibleButton(ctx.root, BUTTONS.addApplication);
      if (add) return { text: '还没有可修改的申报：新增一份学时核认申报', action: run('新增学时核认申报', () => userClick(add)) };
      return { text: '列表里没有可修改的申报', state: 'wait' };
    }
    case 'applicant-form': {
      const values = fieldValues(ctx.root);
      const empty = LEDGER_FIELDS.filter((k) => values.has(k) && !(values.get(k) ?? ''));
      if (empty.length) {
        return {
          text: `填写空栏：${empty.map((k) => APPLICANT_FIELD_NAMES[k]).join('、')}（台账里有）`,
          action: run('用台账填入空栏', act('fill-applicant')),
        };
      }
      if (ctx.recognition.variant === 'B') {
        const row = formYearRow(ctx.root);
        if (!row) return { text: '填写本年度：年度与学时取自台账', action: run('填写本年度', fill) };
        const files = ledgerFiles(c, row.year);
        const open = visibleButton(ctx.root, BUTTONS.evidenceB);
        if (files && open && !attached.has(`B:${row.year}`)) {
          return { text: `上传 ${row.year} 年的 ${files} 份佐证材料`, action: run('打开材料上传', () => userClick(open)) };
        }
        return { text: `${row.year} 年已填好：检查后点网页的“保存”（助手不替您保存或提交）`, state: 'ready' };
      }
      const years = fillableYears(c);
      return {
        text: `申报相关信息已填好：下一步并补齐 ${years.length} 个年度（${years.join('、')}）`,
        action: run('下一步并补齐年度', fill),
      };
    }
    case 'year-detail': {
      if (isLoading(ctx.root)) return { text: '网页正在加载年度明细…', state: 'wait' };
      const rows = readYearRows(ctx.root)?.rows ?? [];
      const held = new Set(rows.map((r) => r.year));
      const missing = fillableYears(c).filter((y) => !held.has(y));
      if (missing.length) {
        return { text: `补齐 ${missing.length} 个年度：${missing.join('、')}（从台账逐年“新增”）`, action: run(`补齐 ${missing.length} 个年度`, fill) };
      }
      const form = applicantFormRoot(ctx.doc);
      const memo = await readDeclaration(declarationKey(form ? idNumberOn(form.root) : '') ?? '-');
      for (const r of [...rows].sort((a, b) => a.year - b.year)) {
        const files = ledgerFiles(c, r.year);
        const seen = memo.uploads[String(r.year)];
        if (!files || (seen !== undefined && seen >= files) || attached.has(`A:${r.year}`)) continue;
        const button = visibleButton(r.tr, BUTTONS.upload);
        if (!button) continue;
        return { text: `上传附件：放入 ${r.year} 年的 ${files} 份材料`, action: run(`打开 ${r.year} 年的上传附件`, () => userClick(button)) };
      }
      const problems = ctx.store.pageFindings.value.filter((f) => f.severity === 'error' && f.code !== 'evidence-missing');
      if (problems.length) return { text: `还有 ${problems.length} 个问题要在网页上改正（见下方“检查”）`, state: 'todo' };
      return { text: '年度和材料都已齐：关闭此对话框，在申请列表点“提交”（助手不会替您提交）', state: 'ready' };
    }
    case 'year-form':
      return { text: '用台账填写本对话框的空栏，检查后点网页的“保存”', action: run('用台账填写', fill) };
    case 'evidence-upload': {
      const attach = ctx.actions.get('attach-evidence');
      const year = attach?.year ?? null;
      if (year === null) return { text: '看不出这是哪一年的上传对话框：请自己选取文件', state: 'wait' };
      const key = `${ctx.recognition.variant}:${year}`;
      const files = ledgerFiles(c, year);
      if (attached.has(key) || !files) {
        const close = visibleButton(ctx.root, BUTTONS.close);
        const text = files ? `${year} 年的材料已放入：关闭此对话框，回到年度明细` : `台账里没有 ${year} 年的材料：可在选项页添加，或自己选取文件`;
        return close ? { text, action: run('关闭上传对话框', () => userClick(close)), state: files ? 'todo' : 'wait' } : { text, state: 'wait' };
      }
      return {
        text: `放入 ${year} 年的 ${files} 份材料`,
        action: run(`放入 ${year} 年的 ${files} 份材料`, async () => {
          await attach?.run();
          if (ctx.ui.job.peek()?.state === 'done') attached.add(key);
          refresh();
        }),
      };
    }
    default:
      return null;
  }
}

export default defineFeature({
  id: 'next-step',
  include: ['applicant-list', 'applicant-form', 'year-detail', 'year-form', 'evidence-upload'],
  order: 1,
  description: '在面板最上方说明现在该做什么，并给出这一步唯一的主按钮（打开申报 → 填空栏 → 补齐年度 → 放入材料 → 可提交）',
  init(ctx) {
    let seq = 0;
    const update = () => {
      const mine = ++seq;
      void stepFor(ctx, update)
        .then((step) => {
          if (mine === seq && !ctx.signal.aborted) ctx.nextStep(step);
        })
        .catch((e: unknown) => console.error('[学时助手] next-step', e));
    };
    ctx.onPageChange(update);
    // Typing in a form changes values, not the DOM the observer sees.
    ctx.root.addEventListener('input', update, { signal: ctx.signal });
    ctx.root.addEventListener('change', update, { signal: ctx.signal });
    const dispose = effect(() => {
      void ctx.store.context.value;
      void ctx.store.busy.value;
      void ctx.store.pageFindings.value;
      update();
    });
    ctx.signal.addEventListener('abort', dispose, { once: true });
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('xskr:decl:'))) update();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
  },
});
