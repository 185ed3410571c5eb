// What the extension keeps in storage.local, as typed items: a bad stored value reads as its default and loses
// nothing else, values round-trip and are watched, versions migrate, and one default rule set serves everyone.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { formMapItem, typedItem } from '../../utils/storage-items';
import { panelPrefsItem, uiLanguageItem } from '../../utils/shell-items';
import { reviewerPolicyItem } from '../../utils/reviewer/reviewer-policy';
import { declarationKey, readDeclaration, updateDeclaration, watchDeclarations } from '../../utils/portal/declarations';
import { defaultPolicy } from '../../utils/default-policy';
import { DEFAULT_NEW_PROFILE } from '../../utils/ledger/import';
import { defaultReviewPolicy } from '../../utils/reviewer/review-check';
import { listPolicies } from '../../rules/index';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('typed storage items', () => {
  it('a bad stored value falls back to its default, field by field, and loses nothing else', async () => {
    const declKey = declarationKey('43070119850810001X')!;
    const stored = {
      'xskr:panel': { collapsed: 'yes', closedSections: ['year-checks', 3, 'fill-years'] },
      'xskr:ui-language': 'fr',
      'xskr:form-map': { 远程教育: '网络培训', 培训班: 7 },
      'xskr:reviewer-policy': 'beijing-2099',
      [`xskr:decl:${declKey}`]: { findings: 'not a list', years: [2020, 2021], uploads: { '2020': 2 }, at: 5 },
      'someone-else': { kept: true },
    };
    await fakeBrowser.storage.local.set(stored);

    expect(await panelPrefsItem.getValue()).toEqual({ collapsed: false, closedSections: ['year-checks', 'fill-years'] });
    expect(await uiLanguageItem.getValue()).toBe('zh-CN');
    expect(await formMapItem.getValue()).toEqual({ 远程教育: '网络培训' });
    expect(await reviewerPolicyItem.getValue()).toBe(defaultPolicy().policyId);
    expect(await readDeclaration(declKey)).toEqual({ findings: [], years: [2020, 2021], uploads: { '2020': 2 }, at: 5 });
    // Reading changed nothing in storage: the values stay as stored until the user's next change.
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);

    // A change writes the whole value, from what was read: the good fields of the bad value survive it.
    await panelPrefsItem.setValue({ ...(await panelPrefsItem.getValue()), collapsed: true });
    await formMapItem.update((m) => ({ ...m, 学术会议: '学术交流' }));
    expect(await fakeBrowser.storage.local.get(['xskr:panel', 'xskr:form-map'])).toEqual({
      'xskr:panel': { collapsed: true, closedSections: ['year-checks', 'fill-years'] },
      'xskr:form-map': { 远程教育: '网络培训', 学术会议: '学术交流' },
    });
    expect((await fakeBrowser.storage.local.get('someone-else'))['someone-else']).toEqual({ kept: true });
  });

  it('with nothing stored, every item reads its default', async () => {
    expect(await panelPrefsItem.getValue()).toEqual({ collapsed: false, closedSections: [] });
    expect(await uiLanguageItem.getValue()).toBe('zh-CN');
    expect(await formMapItem.getValue()).toEqual({});
    expect(await reviewerPolicyItem.getValue()).toBe('hunan-2025');
    expect(await readDeclaration('X')).toEqual({ findings: [], years: [], uploads: {}, at: 0 });
  });

  it('refuses to store a value its schema rejects, keeping the stored one', async () => {
    await uiLanguageItem.setValue('en');
    await expect(uiLanguageItem.setValue('fr' as never)).rejects.toThrow();
    await expect(reviewerPolicyItem.setValue('beijing-2099')).rejects.toThrow();
    expect(await uiLanguageItem.getValue()).toBe('en');
  });

  it('tells watchers each new value, read through the schema, until their signal aborts', async () => {
    const seen: string[] = [];
    const stop = new AbortController();
    uiLanguageItem.watch((lang) => seen.push(lang), stop.signal);
    await uiLanguageItem.setValue('en');
    await fakeBrowser.storage.local.set({ 'xskr:ui-language': 'klingon' });
    await tick();
    stop.abort();
    await uiLanguageItem.setValue('en');
    await uiLanguageItem.setValue('zh-CN');
    await tick();
    expect(seen).toEqual(['en', 'zh-CN']);

    let changes = 0;
    const stopDecl = new AbortController();
    watchDeclarations(() => changes++, stopDecl.signal);
    await updateDeclaration('K', (m) => ({ ...m, uploads: { '2022': 1 } }));
    await tick();
    stopDecl.abort();
    await updateDeclaration('K', (m) => ({ ...m, uploads: { '2022': 2 } }));
    await tick();
    expect(changes).toBe(1);
    expect((await readDeclaration('K')).uploads).toEqual({ '2022': 2 });
  });

  it('migrates a value stored by an older version once, and records the version', async () => {
    // Version 1 stored the closed sections as one comma-separated string.
    await fakeBrowser.storage.local.set({ 'xskr:test-sections': 'fill-years,year-checks' });
    const item = typedItem('xskr:test-sections', z.array(z.string()), {
      fallback: [],
      version: 2,
      migrations: { 2: (old) => (typeof old === 'string' ? old.split(',') : old) },
    });
    expect(await item.getValue()).toEqual(['fill-years', 'year-checks']);
    expect(await fakeBrowser.storage.local.get(['xskr:test-sections', 'xskr:test-sections$'])).toEqual({
      'xskr:test-sections': ['fill-years', 'year-checks'],
      'xskr:test-sections$': { v: 2 },
    });
  });
});

describe('one default rule set', () => {
  it('a new person, an import’s new person and the reviewer all start from the same rule set and review year', () => {
    const d = defaultPolicy();
    expect(listPolicies().map((p) => p.id)).toContain(d.policyId);
    expect({ policyId: DEFAULT_NEW_PROFILE.policyId, reviewYear: DEFAULT_NEW_PROFILE.reviewYear }).toEqual(d);
    expect(reviewerPolicyItem.fallback()).toBe(d.policyId);
    expect(defaultReviewPolicy()).toBe(d.policyId);
  });

  it('is the province’s notice for the current year, else its newest up to that year', () => {
    expect(defaultPolicy(new Date(2025, 5, 1))).toEqual({ policyId: 'hunan-2025', reviewYear: 2025 });
    expect(defaultPolicy(new Date(2027, 0, 1))).toEqual({ policyId: 'hunan-2025', reviewYear: 2025 });
  });
});
