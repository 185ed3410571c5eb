// 潭人社函〔2022〕18号 湘潭市人力资源和社会保障局关于做好2022年专业技术人员继续教育有关工作的通知 (2022-04-15).
// The part of it the popup's first frame reads (issue 15): the document, minima, spans, filing windows and 学时认定单
// materials — the numbers with their clauses, without the conversion and evidence texts (xiangtan-2022.ts adds those).
import type { RuleSetInput } from '../ruleset';
import type { PolicyCoreKey } from '../policy-core';

export const doc = '潭人社函〔2022〕18号';
export const annex = `${doc} 附件1`;

export const xiangtan2022Core: Pick<RuleSetInput, PolicyCoreKey> = {
  id: 'xiangtan-2022',
  name: '湘潭市 2022 年度',
  docNumber: doc,
  reviewYear: 2022,
  evidenceSection: `${annex} 一`,
  // 一.(二) 「专技人员参加继续教育的时间，每年累计不少于 90 学时(分)，其中专业科目一般不少于总学时(分)的 2/3。」
  // No separate public minimum; 「一般」 makes the share a soft rule (a warning).
  minima: {
    citation: `${doc} 一.(二)`,
    quote: '专技人员参加继续教育的时间，每年累计不少于90学时(分)，其中专业科目一般不少于总学时(分)的2/3。',
    total: 90,
    professionalShare: { numerator: 2, denominator: 3 },
  },
  // 二 「2022 年度参评中级职称继续教育学时认定跨度为 2018—2021 年，参评高级职称认定跨度为 2017—2021 年(博士参评副高按相关规定执行)。」
  spans: [
    {
      citation: `${doc} 二`,
      quote: '2022年度参评中级职称继续教育学时认定跨度为2018—2021年，参评高级职称认定跨度为2017—2021年(博士参评副高按相关规定执行)。',
      titleLevels: ['senior', 'full-senior'],
      from: 2017,
      to: 2021,
      mode: 'offline',
    },
    {
      citation: `${doc} 二`,
      quote: '2022年度参评中级职称继续教育学时认定跨度为2018—2021年，参评高级职称认定跨度为2017—2021年(博士参评副高按相关规定执行)。',
      titleLevels: ['intermediate'],
      from: 2018,
      to: 2021,
      mode: 'offline',
    },
  ],
  spansUndefined: [
    {
      citation: `${doc} 二`,
      quote: '(博士参评副高按相关规定执行)',
      titleLevels: ['senior'],
      degrees: ['doctor'],
      reason: '湘潭通知对博士参评副高级职称只写“按相关规定执行”，没有给出认定跨度，请按评委会的规定自行设置需要核认的年度。',
    },
  ],
  // 三.(二) 「专技人员以前年度已进行学时认定并开具《学时认定单》的，本年度进行学时认定时只需提供以前的《学时认定单》和后续年度培训材料。」
  priorCertificates: {
    citation: `${doc} 三.(二)`,
    quote: '专技人员以前年度已进行学时认定并开具《学时认定单》的，本年度进行学时认定时只需提供以前的《学时认定单》和后续年度培训材料。',
    materials: ['学时认定单'],
  },
  filingWindows: [], // the 2022 notice sets no filing window
};
