// Applications as a reviewer sees them on the replica's 学时核认申报单位审核 / 上级单位审核 lists, shared by the Chromium
// reviewer suite and the Firefox suite: one clean, one with a problem of each kind, one long, one at the upper stage.

export interface SeedRow { year: number; pub: number; pro: number; total?: number; files?: number }

export function reviewRow({ year, pub, pro, total, files = 2 }: SeedRow) {
  return {
    year, publicName: `${year}年公需科目网络培训`, publicHours: pub, publicForm: '远程教育',
    professionalName: `${year}年专业科目培训`, professionalHours: pro, professionalForm: '培训班', totalHours: total ?? pub + pro,
    attachments: Array.from({ length: files }, (_, i) => ({ name: `${year}年证明${i + 1}.pdf`, type: 'application/pdf', size: 100_000 + i })),
  };
}
export function reviewApp(id: string, name: string, idNumber: string, rows: SeedRow[], extra: Record<string, unknown> = {}) {
  return {
    id, variant: 'A', status: '待审核',
    form: { 证件号码: idNumber, 姓名: name, 性别: '男', 民族: '汉族', 单位名称: '长沙示例建设工程有限公司', 单位性质: '国有企业', 拟申报职称: '副高级',
      联系电话: '13900001111', 最高学历: '大学本科', 申报大类: '工程', 子专业名称: '建筑学', 行政区划名称: '长沙市', 备注: '', 申报年度: '2025' },
    rows: rows.map(reviewRow),
    ...extra,
  };
}

export const GOOD = reviewApp('app-good', '李四', '430602198707224561', [2020, 2021, 2022, 2023, 2024].map((year) => ({ year, pub: 30, pro: 60 })));
export const BAD = reviewApp('app-bad', '王五', '430203198509107895', [
  { year: 2020, pub: 20, pro: 70 }, // 公需 20
  { year: 2021, pub: 30, pro: 60, total: 100 }, // 合计 ≠ 公需 + 专业
  { year: 2022, pub: 30, pro: 60 }, // fine
  { year: 2023, pub: 30, pro: 60 }, // 2023 twice …
  { year: 2023, pub: 35, pro: 60, files: 0 }, // … and this one without attachments
  { year: 2019, pub: 30, pro: 60 }, // outside 2020–2024
  // 2024 missing
]);
export const LONG = reviewApp('app-long', '钱七', '430104199001011237', Array.from({ length: 14 }, (_, i) => ({ year: 2011 + i, pub: 30, pro: 60 })));
export const UPPER = reviewApp('app-upper', '孙八', '430105198801011232', [2020, 2021, 2022, 2023].map((year) => ({ year, pub: 30, pro: year === 2021 ? 50 : 60 })), { reviewStage: 'upper' });
