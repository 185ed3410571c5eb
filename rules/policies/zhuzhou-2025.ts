// 株人社函〔2025〕8号 株洲市人力资源和社会保障局关于做好2025年专业技术人员继续教育有关工作的通知.
// Its 附件1 继续教育学时折算细则 is the province's text word for word (see text-2025.ts).
import type { RuleSetInput } from '../ruleset';
import { conversions2025, evidence2025, evidenceByKind2025, nationalBases2025, portalUpload, themes2025 } from './text-2025';

const doc = '株人社函〔2025〕8号';

const spanSentence =
  '2025年度参评高级职称继续教育学时核认跨度为2020~2024年(博士参评副高按相关规定执行)，参评中级职称继续教育学时核认跨度为2021~2024年(硕士评任中级职称继续教育学时(分)认定跨度为2022~2024年)。中小学教师评审(聘)时，参照执行。';

export const zhuzhou2025: RuleSetInput = {
  id: 'zhuzhou-2025',
  name: '株洲市 2025 年度',
  title: '株洲市人力资源和社会保障局关于做好2025年专业技术人员继续教育有关工作的通知',
  docNumber: doc,
  issuer: '株洲市人力资源和社会保障局',
  // issuedOn: the extracted text carries no date line.
  reviewYear: 2025,
  conversionSection: `${doc} 附件1 二`,
  evidenceSection: `${doc} 附件1 一`,
  // 一.(二) 「专业技术人员参加继续教育的时间，每年累计不少于90学时(分)，其中，公需科目学习不少于30学时，专业科目学习不少于60学时。」
  minima: {
    citation: `${doc} 一.(二)`,
    quote: '专业技术人员参加继续教育的时间，每年累计不少于90学时(分)，其中，公需科目学习不少于30学时，专业科目学习不少于60学时。',
    total: 90,
    public: 30,
    professional: 60,
  },
  themes: {
    citation: `${doc} 一.(一)`,
    quote:
      '2025年度公需科目主题为“紧紧围绕推进中国式现代化进一步全面深化改革”“人工智能大模型技术及应用”“加强应急处突能力建设”（可选择一个或多个学习）。',
    year: 2025,
    themes: themes2025,
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
  conversions: conversions2025(`${doc} 附件1`),
  evidence: evidence2025(`${doc} 附件1`),
  evidenceByKind: evidenceByKind2025(`${doc} 附件1`),
  // 三.(三) 「专业技术人员以前年度已进行学时核认并开具《学时认定单》(《合格证明》)的，以前的《学时认定单》(《合格证明》)可作为相应年度继续教育学习的佐证材料。」
  priorCertificates: {
    citation: `${doc} 三.(三)`,
    quote: '专业技术人员以前年度已进行学时核认并开具《学时认定单》(《合格证明》)的，以前的《学时认定单》(《合格证明》)可作为相应年度继续教育学习的佐证材料。',
    materials: ['学时认定单', '合格证明'],
  },
  upload: portalUpload,
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
  bases: [
    {
      citation: `${doc} 三.(一)`,
      quote: '专业技术人员参加国家级、省级、市级继续教育基地组织的培训所取得的学时全市范围内认可。',
      kind: 'national-base',
      rule: '参加国家级继续教育基地组织的培训，学时全市认可（国家级基地名单见湘人社办函〔2025〕37号附件1）。',
      list: nationalBases2025,
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '专业技术人员参加国家级、省级、市级继续教育基地组织的培训所取得的学时全市范围内认可。',
      kind: 'provincial-base',
      rule: '参加省级继续教育基地组织的培训，学时全市认可。',
      list: [],
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '专业技术人员参加国家级、省级、市级继续教育基地组织的培训所取得的学时全市范围内认可。',
      kind: 'city-base',
      rule: '参加市级继续教育基地组织的培训，学时全市认可。',
      list: [],
    },
    {
      citation: `${doc} 三.(二)`,
      quote: '在湖南省事业单位工作人员培训监督服务平台进行的培训可直接认定为专业技术人员继续教育学时。',
      kind: 'public-institution-platform',
      rule: '在湖南省事业单位工作人员培训监督服务平台的培训可直接认定为继续教育学时（与事业单位工作人员培训互认）。',
      list: [{ name: '湖南省事业单位工作人员培训监督服务平台' }],
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '鼓励用人单位自行开展线下继续教育培训，可结合行业（单位）特点自主选题，专业科目报市人力资源和社会保障局专业技术人员管理科备案，培训结果直接认定为当年度继续教育学时。',
      kind: 'employer-training',
      rule: '用人单位自行组织的线下培训（专业科目报市人社局专技科备案），可直接认定为当年度学时。',
      list: [],
    },
  ],
};
