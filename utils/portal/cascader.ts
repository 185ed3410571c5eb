// el-cascader (Element UI 2.15), driven as a user does: click the input, then click one node per level in the panel
// that opens (appended to <body>), until a leaf is chosen and the input shows it. For 行政区划名称, which a portal may
// offer as 湖南省 → 湖南省省本级 / 长沙市 …: the ledger's text may name the whole path (湖南省 / 长沙市) or the leaf alone.
import { isShown } from './scan';
import { userClick, type Field } from './element';
import { normText } from './texts';
import { sleep, waitFor } from './wait';

function openPanel(doc: Document): HTMLElement | null {
  return (
    Array.from(doc.querySelectorAll<HTMLElement>('.el-cascader__dropdown')).find((d) => isShown(d) && !/-leave/.test(d.className)) ?? null
  );
}

const nodesOf = (menu: Element) => Array.from(menu.querySelectorAll<HTMLElement>('.el-cascader-node')).filter((n) => isShown(n) && !n.classList.contains('is-disabled'));
const labelOf = (node: Element) => normText(node.querySelector('.el-cascader-node__label')?.textContent ?? node.textContent);

/**
 * Picks `wanted` in the cascader: each segment of `湖南省 / 长沙市` in turn, or, for a single name, the node of that name at
 * the current level, else the one whose name begins it (湖南省 for 湖南省省本级), level by level. Resolves with the text
 * the input shows. Throws (zh-CN) when no node fits.
 */
export async function chooseCascader(field: Field, wanted: string, signal?: AbortSignal): Promise<string> {
  const input = field.input as HTMLInputElement | null;
  const box = field.item.querySelector<HTMLElement>('.el-cascader');
  if (!input || !box) throw new Error(`“${field.label}”不是级联选择框`);
  const doc = box.ownerDocument;
  const segments = wanted.split(/\s*[/／>]\s*/).map(normText).filter(Boolean);
  const leaf = segments[segments.length - 1];
  userClick(box);
  const panel = await waitFor(doc, () => openPanel(doc), { timeout: 3000, signal, what: `“${field.label}”的级联选项` });
  let rest = [...segments];
  for (let level = 0; level < 6; level++) {
    const menus = Array.from(panel.querySelectorAll('.el-cascader-menu'));
    const menu = menus[level];
    if (!menu) break;
    const nodes = nodesOf(menu);
    const target = rest.length > 1 ? rest[0] : leaf;
    const node = nodes.find((n) => labelOf(n) === target) ?? (rest.length === 1 ? nodes.find((n) => target.startsWith(labelOf(n)) && labelOf(n) !== '') : undefined);
    if (!node) {
      doc.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      doc.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      throw new Error(`“${field.label}”没有选项“${wanted}”（可选：${nodes.map((n) => labelOf(n)).join('、')}）`);
    }
    if (rest.length > 1 && labelOf(node) === rest[0]) rest = rest.slice(1);
    userClick(node);
    await sleep(50, signal);
    if (labelOf(node) === leaf || !node.querySelector('.el-cascader-node__postfix')) break; // a leaf: chosen
  }
  await waitFor(doc, () => normText(input.value).endsWith(leaf), { timeout: 2000, signal, what: `“${field.label}”显示“${wanted}”` });
  return input.value;
}
