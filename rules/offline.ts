// Offline routes (线下核认): who takes paper materials to the HRSS office instead of the portal, what the office issues,
// and where — each with its clause and quote. Pure data + one lookup; importable from Node like the rest of rules/.
import type { TitleLevel } from './schema';

export interface OfflineRoute {
  policyId: string;
  titleLevels: TitleLevel[];
  /** What the office issues: 《合格证明》 (株洲 中级) or 《学时认定单》 (湘潭 2022). */
  issues: string;
  /** How the materials travel (zh-CN, from the text). */
  how: string;
  /** The filing period, when the text gives one. */
  window?: string;
  citation: string;
  quote: string;
}

const ROUTES: readonly OfflineRoute[] = [
  {
    // 株人社函〔2025〕8号 二 and 二.(一)(二): 中级 offline with the city's 《合格证明》; 高级 online.
    policyId: 'zhuzhou-2025',
    titleLevels: ['intermediate'],
    issues: '《株洲市专业技术人员继续教育合格证明》（《合格证明》）',
    how: '个人申报、用人单位初审、主管部门复审确认；市直单位由主管部门收集核验材料到市人力资源和社会保障局专业技术人员管理科统一办理，县市区由县市区人力资源和社会保障部门组织实施（原则上不接受个人办理）。',
    window: '5月26日至7月20日',
    citation: '株人社函〔2025〕8号 二、二.(一)、二.(二)',
    quote: '专业技术人员参评中级职称，仍按往年方式采取线下核认，由各级人力资源社会保障部门开具《合格证明》，集中办理期限为5月26日至7月20日。',
  },
  {
    // 潭人社函〔2022〕18号 二.(一)–(三): every title checked by the 人社 office, which issues the 《学时认定单》; no portal.
    policyId: 'xiangtan-2022',
    titleLevels: ['intermediate', 'senior', 'full-senior'],
    issues: '《学时认定单》',
    how: '用人单位初审、主管部门复审确认；主管部门收集汇总公需科目培训材料、专业科目培训材料或学时折算材料到市人社局专技科统一办理（县市区由当地人社部门组织实施；原则上不接受个人办理）。',
    citation: '潭人社函〔2022〕18号 二.(一)2、二.(二)',
    quote: '由用人单位初审，再由主管部门复审确认。主管部门收集汇总职称参评人员公需科目培训材料、专业科目培训材料或学时折算材料到市人社局专技科统一办理《学时认定单》。',
  },
];

export function listOfflineRoutes(): readonly OfflineRoute[] {
  return ROUTES;
}

/** The offline route of a person under a rule set, or undefined when the check is online (the portal). */
export function offlineRoute(policyId: string, titleLevel: TitleLevel): OfflineRoute | undefined {
  return ROUTES.find((r) => r.policyId === policyId && r.titleLevels.includes(titleLevel));
}
