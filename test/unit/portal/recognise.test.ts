import { describe, expect, it } from 'vitest';
import { diagnose, judgeScope, recognise, recogniseScope, screens, THRESHOLD } from '../../../utils/portal/recognise';
import { scanDocument, topScope } from '../../../utils/portal/scan';
import { SCREEN_IDS } from '../../../utils/portal/screens';

import { load, screenFixtures as fixtures } from './fixtures';

describe('screen recognition (every fixture against every screen)', () => {
  it('has a screen spec and at least one fixture for every screen', () => {
    for (const screen of SCREEN_IDS) {
      const p = screens.find((x) => x.screen === screen);
      expect(p, `no screen spec for ${screen}`).toBeDefined();
      expect(p!.examples.length, `no example fixture for ${screen}`).toBeGreaterThan(0);
      for (const ex of p!.examples) expect(fixtures, `fixture ${ex}.html missing`).toContain(ex);
    }
  });

  for (const name of fixtures) {
    const own = screens.find((p) => p.examples.includes(name));
    it(`${name} is recognised as ${own?.screen ?? '未识别'} and passes no other screen`, () => {
      const doc = load(name);
      const top = topScope(scanDocument(doc))!;
      const { scores } = judgeScope(top);
      for (const s of scores) {
        const passes = !s.veto && s.score >= THRESHOLD;
        if (s.screen === own?.screen) expect(passes, `fixture ${name} does not pass its own screen ${s.screen} (score ${s.score.toFixed(2)}, missing ${s.missing.join('、')}, veto ${s.veto})`).toBe(true);
        else expect(passes, `fixture ${name} also passes screen ${s.screen} (score ${s.score.toFixed(2)})`).toBe(false);
      }
      expect(recognise(doc)?.screen ?? null).toBe(own?.screen ?? null);
    });
  }

  it('tells variant B from variant A', () => {
    expect(recognise(load('applicant-form-b'))?.variant).toBe('B');
    expect(recognise(load('applicant-form-a'))?.variant).toBe('A');
    expect(recognise(load('applicant-list-b'))?.variant).toBe('B');
    expect(recognise(load('evidence-upload-b'))?.variant).toBe('B');
    expect(recognise(load('evidence-upload-a'))?.variant).toBe('A');
    for (const sfx of ['', '-alt']) {
      expect(recognise(load(`replica-applicant-form-b${sfx}`))?.variant).toBe('B');
      expect(recognise(load(`replica-applicant-list-b${sfx}`))?.variant).toBe('B');
      expect(recognise(load(`replica-evidence-upload-b${sfx}`))?.variant).toBe('B');
      expect(recognise(load(`replica-applicant-form-a${sfx}`))?.variant).toBe('A');
      expect(recognise(load(`replica-evidence-upload-a${sfx}`))?.variant).toBe('A');
    }
  });

  it('goes back to the page underneath when a dialog closes', () => {
    const doc = load('year-detail');
    expect(recognise(doc)?.screen).toBe('year-detail');
    const dialog = doc.querySelector('[role="dialog"][aria-label="申报年度明细信息"]')!;
    (dialog.parentElement as HTMLElement).style.display = 'none';
    expect(recognise(doc)?.screen).toBe('applicant-form');
  });

  it('shows 未识别 with the reason for a screen that only half matches', () => {
    const doc = load('year-form');
    // The dialog's fields have not rendered yet: title only.
    doc.querySelector('[aria-label="新增申报年度明细信息"] form')!.remove();
    const top = topScope(scanDocument(doc))!;
    expect(recogniseScope(top)).toBeNull();
    const d = diagnose(doc);
    expect(d.recognition).toBeNull();
    expect(d.reason).toMatch(/年度明细/);
  });

  it('ignores tab panes hidden by the page', () => {
    const doc = load('applicant-list-a');
    (doc.querySelector('main') as HTMLElement).style.display = 'none';
    expect(recognise(doc)).toBeNull();
  });
});

describe('diagnose with the page on top (no dialog shown): the quick answer is the full scan’s', () => {
  // The full path as it was before the quick one (issue 15): scan everything, judge the top scope — the page here.
  const fullPath = (doc: Document) => {
    const top = topScope(scanDocument(doc))!;
    expect(top.kind).toBe('page');
    const v = judgeScope(top);
    return v.recognised ? { screen: v.recognised.screen, variant: v.recognised.variant } : { reason: v.reason, why: v.why };
  };
  const quick = (doc: Document) => {
    const d = diagnose(doc);
    return d.recognition ? { screen: d.recognition.screen, variant: d.recognition.variant } : { reason: d.reason, why: d.why };
  };
  let halfMatched = 0;
  it('gives the same screen, or the same reason for none, on every fixture without its dialogs, whole and with half its labels and headers gone', () => {
    for (const name of fixtures) {
      const doc = load(name);
      for (const d of Array.from(doc.querySelectorAll('[role="dialog"], [role="alertdialog"]'))) d.remove();
      expect(quick(doc), name).toEqual(fullPath(doc));
      Array.from(doc.querySelectorAll('label, th, button')).forEach((e, i) => i % 2 && e.remove());
      const half = fullPath(doc);
      if ('reason' in half && half.reason) halfMatched++;
      expect(quick(doc), `${name} (half)`).toEqual(half);
    }
    expect(halfMatched).toBeGreaterThan(0); // some page half matches a screen: its reason is what the quick path gives
  });
});
