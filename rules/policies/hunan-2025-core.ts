// 湘人社办函〔2025〕37号 湖南省人力资源和社会保障厅办公室关于做好2025年专业技术人员继续教育有关工作的通知 (2025-05-03).
// The part of it the popup's first frame reads (issue 15): the document, minima, spans, filing windows and 学时认定单
// materials — the numbers with their clauses, without the conversion and evidence texts (hunan-2025.ts adds those).
import type { RuleSetInput } from '../ruleset';
import type { PolicyCoreKey } from '../policy-core';

export const doc = '湘人社办函〔2025〕37号';

export const hunan2025Core: Pick<RuleSetInput, PolicyCoreKey> = {
  id: 'hunan-2025',
  name: '湖南省 2025 年度',
  docNumber: doc,
  reviewYear: 2025,
  evidenceSection: `${doc} 附件2 一`,
  // 一.(二) 「专业技术人员参加继续教育的时间，每年累计不少于90学时（分），其中，公需科目学习不少于30学时，专业科目学习不少于60学时。」
  minima: {
    citation: `${doc} 一.(二)`,
    quote: '专业技术人员参加继续教育的时间，每年累计不少于90学时（分），其中，公需科目学习不少于30学时，专业科目学习不少于60学时。',
    total: 90,
    public: 30,
    professional: 60,
  },
  // 二 「2025 年度参评高级职称继续教育学时核认跨度为 2020-2024 年（博士参评副高按相关规定执行）。」
  spans: [
    {
      citation: `${doc} 二`,
      quote: '2025年度参评高级职称继续教育学时核认跨度为2020-2024年（博士参评副高按相关规定执行）。',
      titleLevels: ['senior', 'full-senior'],
      from: 2020,
      to: 2024,
      mode: 'online',
    },
  ],
  spansUndefined: [
    {
      citation: `${doc} 二`,
      quote: '（博士参评副高按相关规定执行）',
      titleLevels: ['senior'],
      degrees: ['doctor'],
      reason: '省通知对博士参评副高级职称只写“按相关规定执行”，没有给出核认跨度，请按评委会的规定自行设置需要核认的年度。',
    },
    {
      citation: `${doc} 二.(二)`,
      quote: '市州参评职称专业技术人员的继续教育学时认定，由市州人力资源社会保障部门按相关规定组织实施。',
      titleLevels: ['intermediate'],
      reason: '省通知只规定了高级职称的核认跨度；中级职称由市州人社部门按相关规定办理，请选用所在市州的规则集（如株洲 2025）或自行设置年度。',
    },
  ],
  // 三.(四) 「专业技术人员以前年度已进行学时核认并开具《学时认定单》的，此前的《学时认定单》可作为相应年度继续教育学习的佐证材料。」
  priorCertificates: {
    citation: `${doc} 三.(四)`,
    quote: '专业技术人员以前年度已进行学时核认并开具《学时认定单》的，此前的《学时认定单》可作为相应年度继续教育学习的佐证材料。',
    materials: ['学时认定单'],
  },
  // 二 「全省专业技术人员参评高级职称继续教育学时核认使用网上核认系统，申报核认期限为 5 月 20 日至 7 月 20 日。」
  filingWindows: [
    {
      citation: `${doc} 二`,
      quote: '全省专业技术人员参评高级职称继续教育学时核认使用网上核认系统，申报核认期限为5月20日至7月20日。',
      titleLevels: ['senior', 'full-senior'],
      mode: 'online',
      from: '05-20',
      to: '07-20',
    },
  ],
};
