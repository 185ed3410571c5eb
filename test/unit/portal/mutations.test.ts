// The saved screens, mutated the way other deployments and releases of the portal may differ — and beyond the replica's
// own `?vary` generator: an unknown dialog title, a known column or field missing, 必填 notes, zero-width characters,
// extra fields and columns, reordered columns and fields, icons on buttons, the guides' synonyms. For many seeds per
// fixture: the screen is recognised as the same one, every field maps to the same input, and tables read the same rows.
import { describe, expect, it } from 'vitest';
import { mapFields } from '../../../utils/portal/element';
import { recognise } from '../../../utils/portal/recognise';
import { readYearRows } from '../../../utils/portal/table';
import { load, screenFixtures } from './fixtures';

/** A fresh copy of a saved screen: parsed once, cloned per mutation (parsing is the slow part in happy-dom). */
const parsed = new Map<string, Document>();
function copyOf(name: string): Document {
  if (!parsed.has(name)) parsed.set(name, load(name));
  return parsed.get(name)!.cloneNode(true) as Document;
}

const SEEDS = Number(process.env.XSKR_MUTATION_SEEDS ?? 4);

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)],
    shuffle<T>(list: T[]): T[] {
      const a2 = list.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
  };
}
type Rng = ReturnType<typeof rng>;

/** Rewrites the text of leaf elements matching `selector` through `fn`. */
function rewrite(doc: Document, selector: string, fn: (t: string) => string) {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(selector))) {
    const leaf = el.querySelector('span, div.cell') ?? el;
    if (leaf.children.length === 0 && leaf.textContent) leaf.textContent = fn(leaf.textContent);
  }
}

const MUTATIONS: Record<string, (doc: Document, r: Rng) => void> = {
  punctuation(doc, r) {
    const style = r.pick([(t: string) => `${t}：`, (t: string) => ` ${t} :`, (t: string) => `*${t}`, (t: string) => `${t.slice(0, 1)} ${t.slice(1)}`, (t: string) => `${t.slice(0, 1)}\u200b${t.slice(1)}`]);
    rewrite(doc, 'label', (t) => (r.chance(0.7) ? style(t.trim()) : t));
    rewrite(doc, 'th', (t) => (r.chance(0.3) ? `\ufeff${t}` : t));
  },
  units(doc, r) {
    const unit = r.pick(['（分）', '(分)', ' (分)']);
    rewrite(doc, 'label, th', (t) => t.replace(/学时分/, `学时${unit}`));
  },
  notes(doc, r) {
    rewrite(doc, 'label', (t) => (r.chance(0.4) ? `${t.trim()}（必填）` : t));
  },
  dialogHelp(doc) {
    for (const header of Array.from(doc.querySelectorAll('.el-dialog__header'))) {
      header.insertAdjacentHTML('beforeend', '<div class="help">请按年度如实填写，带*为必填项。</div>');
      header.closest('[role="dialog"]')?.setAttribute('aria-label', 'dialog'); // the title came from a slot
    }
  },
  unknownTitle(doc, r) {
    // A release that renamed the dialog: recognition must rest on the rest.
    const titles = Array.from(doc.querySelectorAll('.el-dialog__title'));
    const t = titles.at(-1);
    if (t && r.chance(0.5)) {
      // Renamed, but still saying what it is for: an upload dialog still speaks of 附件 / 上传.
      const upload = t.closest('[role="dialog"]')?.querySelector('input[type="file"]');
      t.textContent = r.pick(upload ? ['附件管理', '上传佐证材料', '学时材料上传'] : ['年度学时信息', '学时明细维护', '信息填写']);
      t.closest('[role="dialog"]')?.setAttribute('aria-label', t.textContent);
    }
  },
  extraFields(doc, r) {
    for (const form of Array.from(doc.querySelectorAll('form'))) {
      const item = form.querySelector('label')?.parentElement;
      if (!item) continue;
      for (const label of r.shuffle(['其他学时（分）', '培训机构', '电子邮箱', '线下学时']).slice(0, 2)) {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelector('label')!.textContent = label;
        copy.querySelectorAll('input').forEach((i) => {
          i.removeAttribute('data-k');
          i.value = '';
        });
        form.append(copy);
      }
    }
  },
  extraColumns(doc, r) {
    const extra = r.pick(['学时类型', '其他学时', '填报时间']);
    for (const row of Array.from(doc.querySelectorAll('tr'))) {
      const head = row.closest('thead') !== null;
      row.insertAdjacentHTML('afterbegin', head ? `<th><div class="cell">${extra}</div></th>` : '<td><div class="cell">7</div></td>');
    }
  },
  order(doc, r) {
    for (const form of Array.from(doc.querySelectorAll('form'))) {
      const items = Array.from(form.children);
      for (const el of r.shuffle(items)) form.append(el);
    }
    // Columns: one permutation per table group (header and body tables of one el-table share it).
    for (const table of Array.from(doc.querySelectorAll('.el-table, table:not(.el-table__header):not(.el-table__body)'))) {
      const rows = Array.from(table.querySelectorAll('tr'));
      const n = rows[0]?.children.length ?? 0;
      if (!n || rows.some((row) => row.children.length !== n)) continue;
      const perm = r.shuffle(Array.from({ length: n }, (_, i) => i));
      for (const row of rows) {
        const cells = Array.from(row.children);
        for (const i of perm) row.append(cells[i]);
      }
    }
  },
  buttons(doc, r) {
    for (const b of Array.from(doc.querySelectorAll('button'))) {
      const span = b.querySelector('span');
      if (!span?.textContent || !r.chance(0.6)) continue;
      b.insertAdjacentHTML('afterbegin', '<i class="el-icon-plus"></i>');
      if (span.textContent.length === 2) span.textContent = `${span.textContent[0]} ${span.textContent[1]}`;
    }
  },
  synonyms(doc, r) {
    rewrite(doc, 'th, label', (t) => (t.trim() === '年度' && r.chance(0.7) ? '年限' : t.trim() === '身份证' ? r.pick(['身份证号', '证件号码']) : t));
    rewrite(doc, 'div, span, h3, h4', (t) => (t.trim() === '学时年度明细' ? '学时段明细' : t));
  },
  missingOne(doc, r) {
    // One known column or field the page does not show (a release dropped it).
    const ths = Array.from(doc.querySelectorAll('th')).filter((th) => /专业科目名称|公需科目继续教育形式/.test(th.textContent ?? ''));
    if (ths.length && r.chance(0.5)) r.pick(ths).querySelector('.cell')!.textContent = '';
  },
};

/** Marks every mapped input with its key before mutating, to check afterwards that the same input maps to the same key. */
function markInputs(doc: Document, root: ParentNode) {
  for (const [key, f] of mapFields(root).byKey) f.input?.setAttribute('data-k', key);
}

const yearRows = (root: HTMLElement) => (readYearRows(root)?.rows ?? []).map(({ tr: _tr, ...row }) => row);

describe('recognition and mapping survive the classes of variation (mutated saved screens)', () => {
  const fixtures = screenFixtures.filter((f) => !f.startsWith('unknown') && !f.includes('unknown'));
  for (const name of fixtures) {
    it(`${name}: ${SEEDS} mutated copies keep their screen, field mapping and table rows`, { timeout: 120_000 }, () => {
      const original = recognise(copyOf(name));
      expect(original, name).not.toBeNull();
      for (let seed = 1; seed <= SEEDS; seed++) {
        const r = rng(seed * 7919 + name.length);
        const doc = copyOf(name);
        const before = recognise(doc)!;
        markInputs(doc, before.root);
        const rowsBefore = yearRows(before.root);
        const applied = Object.keys(MUTATIONS).filter(() => r.chance(0.45));
        for (const m of applied) MUTATIONS[m](doc, r);
        const ctx = `${name} seed ${seed} [${applied.join(', ')}]`;
        const after = recognise(doc);
        expect(after?.screen, ctx).toBe(original!.screen);
        expect(after?.variant, ctx).toBe(original!.variant);
        for (const [key, f] of mapFields(after!.root).byKey) {
          // A field we did not map before (an extra) never maps now; one we did maps to the same input.
          expect(f.input?.getAttribute('data-k') ?? null, `${ctx}: field ${key}`).toBe(key);
        }
        if (!applied.includes('missingOne')) expect(yearRows(after!.root), ctx).toEqual(rowsBefore);
      }
    });
  }
});
