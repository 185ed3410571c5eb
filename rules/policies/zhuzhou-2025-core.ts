// 株人社函〔2025〕8号 株洲市人力资源和社会保障局关于做好2025年专业技术人员继续教育有关工作的通知.
// The part of it the popup's first frame reads (issue 15): the document, minima, spans, filing windows and 学时认定单
// materials — the numbers with their clauses, without the conversion and evidence texts (zhuzhou-2025.ts adds those).
import type { RuleSetInput } from '../ruleset';
import type { PolicyCoreKey } from '../policy-core';

export const doc = '株人社函〔2025〕8号';
const spanSentence =
  '2025年度参评高级职称继续教育学时核认跨度为2020~2024年(博士参评副高按相关规定执行)，参评中级职称继续教育学时核认跨度为2021~2024年(硕士评任中级职称继续教育学时(分)认定跨度为2022~2024年)。中小学教师评审(聘)时，参照执行。';

export const zhuzhou2025Core: Pick<RuleSetInput, PolicyCoreKey> = {
  id: 'zhuzhou-2025',
  name: '株洲市 2025 年度',
  docNumber: doc,
  // issuedOn: the extracted text carries no date line.
  reviewYear: 2025,
  evidenceSection: `${doc} 附件1 一`,
  // 一.(二) 「专业技术人员参加继续教育的时间，每年累计不少于90学时(分)，其中，公需科目学习不少于30学时，专业科目学习不少于60学时。」
  minima: {
    citation: `${doc} 一.(二)`,
    quote: '专业技术人员参加继续教育的时间，每年累计不少于90学时(分)，其中，公需科目学习不少于30学时，专业科目学习不少于60学时。',
    total: 90,
    public: 30,
    professional: 60,
  },
  // 二 「2025年度参评高级职称继续教育学时核认跨度为2020~2024年(博士参评副高按相关规定执行)，参评中级职称继续教育学时核认跨度为
  // 2021~2024年(硕士评任中级职称继续教育学时(分)认定跨度为2022~2024年)。」 First match wins: the master's rule comes first.
  spans: [
    { citation: `${doc} 二`, quote: spanSentence, titleLevels: ['senior', 'full-senior'], from: 2020, to: 2024, mode: 'online' },
    {
      citation: `${doc} 二`,
      quote: spanSentence,
      titleLevels: ['intermediate'],
      degrees: ['master'],
      from: 2022,
      to: 2024,
      mode: 'offline',
    },
    { citation: `${doc} 二`, quote: spanSentence, titleLevels: ['intermediate'], from: 2021, to: 2024, mode: 'offline' },
  ],
  spansUndefined: [
    {
      citation: `${doc} 二`,
      quote: '(博士参评副高按相关规定执行)',
      titleLevels: ['senior'],
      degrees: ['doctor'],
      reason: '株洲通知对博士参评副高级职称只写“按相关规定执行”，没有给出核认跨度，请按评委会的规定自行设置需要核认的年度。',
    },
  ],
  // 三.(三) 「专业技术人员以前年度已进行学时核认并开具《学时认定单》(《合格证明》)的，以前的《学时认定单》(《合格证明》)可作为相应年度继续教育学习的佐证材料。」
  priorCertificates: {
    citation: `${doc} 三.(三)`,
    quote: '专业技术人员以前年度已进行学时核认并开具《学时认定单》(《合格证明》)的，以前的《学时认定单》(《合格证明》)可作为相应年度继续教育学习的佐证材料。',
    materials: ['学时认定单', '合格证明'],
  },
  filingWindows: [
    // 二 「专业技术人员参评中级职称，仍按往年方式采取线下核认，由各级人力资源社会保障部门开具《合格证明》，集中办理期限为5月26日至7月20日。」
    {
      citation: `${doc} 二`,
      quote: '专业技术人员参评中级职称，仍按往年方式采取线下核认，由各级人力资源社会保障部门开具《合格证明》，集中办理期限为5月26日至7月20日。',
      titleLevels: ['intermediate'],
      mode: 'offline',
      from: '05-26',
      to: '07-20',
    },
    // Senior titles are checked online (「参评高级职称继续教育学时核认使用网上核认系统」): the province's window applies.
    {
      citation: '湘人社办函〔2025〕37号 二',
      quote: '全省专业技术人员参评高级职称继续教育学时核认使用网上核认系统，申报核认期限为5月20日至7月20日。',
      titleLevels: ['senior', 'full-senior'],
      mode: 'online',
      from: '05-20',
      to: '07-20',
    },
  ],
};
