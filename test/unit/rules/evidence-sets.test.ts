// Evidence sets, not file counts: each kind of activity needs one complete set of the materials its clause names.
import { describe, expect, it } from 'vitest';
import { checkEvidenceSets, evidenceSetsFor, getPolicy, guessMaterials, type EvidenceSets, type MaterialTag } from '../../../rules';
import { RuleSet } from '../../../rules/ruleset';
import { ruleSetSources } from '../../../rules/policies';

const files = (...names: string[]) => names.map((name) => ({ name, materials: guessMaterials(name) }));
function sets(policyId: string, target: Parameters<typeof evidenceSetsFor>[1]) {
  const found = evidenceSetsFor(policyId, target) as EvidenceSets;
  if (!found || found.silent) throw new Error('expected sets');
  return found;
}
const KINDS = ['training', 'online-course', 'research-project', 'book', 'paper', 'patent', 'award', 'aid-assignment', 'expert-service', 'degree-course', 'qualification-exam', 'digital-skills-exam', 'computer-exam', 'overseas-exchange', 'skills-competition'] as const;

describe('湘人社办函〔2025〕37号 附件2 一.1 培训班: 通知 + 课程表 + 签到表, or 通知 + 结业证书', () => {
  const training = sets('hunan-2025', { kind: 'training', form: '培训班', name: '建筑安全培训' });
  it('cites the clause and names both sets in the text’s words', () => {
    expect(training.citation).toBe('湘人社办函〔2025〕37号 附件2 一.1');
    expect(training.sets.map((s) => s.map((m) => m.text))).toEqual([
      ['培训通知', '培训课程表（或培训日程安排）', '培训签到表或其他签到形式'],
      ['培训通知（或培训签到表、培训课程表、培训日程安排之一）', '结业证书'],
    ]);
  });
  it('a notice, a timetable and a sign-in sheet complete the first set', () => {
    const check = checkEvidenceSets(training.sets, files('培训通知.pdf', '课程表.jpg', '签到表.png'));
    expect(check.complete).toBe(true);
    expect(check.sets[0].complete).toBe(true);
    expect(check.best).toBe(0);
  });
  it('a schedule stands in for the timetable (「培训课程表（或培训日程安排）」)', () => {
    expect(checkEvidenceSets(training.sets, files('培训通知.pdf', '日程安排.pdf', '签到表.png')).sets[0].complete).toBe(true);
  });
  it('a sign-in sheet and a completion certificate complete the second set', () => {
    const check = checkEvidenceSets(training.sets, files('签到表.png', '结业证书.pdf'));
    expect(check.complete).toBe(true);
    expect(check.sets[1].complete).toBe(true);
  });
  it('one file is not a set: the notice alone still lacks the 结业证书 (the nearest set)', () => {
    const check = checkEvidenceSets(training.sets, files('培训通知.pdf'));
    expect(check.complete).toBe(false);
    expect(check.best).toBe(1);
    expect(check.sets[1].missing).toEqual(['结业证书']);
    expect(check.sets[0].missing).toEqual(['培训课程表（或培训日程安排）', '培训签到表或其他签到形式']);
  });
  it('a file the user tagged otherwise counts as what the user says', () => {
    const check = checkEvidenceSets(training.sets, [{ name: 'scan001.pdf', materials: ['notice'] }, { name: 'scan002.pdf', materials: ['completion-certificate'] }]);
    expect(check.complete).toBe(true);
  });
});

describe('一.6 论文: 刊物封面 + 刊号 + 目录 (a foreign journal also 检索材料, 操作指南 第7步)', () => {
  it('湘人社办函〔2025〕37号 附件2 一.6: cover and contents without the 刊号 are incomplete', () => {
    const paper = sets('hunan-2025', { kind: 'paper', form: '论文著作', name: '桥梁检测方法' });
    expect(paper.citation).toBe('湘人社办函〔2025〕37号 附件2 一.6');
    const check = checkEvidenceSets(paper.sets, files('期刊封面.jpg', '目录.jpg'));
    expect(check.complete).toBe(false);
    expect(check.sets[0].missing).toEqual(['刊号']);
    expect(checkEvidenceSets(paper.sets, files('期刊封面.jpg', '目录.jpg', '刊号页.jpg')).complete).toBe(true);
  });
  it('a paper in an SCI journal needs 检索材料 too, cited to the guide', () => {
    const paper = sets('zhuzhou-2025', { kind: 'paper', form: '论文著作', name: 'SCI 论文：Bridge monitoring' });
    expect(paper.citation).toBe('株人社函〔2025〕8号 附件1 一.6');
    expect(paper.extra).toEqual({ text: '检索材料', citation: '继续教育学时网上核认操作指南（个人版）第7步 申报材料上传' });
    const check = checkEvidenceSets(paper.sets, files('封面.jpg', '刊号.jpg', '目录.jpg'));
    expect(check.sets[0].missing).toEqual(['检索材料']);
    expect(checkEvidenceSets(paper.sets, files('封面及目录.pdf', '刊号.jpg', 'SCI检索报告.pdf')).complete).toBe(true);
  });
  it('a book (一.6) needs its cover, copyright page and contents: the kind wins over a form text naming 论文著作', () => {
    const book = sets('hunan-2025', { kind: 'book', form: '论文著作' });
    expect(book.formId).toBe('book');
    expect(checkEvidenceSets(book.sets, files('封面.jpg', '目录.jpg')).sets[0].missing).toEqual(['版权页']);
  });
});

describe('潭人社函〔2022〕18号 附件1 一.3 远程教育: 课程内容安排 + 课程完成进度, or 课程时长 + 结业证书', () => {
  it('Xiangtan accepts the course plan and progress record; the 2025 texts (一.3) do not', () => {
    const xt = sets('xiangtan-2022', { form: '远程教育' });
    expect(xt.citation).toBe('潭人社函〔2022〕18号 附件1 一.3');
    const planAndProgress = files('课程内容安排.pdf', '学习进度.png');
    expect(checkEvidenceSets(xt.sets, planAndProgress).complete).toBe(true);
    const hn = sets('hunan-2025', { form: '远程教育' });
    expect(hn.citation).toBe('湘人社办函〔2025〕37号 附件2 一.3');
    const check = checkEvidenceSets(hn.sets, planAndProgress);
    expect(check.complete).toBe(false);
    expect(check.sets[0].missing).toEqual(['结业证书']);
  });
});

describe('one set per kind per rule set; where a text is silent it says so', () => {
  it.each(['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022'])('%s: every kind of activity maps to a list item of its own text, or to a note', (policyId) => {
    for (const kind of KINDS) {
      const found = evidenceSetsFor(policyId, { kind });
      expect(found, kind).toBeDefined();
      if (found!.silent) expect(found!.note, kind).toMatch(/未列出/);
      else expect(found!.sets.length, kind).toBeGreaterThan(0);
    }
  });
  it('2025: no material for the computer exam or skills competitions; 专家服务基层 is 一.9', () => {
    expect(evidenceSetsFor('hunan-2025', { kind: 'computer-exam' })).toMatchObject({ silent: true, citation: '湘人社办函〔2025〕37号 附件2 一' });
    expect(evidenceSetsFor('zhuzhou-2025', { kind: 'skills-competition' })).toMatchObject({ silent: true });
    expect(sets('hunan-2025', { kind: 'expert-service' })).toMatchObject({ citation: '湘人社办函〔2025〕37号 附件2 一.9' });
  });
  it('潭人社函〔2022〕18号 附件1 一.10 names 三援 but not 专家服务基层; 一.9 the computer exam', () => {
    expect(sets('xiangtan-2022', { kind: 'aid-assignment' }).citation).toBe('潭人社函〔2022〕18号 附件1 一.10');
    expect(evidenceSetsFor('xiangtan-2022', { kind: 'expert-service' })).toMatchObject({ silent: true });
    expect(sets('xiangtan-2022', { kind: 'computer-exam' }).citation).toBe('潭人社函〔2022〕18号 附件1 一.9');
  });
  it('a patent (一.7) needs its certificate: a file named just 证书 is read as the 专利证书 there', () => {
    const patent = sets('hunan-2025', { kind: 'patent' });
    const wanted = patent.sets.flat().flatMap((m) => m.anyOf);
    expect(checkEvidenceSets(patent.sets, [{ name: '证书.pdf', materials: guessMaterials('证书.pdf', wanted) }]).complete).toBe(true);
  });
  it('an activity whose form names no item of the list has no set (undefined), rather than a guess', () => {
    expect(evidenceSetsFor('hunan-2025', { form: '其他' })).toBeUndefined();
  });
  it('a rule set whose material tags do not match its material texts one to one fails the schema', () => {
    const source = structuredClone(ruleSetSources[0]) as unknown as { evidence: { materials: MaterialTag[][][] }[] };
    source.evidence[0].materials = [[['invitation']]];
    expect(RuleSet.safeParse(source).success).toBe(false);
    expect(RuleSet.safeParse(ruleSetSources[0]).success).toBe(true);
    expect(getPolicy('hunan-2025')?.evidence.every((f) => f.materials.length === f.alternatives.length)).toBe(true);
  });
});

describe('guessMaterials: what a file is, from its name', () => {
  it.each([
    ['2023年培训通知.pdf', ['notice']],
    ['签到表（第一天）.jpg', ['sign-in']],
    ['课程表.docx', ['timetable']],
    ['结业证书.pdf', ['completion-certificate']],
    ['期刊封面.jpg', ['cover']],
    ['封面及目录.pdf', ['cover', 'contents']],
    ['单位派出通知.pdf', ['dispatch-notice']],
    ['邮件回执.png', ['other-proof']],
    ['学历证书.jpg', ['education']],
    ['委托审批函.pdf', ['entrustment']],
    ['IMG_2041.jpg', []],
  ] as const)('%s → %j', (name, tags) => {
    expect(guessMaterials(name)).toEqual(tags);
  });
});
