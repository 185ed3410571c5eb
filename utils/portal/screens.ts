// The portal screens the content script tells apart (contract §4: the panel's data-page). Plain data, no zod: this
// module is part of what loads on every portal page (entrypoints/portal.content/shell.ts).

export const SCREEN_IDS = [
  'applicant-list', // 我要申报 / 申请列表
  'applicant-form', // 申报相关信息 (variant A) or the per-year form (variant B)
  'year-detail', // dialog 申报年度明细信息
  'year-form', // nested dialog 新增/修改申报年度明细信息
  'evidence-upload', // 上传附件 (A) / 申报材料上传 (B)
  'hr-list', // 学时核认申报单位审核 / 学时核认上级单位审核
  'hr-detail', // 学时核认申报详细 with 学时年度明细
  'certificate-print', // 学时证书打印: 起始年度 / 结束年度, 查询, 下载 (the 学时认定单 after approval)
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** Chinese names of the screens, as the panel header and the 未识别 reasons show them. */
export const SCREEN_NAMES: Record<ScreenId, string> = {
  'applicant-list': '申请列表',
  'applicant-form': '申报相关信息',
  'year-detail': '申报年度明细信息',
  'year-form': '年度明细填写',
  'evidence-upload': '上传附件',
  'hr-list': '审核列表',
  'hr-detail': '学时核认申报详细',
  'certificate-print': '学时证书打印',
};

/** Variant A: rows through the 申报年度明细信息 dialog; variant B: one application per year, year fields in the main form. */
export type PortalVariant = 'A' | 'B';

export interface Recognition {
  screen: ScreenId;
  variant: PortalVariant;
  /** The element holding the screen: the topmost open dialog, or the page body. */
  root: HTMLElement;
  /** A dialog open over the screen that does not replace it (详情 / 审核不通过 over 学时核认申报详细). */
  overlay?: HTMLElement;
}
