import { describe, expect, it } from 'vitest';
import { recognise } from '../../../utils/portal/recognise';
import { scanDocument, scanTop, topScope, type Scope } from '../../../utils/portal/scan';
import { load, screenFixtures as fixtures } from './fixtures';

/** What recognition reads of a scope (the element itself compared by identity). */
const view = (s: Scope | undefined) =>
  s && { kind: s.kind, element: s.element, title: s.title, titles: [...s.titles], texts: [...s.texts].sort(), labels: [...s.labels].sort(), headers: [...s.headers].sort(), buttons: [...s.buttons].sort(), z: s.z, order: s.order };

describe('scanTop: the top scope, read without scanning the rest of the page (issue 15)', () => {
  for (const name of fixtures) {
    it(`${name}: the same scope as the full scan's top`, () => {
      const doc = load(name);
      expect(view(scanTop(doc))).toEqual(view(topScope(scanDocument(doc))));
    });
  }

  it('follows the dialogs as they open, stack, hide and close', () => {
    const doc = load('replica-year-detail');
    const same = () => expect(view(scanTop(doc))).toEqual(view(topScope(scanDocument(doc))));
    const before = recognise(doc)?.screen;
    same();
    const wrap = doc.createElement('div');
    wrap.innerHTML = '<div role="dialog" aria-label="新增申报年度明细信息"><span>年度</span><label>年度</label><button>保存</button></div>';
    doc.body.append(wrap);
    same();
    wrap.style.zIndex = '99999';
    same();
    expect(view(scanTop(doc))!.element).toBe(wrap.firstElementChild);
    expect(recognise(doc)).toBeNull(); // a dialog we do not know, on top
    wrap.style.display = 'none';
    same();
    expect(recognise(doc)?.screen).toBe(before);
    wrap.style.display = '';
    (wrap.firstElementChild as HTMLElement).style.zIndex = '-5'; // under the page itself
    wrap.style.zIndex = '';
    same();
    wrap.remove();
    same();
    expect(recognise(doc)?.screen).toBe(before);
  });

  it('leaves a dialog nested in the top one out of its texts, as the full scan does', () => {
    const doc = load('replica-year-form');
    const top = scanTop(doc)!;
    const inner = doc.createElement('div');
    inner.setAttribute('role', 'dialog');
    inner.style.zIndex = '99999';
    inner.innerHTML = '<span>只在内层</span>';
    top.element.append(inner);
    same(doc);
    expect(scanTop(doc)!.element).toBe(inner);
    inner.style.zIndex = '-2';
    same(doc);
    expect(scanTop(doc)!.texts.has('只在内层')).toBe(false);
  });
});

function same(doc: Document) {
  expect(view(scanTop(doc))).toEqual(view(topScope(scanDocument(doc))));
}
