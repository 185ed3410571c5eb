// 复制页面结构: a privacy-safe snapshot of what a screen shows, for a bug report when no screen was recognised.
// Only the page's own wording: dialog titles, form labels, column headers and button texts, with the scores the
// recogniser gave. Never an input's value, a table cell, a name, an ID or phone number: any text that also appears
// as a value on the page is left out, and digit runs are blanked.
import { scoreScope } from './recognise';
import { scanDocument, type Scope } from './scan';
import { normText } from './texts';

/** Texts the page shows as values: inputs, selects, table cells. None of them goes into a snapshot. */
function valueTexts(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) {
    const v = normText(el.value);
    if (v) out.add(v);
  }
  for (const td of Array.from(doc.querySelectorAll('td'))) {
    const t = normText(td.textContent);
    if (t) out.add(t);
    for (const leaf of Array.from(td.querySelectorAll('*'))) if (!leaf.firstElementChild) out.add(normText(leaf.textContent));
  }
  return out;
}

/** A digit run long enough to be part of an ID, phone or file number is blanked (years and small counts stay). */
const safe = (t: string) => t.replace(/\d{5,}/g, '#').replace(/[\w.+-]+@[\w.-]+/g, '#');

function list(set: Set<string>, values: Set<string>): string[] {
  return [...set].filter((t) => t && !values.has(t) && t.length <= 30).map(safe).slice(0, 80);
}

export interface PageStructure {
  /** The app's route (hash path), without query parameters. */
  route: string;
  scopes: {
    kind: Scope['kind'];
    titles: string[];
    labels: string[];
    headers: string[];
    buttons: string[];
    scores: { screen: string; score: number; missing: string[] }[];
  }[];
}

export function pageStructure(doc: Document): PageStructure {
  const values = valueTexts(doc);
  const loc = doc.defaultView?.location;
  const route = loc ? `${loc.pathname}${loc.hash.split('?')[0]}` : '';
  return {
    route: safe(route),
    scopes: scanDocument(doc).map((s) => ({
      kind: s.kind,
      titles: list(s.titles, values),
      labels: list(s.labels, values),
      headers: list(s.headers, values),
      buttons: list(s.buttons, values),
      scores: scoreScope(s)
        .slice(0, 3)
        .map((x) => ({ screen: x.screen, score: Math.round(x.score * 100) / 100, missing: x.missing })),
    })),
  };
}

/** The snapshot as text to paste into a bug report. */
export function pageStructureText(doc: Document): string {
  return `学时助手 页面结构（不含任何填写内容）\n${JSON.stringify(pageStructure(doc), null, 1)}`;
}
