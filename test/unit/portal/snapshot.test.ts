import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../utils/portal/recognise';
import { pageStructure, pageStructureText } from '../../../utils/portal/snapshot';
import { load } from './fixtures';

describe('复制页面结构 (the privacy-safe snapshot for a bug report)', () => {
  it('keeps the page’s wording and leaves out every value: inputs, table cells, names, ID and phone numbers', () => {
    const doc = load('applicant-form-a');
    const secrets = ['430102199003151234', '13900001234', '张三丰', '湖南省某某医院'];
    const inputs = Array.from(doc.querySelectorAll('input'));
    inputs.slice(0, secrets.length).forEach((i, n) => (i.value = secrets[n]));
    // A value also shown as a plain text and a table cell.
    doc.body.insertAdjacentHTML('beforeend', `<table><tbody><tr><td><div class="cell">${secrets[2]}</div></td><td>2021</td><td>${secrets[0]}</td></tr></tbody></table><span>电话 ${secrets[1]}</span>`);
    const text = pageStructureText(doc);
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).not.toMatch(/\d{5,}/);
    const page = pageStructure(doc).scopes[0];
    expect(page.labels).toContain('证件号码');
    expect(page.buttons).toContain('下一步');
  });

  it('carries the scores that explain 未识别', () => {
    const doc = load('year-form');
    doc.querySelector('[aria-label="新增申报年度明细信息"] form')!.remove();
    expect(diagnose(doc).reason).toBeTruthy();
    const dialog = pageStructure(doc).scopes.find((s) => s.kind === 'dialog' && s.titles.includes('新增申报年度明细信息'))!;
    expect(dialog.scores[0].screen).toBe('year-form');
    expect(dialog.scores[0].missing.length).toBeGreaterThan(0);
  });
});
