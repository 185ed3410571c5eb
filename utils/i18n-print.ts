// UI texts of issue 12's 申报相关信息 fields on the options page and the printable offline summary (zh-CN first, English
// second; merged into utils/i18n.ts). Data that goes to the portal or onto paper for the HRSS office stays Chinese.
export const PRINT_ZH = {
  pfHeading: '申报相关信息（网厅表单其余栏目）',
  pfHint: '按网厅下拉选项的文字填写；一键填写时只填网厅上空着的栏目，不改已有内容。',
  pfEthnicity: '民族',
  pfEmployerType: '单位性质',
  pfCategory: '申报大类',
  pfSubSpecialty: '子专业名称',
  pfRegion: '行政区划名称',
  pfTooLong: '“{field}”太长（最多 {max} 字）',
} as const;

export const PRINT_EN: Record<keyof typeof PRINT_ZH, string> = {
  pfHeading: 'Application details (the rest of the portal form)',
  pfHint: "Write them as the portal's drop-down options read; the one-click fill writes only the portal's empty fields and changes nothing already there.",
  pfEthnicity: 'Ethnic group',
  pfEmployerType: 'Employer type',
  pfCategory: 'Title series',
  pfSubSpecialty: 'Sub-specialty',
  pfRegion: 'Administrative region',
  pfTooLong: '"{field}" is too long (at most {max} characters)',
};
