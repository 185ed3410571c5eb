import type { ScreenId } from '../../utils/portal/screens';

/** Chinese names of the recognised screens, as the panel header shows them. */
export const SCREEN_NAMES: Record<ScreenId, string> = {
  'applicant-list': '申请列表',
  'applicant-form': '申报相关信息',
  'year-detail': '申报年度明细信息',
  'year-form': '年度明细填写',
  'evidence-upload': '上传附件',
  'hr-list': '审核列表',
  'hr-detail': '学时核认申报详细',
};
