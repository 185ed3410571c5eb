import { describe, expect, it } from 'vitest';
import { evidenceFormFor, evidenceRequirements, getPolicy, type RuleSet } from '../../../rules';

describe('evidenceRequirements', () => {
  it('a training course needs one of two sets (附件2 一.1)', () => {
    expect(evidenceRequirements('hunan-2025', '培训班')).toEqual([
      ['培训通知', '培训课程表（或培训日程安排）', '培训签到表或其他签到形式'],
      ['培训通知（或培训签到表、培训课程表、培训日程安排之一）', '结业证书'],
    ]);
    expect(evidenceFormFor('hunan-2025', '培训班')?.citation).toBe('湘人社办函〔2025〕37号 附件2 一.1');
  });

  it('an online course needs its duration and certificate; Xiangtan also accepts plan + progress', () => {
    expect(evidenceRequirements('zhuzhou-2025', '远程教育')).toEqual([['课程时长（或课程内容）', '结业证书']]);
    expect(evidenceRequirements('xiangtan-2022', '远程教育')).toEqual([
      ['课程内容安排', '课程完成进度'],
      ['课程时长（或课程内容）', '结业证书'],
    ]);
    expect(evidenceFormFor('xiangtan-2022', '网络培训')?.citation).toBe('潭人社函〔2022〕18号 附件1 一.3');
  });

  it.each([
    ['学术会议', 'conference', '一.4'],
    ['研讨会', 'conference', '一.4'],
    ['实践活动', 'practice', '一.2'],
    ['课题研究', 'research-project', '一.5'],
    ['出版专著', 'book', '一.6'],
    ['论文', 'paper', '一.6'],
    ['发明专利', 'patent', '一.7'],
    ['省科技进步奖', 'award', '一.8'],
    ['援疆', 'special-task', '一.9'],
    ['专家服务基层', 'special-task', '一.9'],
    ['学历教育', 'degree-course', '一.10'],
    ['职业资格考试', 'qualification-exam', '一.10'],
    ['数字技术应用能力水平考试', 'digital-skills-exam', '一.10'],
    ['海外交流', 'overseas-exchange', '一.11'],
  ])('“%s” is the %s form of 湘人社办函〔2025〕37号 附件2 %s', (text, id, clause) => {
    const form = evidenceFormFor('hunan-2025', text);
    expect(form?.id).toBe(id);
    expect(form?.citation).toBe(`湘人社办函〔2025〕37号 附件2 ${clause}`);
  });

  it('Xiangtan numbers its forms differently and has the computer exam (一.9)', () => {
    expect(evidenceFormFor('xiangtan-2022', '计算机应用能力考试')).toMatchObject({ id: 'computer-exam', citation: '潭人社函〔2022〕18号 附件1 一.9' });
    expect(evidenceFormFor('xiangtan-2022', '东西部扶贫协作')).toMatchObject({ id: 'special-task', citation: '潭人社函〔2022〕18号 附件1 一.10' });
    expect(evidenceFormFor('xiangtan-2022', '海外交换')?.citation).toBe('潭人社函〔2022〕18号 附件1 一.12');
    expect(evidenceFormFor('hunan-2025', '计算机应用能力考试')).toBeUndefined();
  });

  it('a paper in a foreign journal also needs the indexing record', () => {
    expect(evidenceRequirements('hunan-2025', '国外期刊论文（SCI）')).toEqual([['刊物封面', '刊号', '含论文标题和作者姓名的目录复印件', '检索材料']]);
  });

  it('an earlier 学时认定单 is evidence in itself', () => {
    expect(evidenceRequirements('hunan-2025', '学时认定单')).toEqual([['《学时认定单》']]);
    expect(evidenceFormFor('zhuzhou-2025', '合格证明')?.citation).toBe('株人社函〔2025〕8号 三.(三)');
  });

  it('says nothing for a form it does not know', () => {
    expect(evidenceRequirements('hunan-2025', '其他')).toBeUndefined();
    expect(evidenceRequirements('hunan-2025', '   ')).toBeUndefined();
    expect(evidenceRequirements('hunan-2025', undefined as never)).toBeUndefined();
  });
});

describe('every evidence form is found by its own name', () => {
  it.each(['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022'])('%s: each form’s label leads back to that form, with at least one set of materials', (policyId) => {
    const policy = getPolicy(policyId) as RuleSet;
    for (const form of policy.evidence) {
      expect(evidenceFormFor(policyId, form.label)?.id, form.label).toBe(form.id);
      expect(form.alternatives.length).toBeGreaterThan(0);
    }
  });
});
