// Variant B's 申报材料上传 (guide 003 第7步): one upload control per slot — *学历信息, *委托审批函, 上传学时申报材料, *学时上传 —
// each with the files already uploaded beside it. Read by the slot's visible name, never by position or class names
// of the page's own making (Element's el-upload list is Element's, not the portal's).
import { isShown } from './scan';
import { normText, TEXTS } from './texts';

export interface UploadSlot {
  /** The slot's name as the guide writes it (学历信息 …). */
  name: string;
  required: boolean;
  input: HTMLInputElement;
  /** Names of the files the slot lists as uploaded (not those only chosen and waiting for 上传). */
  files: string[];
}

const FILE_NAME = /[^\s、，,;；]+?\.(?:pdf|jpe?g|png|docx?)(?![a-z])/gi;
/** Element's list of chosen files waiting for the manual 上传 (is-ready) or uploading: not yet uploaded. */
const PENDING = '.el-upload-list__item.is-ready, .el-upload-list__item.is-uploading';

/** The slot's label: an element whose whole text is the name (a leading * allowed). */
function labelsOf(root: HTMLElement, name: string): HTMLElement[] {
  const want = normText(name);
  return Array.from(root.querySelectorAll<HTMLElement>('*')).filter((el) => normText(el.textContent) === want && isShown(el));
}

/** The slots of the dialog, in the page's order; a slot whose control cannot be told apart is left out. */
export function readSlots(root: HTMLElement): UploadSlot[] {
  const out: UploadSlot[] = [];
  for (const name of Object.values(TEXTS.upload.slotsB)) {
    for (const label of labelsOf(root, name)) {
      let input: HTMLInputElement | null = null;
      let box: HTMLElement | null = null;
      for (let up: HTMLElement | null = label; up && up !== root; up = up.parentElement) {
        const found = up.querySelectorAll<HTMLInputElement>('input[type="file"]');
        if (found.length === 1) {
          input = found[0];
          box = up;
        }
        if (found.length > 1) break;
      }
      if (!input || !box) continue;
      // The row holds the uploaded files' list too (a table row: 材料上传 | 已上传材料).
      const row = (box.closest('tr') as HTMLElement | null) ?? box;
      const copy = row.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(PENDING).forEach((el) => el.remove());
      // The tip (只能上传jpg.jpeg.png.doc.docx.pdf文件…) names the types, not files.
      copy.querySelectorAll('*').forEach((el) => {
        if (!el.children.length && new Set((el.textContent ?? '').toLowerCase().match(/jpe?g|png|docx?|pdf/g) ?? []).size >= 3) el.remove();
      });
      const files = [...new Set(copy.textContent?.match(FILE_NAME) ?? [])];
      const starred = /^[\s]*[*＊]/.test(label.textContent ?? '') || /[*＊]/.test(label.parentElement?.textContent?.split(name)[0] ?? '');
      out.push({ name, required: starred || (TEXTS.upload.requiredSlotsB as readonly string[]).includes(name), input, files });
      break;
    }
  }
  return out;
}

/** The required slots still without an uploaded file. */
export function emptyRequiredSlots(slots: readonly UploadSlot[]): string[] {
  return slots.filter((s) => s.required && s.files.length === 0).map((s) => s.name);
}
