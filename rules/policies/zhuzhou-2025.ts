// 株人社函〔2025〕8号 株洲市人力资源和社会保障局关于做好2025年专业技术人员继续教育有关工作的通知.
// Its 附件1 继续教育学时折算细则 is the province's text word for word (see text-2025.ts).
import type { RuleSetInput } from '../ruleset';
import { doc, zhuzhou2025Core } from './zhuzhou-2025-core';
import { conversions2025, evidence2025, evidenceByKind2025, nationalBases2025, portalUpload, themes2025 } from './text-2025';

export const zhuzhou2025: RuleSetInput = {
  ...zhuzhou2025Core,
  title: '株洲市人力资源和社会保障局关于做好2025年专业技术人员继续教育有关工作的通知',
  issuer: '株洲市人力资源和社会保障局',
  conversionSection: `${doc} 附件1 二`,
  themes: {
    citation: `${doc} 一.(一)`,
    quote:
      '2025年度公需科目主题为“紧紧围绕推进中国式现代化进一步全面深化改革”“人工智能大模型技术及应用”“加强应急处突能力建设”（可选择一个或多个学习）。',
    year: 2025,
    themes: themes2025,
  },
  conversions: conversions2025(`${doc} 附件1`),
  evidence: evidence2025(`${doc} 附件1`),
  evidenceByKind: evidenceByKind2025(`${doc} 附件1`),
  upload: portalUpload,
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
