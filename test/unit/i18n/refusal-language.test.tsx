// The background answers with codes, not sentences (utils/messages.ts Refusal, EvidenceNeed): the panel words them in
// its UI language, the zh-CN wording being what the background used to send.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EvidenceNeedLine } from '../../../components/panel/EvidenceNeed';
import { handlePortalRequest } from '../../../utils/background-handlers';
import { uiLang } from '../../../utils/i18n-shell';
import { openLedger } from '../../../utils/ledger/db';
import { Refusal, type RefusalCode } from '../../../utils/messages';
import { requestContext } from '../../../utils/portal/messaging';
import { evidenceNeedText, refusalText } from '../../../utils/portal/message-text';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Each code with its parameters and the zh-CN sentence the background sent before it sent codes. */
const ZH: Record<RefusalCode, [Refusal, string]> = {
  'no-profile': [{ ok: false, code: 'no-profile' }, '台账里还没有申报人：请先在学时助手的设置页导入台账'],
  'not-our-message': [{ ok: false, code: 'not-our-message' }, '拒绝：不是学时助手自己的消息'],
  'not-portal-page': [{ ok: false, code: 'not-portal-page' }, '拒绝：只回答人社网厅页面上的学时助手'],
  'bad-request': [{ ok: false, code: 'bad-request' }, '拒绝：看不懂的请求'],
  'no-such-file': [{ ok: false, code: 'no-such-file' }, '台账里没有这个文件（可能已删除，或不属于当前申报人）'],
  'file-too-big': [{ ok: false, code: 'file-too-big', params: { name: 'scan.pdf' } }, '“scan.pdf”太大，无法交给网页'],
  'ledger-error': [{ ok: false, code: 'ledger-error', params: { message: 'QuotaExceededError' } }, '读取台账出错：QuotaExceededError'],
  'no-answer': [{ ok: false, code: 'no-answer', params: { message: 'Extension context invalidated.' } }, '读取台账失败：Extension context invalidated.'],
  'reviewer-screen': [{ ok: false, code: 'reviewer-screen' }, '审核页不读取台账：这里审核的是别人的申报'],
  'no-background': [{ ok: false, code: 'no-background' }, '没有连上学时助手的后台，读不到台账'],
};

describe('refusals and evidence needs from the background, in the UI language', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    uiLang.value = 'zh-CN';
    document.body.innerHTML = '';
  });

  it('words every refusal code as before in Chinese and in English without Chinese (bar the file name it quotes)', () => {
    for (const [code, [refusal, zh]] of Object.entries(ZH)) {
      expect(Refusal.parse(refusal), code).toEqual(refusal);
      expect(refusalText(refusal, 'zh-CN'), code).toBe(zh);
      const en = refusalText(refusal, 'en');
      expect(en, code).not.toMatch(CJK);
      expect(en, code).not.toBe(zh);
      if ('params' in refusal) for (const v of Object.values(refusal.params)) expect(en, code).toContain(v);
    }
    expect(refusalText({ ok: false, code: 'file-too-big', params: { name: '2021年度培训结业证书.pdf' } }, 'en')).toBe(
      '“2021年度培训结业证书.pdf” is too big to hand to the page',
    );
    // A code the content script does not know is no answer at all: the schema refuses it.
    expect(Refusal.safeParse({ ok: false, code: 'gone' }).success).toBe(false);
    expect(Refusal.safeParse({ ok: false, code: 'file-too-big' }).success).toBe(false); // its file name is required
  });

  it('tells the panel in English that the ledger has no applicant yet, and in Chinese once the language switches', async () => {
    const db = await openLedger();
    await db.wipe();
    db.close();
    // The content script's message, answered by the background as from a portal tab.
    const tab = { id: fakeBrowser.runtime.id, url: 'https://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/index.html#/xskr/apply', tab: { id: 7 } };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((m: unknown) => handlePortalRequest(m, tab)) as never);
    const state = await requestContext();
    expect(state).toEqual({ status: 'none', refusal: { ok: false, code: 'no-profile' } });
    if (state.status !== 'none') return;
    uiLang.value = 'en';
    expect(refusalText(state.refusal)).not.toMatch(CJK);
    uiLang.value = 'zh-CN';
    expect(refusalText(state.refusal)).toMatch(CJK);
  });

  it('shows a year’s activity without a file in English, keeping only the ledger’s words and the materials’ official names Chinese', () => {
    const need = { name: '2020年湖南省土木工程学术年会', form: '学术会议', sets: [['会议通知', '参会证明'], ['会议论文集']] };
    expect(evidenceNeedText(need, 'zh-CN')).toBe('“2020年湖南省土木工程学术年会”（学术会议）：需 会议通知＋参会证明，或 会议论文集');
    expect(evidenceNeedText({ ...need, form: '', sets: [] }, 'zh-CN')).toBe('“2020年湖南省土木工程学术年会”（形式未填）：需 对应的证明材料');
    uiLang.value = 'en';
    const el = document.createElement('li');
    render(<EvidenceNeedLine need={need} />, el);
    expect(el.textContent).toBe('“2020年湖南省土木工程学术年会” (学术会议): needs 会议通知＋参会证明, or 会议论文集');
    // Outside the spans marked lang="zh-CN" (the ledger's name and form, the materials' names) nothing is Chinese.
    const outside = el.cloneNode(true) as HTMLElement;
    outside.querySelectorAll('[lang="zh-CN"]').forEach((s) => s.remove());
    expect(outside.textContent).toBe('“” (): needs , or ');
    render(<EvidenceNeedLine need={{ ...need, form: '', sets: [] }} />, el);
    expect(el.textContent).toBe('“2020年湖南省土木工程学术年会” (form not filled in): needs the matching proof');
  });
});
