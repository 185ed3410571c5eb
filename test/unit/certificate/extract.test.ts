import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  daysInRange,
  findDates,
  LOW_CONFIDENCE,
  normaliseText,
  readCertificate,
  readHours,
  readIssuer,
  readName,
} from '../../../utils/certificate/extract';

describe('dates on certificates', () => {
  const cases: [string, string, string | undefined][] = [
    ['培训时间：2024年5月6日', '2024-05-06', undefined],
    ['2024.5.6', '2024-05-06', undefined],
    ['2024-05-06', '2024-05-06', undefined],
    ['2024/5/6', '2024-05-06', undefined],
    ['二〇二四年五月六日', '2024-05-06', undefined],
    ['2024年5月6日至8日', '2024-05-06', '2024-05-08'],
    ['2024年5月30日至6月2日', '2024-05-30', '2024-06-02'],
    ['2023年12月30日至2024年1月2日', '2023-12-30', '2024-01-02'],
    ['2025.03.01—2025.03.20', '2025-03-01', '2025-03-20'],
    ['2025.03.01 一 2025.03.20', '2025-03-01', '2025-03-20'], // OCR reads the dash as 一
  ];
  for (const [text, start, end] of cases) {
    it(`reads “${text}” as ${start}${end ? ` to ${end}` : ''}`, () => {
      const [d] = findDates(normaliseText(text));
      expect(d?.start).toBe(start);
      expect(d?.end).toBe(end);
    });
  }

  it('ignores dates that do not exist (2023年2月30日) and ranges that end before they start', () => {
    expect(findDates('2023年2月30日')).toEqual([]);
    expect(findDates('2024年5月8日至6日')[0].end).toBeUndefined();
  });

  it('counts the days of a range, both ends included', () => {
    expect(daysInRange({ start: '2024-05-06', end: '2024-05-08' })).toBe(3);
    expect(daysInRange({ start: '2024-02-28', end: '2024-03-01' })).toBe(3); // 2024 is a leap year
  });
});

describe('hours and days', () => {
  it('takes 学时, 课时 and 小时 with their unit; a labelled figure wins', () => {
    expect(readHours('获得24学时')).toMatchObject({ hours: { value: 24 }, unit: '学时' });
    expect(readHours('培训学时：共16课时')).toMatchObject({ hours: { value: 16 }, unit: '课时' });
    expect(readHours('学习时长 12.5 小时')).toMatchObject({ hours: { value: 12.5 }, unit: '小时' });
    expect(readHours('每天6学时，共计十二学时').hours.value).toBe(12);
    expect(readHours('继续教育学时证明').hours.value).toBeUndefined();
  });

  it('reads days written in digits or Chinese, half days included', () => {
    expect(readCertificate('参加培训，共计3天').days.value).toBe(3);
    expect(readCertificate('参加培训，为期两天半').days.value).toBe(2.5);
    expect(readCertificate('参加研讨会，会期1.5天').days.value).toBe(1.5);
    expect(readCertificate('参加培训半天').days.value).toBe(0.5);
  });

  it('counts days from a date range when none are stated, with a low confidence', () => {
    const r = readCertificate('于2024年5月6日至8日参加培训');
    expect(r.days.value).toBe(3);
    expect(r.days.confidence).toBeLessThan(LOW_CONFIDENCE);
  });

  it('does not read days when the certificate states hours (the hours count as written)', () => {
    const r = readCertificate('2024年5月6日至8日参加培训，共计3天，获得24学时');
    expect(r.hours.value).toBe(24);
    expect(r.days.value).toBeUndefined();
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumber('三'), chineseNumber('十二'), chineseNumber('二十'), chineseNumber('两'), chineseNumber('三十五')]).toEqual([3, 12, 20, 2, 35]);
  });
});

describe('names and issuers', () => {
  it('takes the name after 课程名称 / 培训项目 / 论文题目, quotes removed', () => {
    expect(readName('课程名称：人工智能大模型技术及应用').value).toBe('人工智能大模型技术及应用');
    expect(readName('培训项目：应急管理能力提升研修班\n培训时间：2023年').value).toBe('应急管理能力提升研修班');
    expect(readName('论文题目：《基于深度学习的裂缝识别》').value).toBe('基于深度学习的裂缝识别');
  });

  it('takes the name in 《》 but not the journal a paper was published in', () => {
    expect(readName('参加《建筑工程质量安全管理专题培训班》学习').value).toBe('建筑工程质量安全管理专题培训班');
    expect(readName('该文发表于《湖南交通科技》2022年第3期，题为《桥梁裂缝识别》').value).toBe('桥梁裂缝识别');
  });

  it('finds the issuer after a label, else in the signature block', () => {
    expect(readIssuer('主办单位：湖南省医学会\n特此证明。').value).toBe('湖南省医学会');
    expect(readIssuer('特发此证。\n湖南省建设教育协会（盖章）\n2024年5月8日').value).toBe('湖南省建设教育协会');
  });
});

describe('a whole certificate', () => {
  it('reads a patent: kind, grant year, type and the person’s place among the inventors', () => {
    const r = readCertificate('实用新型专利证书\n实用新型名称：一种折叠梯\n发明人：甲某；乙某；丙某\n专利申请日：2021年3月2日\n授权公告日：2022年8月15日\n国家知识产权局', { personName: '丙某' });
    expect(r.kind.value).toBe('patent');
    expect(r.patentType.value).toBe('utility');
    expect(r.year.value).toBe(2022);
    expect(r.rank.value).toBe(3);
    expect(r.name.value).toBe('一种折叠梯');
    expect(r.issuer.value).toBe('国家知识产权局');
  });

  it('reads an award: level, grade, rank and the award year (年度), not the issue date', () => {
    const r = readCertificate('荣誉证书\n你参与完成的《某技术研究》项目荣获2021年度湖南省科学技术进步奖三等奖（排名第二）。\n湖南省人民政府\n二〇二二年三月');
    expect(r.kind.value).toBe('award');
    expect([r.level.value, r.grade.value, r.rank.value, r.year.value]).toEqual(['provincial', 3, 2, 2021]);
  });

  it('reads a city-level award as municipal', () => {
    const r = readCertificate('获奖证书\n荣获2023年度长沙市科学技术进步奖一等奖\n长沙市人民政府');
    expect([r.level.value, r.grade.value]).toEqual(['municipal', 1]);
  });

  it('reads a paper’s author role and its issue year', () => {
    const r = readCertificate('论文题目：某方法研究\n作者：某甲（通讯作者）\n刊号：CN 43-0000/U\n发表时间：2022年第3期');
    expect([r.kind.value, r.paperRole.value, r.year.value]).toEqual(['paper', 'corresponding', 2022]);
  });

  it('tells online courses (公需) from trainings', () => {
    const online = readCertificate('学员通过网络学习平台完成公需科目《数字化应用》的学习，获得12学时。2023年5月1日');
    expect([online.kind.value, online.category.value, online.form.value]).toEqual(['online-course', 'public', '远程教育']);
    const training = readCertificate('参加专业科目培训班，共2天。2023年5月1日');
    expect([training.kind.value, training.category.value, training.form.value]).toEqual(['training', 'professional', '培训班']);
  });

  it('undoes OCR spacing and slips: spaces between Chinese characters, O for 0, ； for ：', () => {
    const r = readCertificate('培 训 项 目 ; 安 全 生 产 培 训 班\n培 训 时 间 : 2O23 年 10 月 16 日\n共 计 16 学 时');
    expect(r.name.value).toBe('安全生产培训班');
    expect(r.year.value).toBe(2023);
    expect(r.hours.value).toBe(16);
  });

  it('folds the Kangxi radicals some PDFs use (⽂ for 文, ⺠ for 民)', () => {
    expect(normaliseText('湖南省⼈⺠政府 ⽇')).toBe('湖南省人民政府日');
  });

  it('gives low confidence to every field of an unclear OCR text', () => {
    const r = readCertificate('课程名称：安全生产\n获得24学时\n2024年1月5日', { textConfidence: 0.4 });
    expect(r.name.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(r.hours.confidence).toBeLessThan(LOW_CONFIDENCE);
    const sure = readCertificate('课程名称：安全生产\n获得24学时\n2024年1月5日');
    expect(sure.name.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it('marks a name it could not find as missing, with no confidence', () => {
    const r = readCertificate('证明\n2024年1月5日');
    expect(r.name.value).toBeUndefined();
    expect(r.name.confidence).toBe(0);
  });
});
