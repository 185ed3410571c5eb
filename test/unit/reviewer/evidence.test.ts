import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkReview } from '../../../utils/reviewer/review-check';
import {
  createEvidenceMemory,
  findRowInfoDialog,
  readRowInfoFiles,
  rowInfoYear,
  rowKeys,
  walkRowInfo,
  withEvidence,
  type RowInfoFiles,
  type WalkTarget,
} from '../../../utils/reviewer/row-evidence';
import { applyMarks } from '../../../utils/reviewer/marks';
import { readReviewTables, type ReviewRowData } from '../../../utils/reviewer/read-table';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reviewer', `row-info-${name}.html`), 'utf8');
const screenFixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'screens', name), 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
const dialogIn = (html: string) => {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[role="dialog"]')!;
};

describe('reading a 详情 dialog (captured from the replica)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('counts the files listed under 学时材料', () => {
    const d = dialogIn(fixture('files'));
    expect(readRowInfoFiles(d)).toEqual({ count: 1, names: ['2020年结业证书.pdf'] });
    expect(rowInfoYear(d)).toBe(2020);
  });

  it('reads Element’s empty text (暂无数据) as 0 files', () => {
    const d = dialogIn(fixture('empty'));
    expect(readRowInfoFiles(d)).toEqual({ count: 0, names: [] });
    expect(rowInfoYear(d)).toBe(2021);
  });

  it('takes an empty list without its empty text (rows not there yet) or under a loading mask as not readable', () => {
    const d = dialogIn(fixture('empty').replace('>暂无数据<', '><'));
    expect(readRowInfoFiles(d)).toBeNull();
    const loading = dialogIn(fixture('empty').replace('<div class="el-table__column-resize-proxy"', '<div class="el-loading-mask"><div class="el-loading-spinner"></div></div><div class="el-table__column-resize-proxy"'));
    expect(readRowInfoFiles(loading)).toBeNull();
  });

  it('reads other wordings of the empty text (未上传附件)', () => {
    expect(readRowInfoFiles(dialogIn(fixture('empty').replace('>暂无数据<', '>未上传附件<')))).toEqual({ count: 0, names: [] });
  });

  it('variant B: adds the files of the hours slots (学时上传) of 申报材料, not 学历信息 / 委托审批函', () => {
    const d = dialogIn(fixture('variant-b'));
    expect(readRowInfoFiles(d)).toEqual({ count: 1, names: ['2024年学时证明.pdf'] });
    expect(rowInfoYear(d)).toBe(2024);
    // Without a file in 学时上传, the year has none: the empty text belongs to 学时材料's own table.
    const none = dialogIn(fixture('variant-b').replace('<div class="cell">学时上传', '<div class="cell">其他材料'));
    expect(readRowInfoFiles(none)).toEqual({ count: 0, names: [] });
  });

  it('reads a varied page: helper line under the title, spaced labels, an icon on 关闭', () => {
    const d = dialogIn(fixture('vary'));
    expect(readRowInfoFiles(d)).toEqual({ count: 1, names: ['2020年结业证书.pdf'] });
    expect(rowInfoYear(d)).toBe(2020);
    expect(findRowInfoDialog(document, document.body)).toBe(d);
  });

  it('finds the open 详情 by its title, not the screen under it nor other dialogs', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="学时核认申报详细" id="screen"><span class="el-dialog__title">学时核认申报详细</span></div>
      <div role="dialog" id="reject"><div class="el-dialog__header"><span class="el-dialog__title">审核不通过</span></div></div>`;
    const screen = document.getElementById('screen')!;
    expect(findRowInfoDialog(document, screen)).toBeNull();
    document.body.insertAdjacentHTML('beforeend', fixture('files'));
    const info = document.querySelector<HTMLElement>('.xr-row-info')!;
    expect(findRowInfoDialog(document, screen)).toBe(info);
    expect(findRowInfoDialog(document, screen, (d) => d === info)).toBeNull();
  });
});

let n = 0;
function row(year: number, evidenceCount?: number, pub = 30, pro = 60): ReviewRowData {
  return { index: n++, year, publicHours: pub, professionalHours: pro, totalHours: pub + pro, evidenceCount, groupKey: '', rawHours: { public: String(pub), professional: String(pro), total: String(pub + pro) } };
}
const files = (count: number): RowInfoFiles => ({ count, names: Array.from({ length: count }, (_, i) => `f${i}.pdf`) });
const opts = { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' as const } };

describe('the evidence state of each year', () => {
  it('keys rows by year and occurrence, so a duplicated year’s two rows stay apart', () => {
    expect(rowKeys([{ year: 2023 }, { year: 2022 }, { year: 2023 }])).toEqual(['2023#1', '2022#1', '2023#2']);
  });

  it('is unknown until seen: never ok, never evidence-missing; seen 0 → evidence-missing, ≥ 1 → ok', () => {
    n = 0;
    const rows = [row(2020), row(2021), row(2022, undefined, 20, 70)];
    const memory = createEvidenceMemory();
    const before = withEvidence(rows, 'app', memory);
    expect(before.states).toEqual(['unseen', 'unseen', 'unseen']);
    expect(before.rows.map((r) => r.evidenceCount)).toEqual([undefined, undefined, undefined]);
    const r1 = checkReview(before.rows, opts);
    expect(r1.rows.map((m) => [m.year, m.status, m.codes.join(' '), m.evidence])).toEqual([
      [2020, 'unchecked', '', 'unseen'],
      [2021, 'unchecked', '', 'unseen'],
      [2022, 'problem', 'public-below-min', 'unseen'], // a real error is a problem whatever the materials show
    ]);
    expect([r1.okCount, r1.problemCount, r1.uncheckedCount]).toEqual([0, 1, 2]);
    expect(r1.unseenYears).toEqual([2020, 2021, 2022]);
    expect(r1.findings.some((f) => f.code === 'evidence-missing')).toBe(false);

    memory.record('app', '2020#1', files(2));
    memory.record('app', '2021#1', files(0));
    const after = withEvidence(rows, 'app', memory);
    expect(after.states).toEqual(['seen', 'seen', 'unseen']);
    const r2 = checkReview(after.rows, opts);
    expect(r2.rows.map((m) => [m.year, m.status, m.codes.join(' '), m.evidence])).toEqual([
      [2020, 'ok', '', 'seen'],
      [2021, 'problem', 'evidence-missing', 'seen'],
      [2022, 'problem', 'public-below-min', 'unseen'],
    ]);
    expect(r2.unseenYears).toEqual([2022]);
    // Another application's rows are not this one's.
    expect(withEvidence(rows, 'other', memory).states).toEqual(['unseen', 'unseen', 'unseen']);
  });

  it('keeps a 附件 column’s count as read', () => {
    n = 0;
    const memory = createEvidenceMemory();
    memory.record('app', '2020#1', files(3));
    const e = withEvidence([row(2020, 0)], 'app', memory);
    expect(e.states).toEqual(['column']);
    expect(e.rows[0].evidenceCount).toBe(0);
  });

  it('tells its listeners when a count changes, not when the same count is read again', () => {
    const memory = createEvidenceMemory();
    const controller = new AbortController();
    let calls = 0;
    memory.subscribe(() => calls++, controller.signal);
    expect(memory.record('a', '2020#1', files(1))).toBe(true);
    expect(memory.record('a', '2020#1', files(1))).toBe(false);
    expect(memory.record('a', '2020#1', files(2))).toBe(true);
    controller.abort();
    memory.record('a', '2020#1', files(0));
    expect(calls).toBe(2);
  });
});

describe('marking unseen rows', () => {
  it('leaves data-xskr-status off an unseen row without errors, with data-xskr-evidence and a 未查看 badge', () => {
    n = 0;
    document.body.innerHTML = screenFixture('hr-detail.html');
    const [t] = readReviewTables(document);
    const memory = createEvidenceMemory();
    const mark = () => {
      const e = withEvidence(t.rows.map((r) => r.data), 'app', memory);
      applyMarks(t, checkReview(e.rows, opts).rows);
    };
    mark();
    const tr = t.rows[0].tr;
    expect([tr.getAttribute('data-xskr-status'), tr.getAttribute('data-xskr-codes'), tr.getAttribute('data-xskr-evidence')]).toEqual([null, '', 'unseen']);
    const badge = tr.querySelector('[data-xskr-badge]')!;
    expect(badge.textContent).toBe('? 未查看');
    expect(badge.getAttribute('title')).toContain('学时材料未查看');
    memory.record('app', `${t.rows[0].data.year}#1`, files(1));
    mark();
    expect([tr.getAttribute('data-xskr-status'), tr.getAttribute('data-xskr-evidence')]).toEqual(['ok', 'seen']);
    expect(badge.textContent).toBe('✓ 符合');
  });
});

describe('walking the rows’ 详情 (happy-dom, a stand-in for the portal)', () => {
  /** Each 详情 opens the captured dialog for its row's year, with `counts[year]` files; 关闭 removes it. */
  let listening = new AbortController();
  function portal(counts: Record<number, number>) {
    listening.abort();
    listening = new AbortController();
    document.body.innerHTML = screenFixture('hr-detail.html').replace('</div></div></div>', '</div></div></div><button id="approve">审核通过</button><button id="reject">审核不通过</button>');
    const clicks: string[] = [];
    document.addEventListener('click', (e) => {
      const b = (e.target as Element).closest('button');
      if (!b) return;
      clicks.push(b.textContent!.trim());
      if (b.textContent!.trim() === '详情') {
        const year = Number(b.closest('tr')!.cells[1].textContent);
        const count = counts[year] ?? 0;
        const html = (count ? fixture('files') : fixture('empty')).replace(/<td>20\d\d<\/td>/, `<td>${year}</td>`);
        setTimeout(() => document.body.insertAdjacentHTML('beforeend', html), 5);
      } else if (b.textContent!.trim() === '关闭' || b.getAttribute('aria-label') === 'Close') {
        setTimeout(() => b.closest('.el-dialog__wrapper')?.remove(), 5);
      }
    }, { signal: listening.signal });
    return clicks;
  }

  it('opens each row’s 详情, reads it, closes it, and presses nothing else', async () => {
    const clicks = portal({ 2022: 1, 2024: 1, 2023: 0, 2020: 1 });
    const [t] = readReviewTables(document);
    const keys = rowKeys(t.rows.map((r) => r.data));
    const targets: WalkTarget[] = t.rows.map((r, i) => ({ rowKey: keys[i], year: r.data.year }));
    const recorded: [number, number][] = [];
    const lines: string[] = [];
    const result = await walkRowInfo({
      doc: document,
      screen: document.body,
      targets,
      rowOf: (k) => t.rows[keys.indexOf(k)]?.tr ?? null,
      closing: new WeakSet(),
      signal: new AbortController().signal,
      log: (l) => lines.push(l),
      record: (target, f) => recorded.push([target.year, f.count]),
      settleMs: 10,
    });
    expect(recorded).toEqual([
      [2022, 1],
      [2024, 1],
      [2023, 0],
      [2020, 1],
    ]);
    expect(result.skipped).toEqual([]);
    expect(lines).toContain('2023 年：没有学时材料');
    expect(clicks.filter((c) => c !== '详情' && c !== '关闭')).toEqual([]);
    expect(document.querySelector('.xr-row-info')).toBeNull();
  });

  it('skips a row that is no longer shown, and stops when asked (closing the open 详情)', async () => {
    portal({});
    const [t] = readReviewTables(document);
    const controller = new AbortController();
    const lines: string[] = [];
    const walking = walkRowInfo({
      doc: document,
      screen: document.body,
      targets: [
        { rowKey: 'gone', year: 2019 },
        { rowKey: 'first', year: t.rows[0].data.year },
      ],
      rowOf: (k) => (k === 'first' ? t.rows[0].tr : null),
      closing: new WeakSet(),
      signal: controller.signal,
      log: (l) => lines.push(l),
      record: () => controller.abort(), // stop during the 0-file pause
      settleMs: 200,
    });
    await expect(walking).rejects.toThrow('已停止');
    expect(lines[0]).toBe('2019 年：这一行已不在本页，跳过');
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector('.xr-row-info')).toBeNull();
  });
});
