// 湘人社办函〔2025〕37号 湖南省人力资源和社会保障厅办公室关于做好2025年专业技术人员继续教育有关工作的通知 (2025-05-03).
import type { RuleSetInput } from '../ruleset';
import { conversions2025, evidence2025, evidenceByKind2025, nationalBases2025, portalUpload, themes2025 } from './text-2025';

const doc = '湘人社办函〔2025〕37号';

export const hunan2025: RuleSetInput = {
  id: 'hunan-2025',
  name: '湖南省 2025 年度',
  title: '湖南省人力资源和社会保障厅办公室关于做好2025年专业技术人员继续教育有关工作的通知',
  docNumber: doc,
  issuer: '湖南省人力资源和社会保障厅办公室',
  issuedOn: '2025-05-03',
  reviewYear: 2025,
  conversionSection: `${doc} 附件2 二`,
  evidenceSection: `${doc} 附件2 一`,
  // 一.(二) 「专业技术人员参加继续教育的时间，每年累计不少于90学时（分），其中，公需科目学习不少于30学时，专业科目学习不少于60学时。」
  minima: {
    citation: `${doc} 一.(二)`,
    quote: '专业技术人员参加继续教育的时间，每年累计不少于90学时（分），其中，公需科目学习不少于30学时，专业科目学习不少于60学时。',
    total: 90,
    public: 30,
    professional: 60,
  },
  // 一.(一) 「2025年度公需科目主题为……（可选择一个或多个学习）。」
  themes: {
    citation: `${doc} 一.(一)`,
    quote:
      '2025年度公需科目主题为“紧紧围绕推进中国式现代化进一步全面深化改革”“人工智能大模型技术及应用”“加强应急处突能力建设”（可选择一个或多个学习）。',
    year: 2025,
    themes: themes2025,
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
  conversions: conversions2025(`${doc} 附件2`),
  evidence: evidence2025(`${doc} 附件2`),
  evidenceByKind: evidenceByKind2025(`${doc} 附件2`),
  // 三.(四) 「专业技术人员以前年度已进行学时核认并开具《学时认定单》的，此前的《学时认定单》可作为相应年度继续教育学习的佐证材料。」
  priorCertificates: {
    citation: `${doc} 三.(四)`,
    quote: '专业技术人员以前年度已进行学时核认并开具《学时认定单》的，此前的《学时认定单》可作为相应年度继续教育学习的佐证材料。',
    materials: ['学时认定单'],
  },
  upload: portalUpload,
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
  bases: [
    {
      citation: `${doc} 三.(二)、附件1`,
      quote: '专业技术人员参加国家级专业技术人员继续教育基地组织的培训所取得的学时全省范围内认可。',
      kind: 'national-base',
      rule: '参加国家级专业技术人员继续教育基地组织的培训，学时全省认可。',
      list: nationalBases2025,
    },
    {
      citation: `${doc} 三.(三)`,
      quote: '在湖南省事业单位工作人员培训监督服务平台进行的培训可直接认定为专业技术人员继续教育学时。',
      kind: 'public-institution-platform',
      rule: '在湖南省事业单位工作人员培训监督服务平台的培训可直接认定为继续教育学时（与事业单位工作人员培训互认）。',
      list: [{ name: '湖南省事业单位工作人员培训监督服务平台' }],
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '用人单位线下年度继续教育培训计划需报主管部门备案后组织实施，培训结果可直接认定为当年度继续教育学时。',
      kind: 'employer-training',
      rule: '用人单位自行组织、计划已报主管部门备案的线下培训，可直接认定为当年度学时。',
      list: [],
    },
  ],
};
