// 湘人社办函〔2025〕37号 湖南省人力资源和社会保障厅办公室关于做好2025年专业技术人员继续教育有关工作的通知 (2025-05-03).
import type { RuleSetInput } from '../ruleset';
import { doc, hunan2025Core } from './hunan-2025-core';
import { conversions2025, evidence2025, evidenceByKind2025, nationalBases2025, portalUpload, themes2025 } from './text-2025';

export const hunan2025: RuleSetInput = {
  ...hunan2025Core,
  title: '湖南省人力资源和社会保障厅办公室关于做好2025年专业技术人员继续教育有关工作的通知',
  issuer: '湖南省人力资源和社会保障厅办公室',
  issuedOn: '2025-05-03',
  conversionSection: `${doc} 附件2 二`,
  // 一.(一) 「2025年度公需科目主题为……（可选择一个或多个学习）。」
  themes: {
    citation: `${doc} 一.(一)`,
    quote:
      '2025年度公需科目主题为“紧紧围绕推进中国式现代化进一步全面深化改革”“人工智能大模型技术及应用”“加强应急处突能力建设”（可选择一个或多个学习）。',
    year: 2025,
    themes: themes2025,
  },
  conversions: conversions2025(`${doc} 附件2`),
  evidence: evidence2025(`${doc} 附件2`),
  evidenceByKind: evidenceByKind2025(`${doc} 附件2`),
  upload: portalUpload,
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
