// The shape of one rule set (规则集) as data. Every rule set is parsed with `RuleSet` by the unit tests (ruleset.test.ts),
// so a malformed one fails them, not a user. Every number sits in an object that carries its
// `citation` (document number + clause) and the quoted sentence it comes from (`quote`).
import { z } from 'zod';
import { Degree, PolicyId, TitleLevel } from './schema';
import { MaterialTag } from './materials';

const citation = z.string().min(1, '每条规则都要注明出处');
const quote = z.string().min(1, '每条规则都要摘录原文');
const hours = z.number().min(0).finite();

/** One value of a conversion table. `hours: null` = the text is silent here; `note` then says so in zh-CN. */
export const Cell = z
  .object({ hours: hours.nullable(), note: z.string().min(1).optional() })
  .refine((c) => c.hours !== null || c.note !== undefined, { message: '文件未规定的格子必须附说明', path: ['note'] });
export type Cell = z.infer<typeof Cell>;

const Cited = z.object({ citation, quote });

const TrainingRule = Cited.extend({ perDay: Cell, perHalfDay: Cell, perEvening: Cell });
const ActualHoursRule = Cited; // hours as the certificate states them (远程教育)
const RoleTable = z.object({ host: Cell, main: Cell, participant: Cell });
const ResearchRule = Cited.extend({ provincial: RoleTable, municipal: RoleTable });
const BookRule = Cited.extend({ first: Cell, other: Cell });
const PaperRule = Cited.extend({ first: Cell, corresponding: Cell, other: Cell }); // per paper
/** Patent ranks: 1 = 独立或排名第一, 2–3 = 排名前三, 4+ = 其他参与人. */
const PatentType = Cited.extend({ first: Cell, top3: Cell, other: Cell });
const PatentRule = z.object({ invention: PatentType.optional(), utility: PatentType.optional(), design: PatentType.optional() });
const AwardLevel = z.discriminatedUnion('by', [
  z.object({ by: z.literal('grade'), grade1: Cell, grade2: Cell, grade3: Cell }),
  z.object({ by: z.literal('rank'), topN: z.number().int().min(1), top: Cell, other: Cell }),
  z.object({ by: z.literal('flat'), cell: Cell }),
]);
const AwardRule = Cited.extend({ provincial: AwardLevel, municipal: AwardLevel });
/** Whole-year rules (三援, 海外交换): months counted with start and end inclusive. */
const WholeYearRule = Cited.extend({
  hoursPerYear: hours,
  minMonths: z.number().int().min(1), // below this: not covered
  everyYearAboveMonths: z.number().int().min(1), // strictly more months than this: every calendar year touched
});
const ExpertRule = Cited.extend({ perOnsiteDay: Cell, onlineActualHours: z.boolean() });
const PerCountRule = Cited.extend({ perUnit: Cell });
const MedalTable = Cited.extend({ gold: Cell, silver: Cell, bronze: Cell });
const CompetitionRule = z.object({ national: MedalTable.optional(), provincial: MedalTable.optional() });

/** Conversion rules by Activity kind. A kind left out = the text is silent on it. */
export const Conversions = z.object({
  training: TrainingRule.optional(),
  'online-course': ActualHoursRule.optional(),
  'research-project': ResearchRule.optional(),
  book: BookRule.optional(),
  paper: PaperRule.optional(),
  patent: PatentRule.optional(),
  award: AwardRule.optional(),
  'aid-assignment': WholeYearRule.optional(),
  'expert-service': ExpertRule.optional(),
  'degree-course': PerCountRule.optional(),
  'qualification-exam': PerCountRule.optional(),
  'digital-skills-exam': PerCountRule.optional(),
  'computer-exam': PerCountRule.optional(),
  'overseas-exchange': WholeYearRule.optional(),
  'skills-competition': CompetitionRule.optional(),
});
export type Conversions = z.infer<typeof Conversions>;

export const Minima = Cited.extend({
  total: hours,
  public: hours.optional(), // 公需科目
  professional: hours.optional(), // 专业科目
  /** 专业科目占总学时的最低比例 (湘潭: 一般不少于 2/3), a soft rule reported as a warning. */
  professionalShare: z.object({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) }).optional(),
});
export type Minima = z.infer<typeof Minima>;

/** A year span (核认跨度) for some title levels (and degrees). The first matching rule wins. */
export const SpanRule = Cited.extend({
  titleLevels: z.array(TitleLevel).min(1),
  degrees: z.array(Degree).optional(), // absent = any degree
  from: z.number().int(),
  to: z.number().int(),
  /** How it is checked: online (网上核认, 学时认定单) or offline (合格证明). */
  mode: z.enum(['online', 'offline']),
});
export const SpanUndefined = Cited.extend({
  titleLevels: z.array(TitleLevel).min(1),
  degrees: z.array(Degree).optional(),
  reason: z.string().min(1),
});

export const EvidenceForm = Cited.extend({
  id: z.string().min(1),
  label: z.string().min(1), // 继续教育形式, as the text names it
  keywords: z.array(z.string().min(1)).min(1), // matched against the form a user typed
  alternatives: z.array(z.array(z.string().min(1)).min(1)).min(1), // 提供以下材料之一: each inner list is one complete set
  /**
   * The same sets as tags (材料类型): `materials[i][j]` lists the kinds of file, any one of which is the material
   * `alternatives[i][j]` names (「培训课程表（或培训日程安排）」 = 课程表 or 日程安排).
   */
  materials: z.array(z.array(z.array(MaterialTag).min(1)).min(1)).min(1),
}).refine(
  (f) => f.materials.length === f.alternatives.length && f.materials.every((set, i) => set.length === f.alternatives[i].length),
  { message: '材料类型须与所列材料一一对应', path: ['materials'] },
);
export type EvidenceForm = z.infer<typeof EvidenceForm>;

export const FilingWindow = Cited.extend({
  titleLevels: z.array(TitleLevel).min(1),
  mode: z.enum(['online', 'offline']),
  from: z.string().regex(/^\d{2}-\d{2}$/), // MM-DD of the review year
  to: z.string().regex(/^\d{2}-\d{2}$/),
});

export const CeBase = Cited.extend({
  kind: z.enum(['national-base', 'provincial-base', 'city-base', 'employer-training', 'public-institution-platform']),
  rule: z.string().min(1), // zh-CN: what is recognised
  list: z.array(z.object({ name: z.string().min(1), url: z.string().optional(), mode: z.string().optional() })),
});

export const RuleSet = z.object({
  id: PolicyId,
  name: z.string().min(1), // short zh-CN name for menus
  title: z.string().min(1), // the document's title
  docNumber: z.string().min(1),
  issuer: z.string().min(1),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), // absent when the text carries no date line
  reviewYear: z.number().int(),
  conversionSection: citation, // 学时折算细则 as a whole, cited when a kind is not covered
  evidenceSection: citation, // 继续教育形式及学时核认所需材料 as a whole
  minima: Minima,
  themes: Cited.extend({ year: z.number().int(), themes: z.array(z.string().min(1)).min(1) }),
  spans: z.array(SpanRule).min(1),
  spansUndefined: z.array(SpanUndefined),
  conversions: Conversions,
  evidence: z.array(EvidenceForm).min(1),
  /**
   * Which evidence form proves each kind of activity: a form id of `evidence`, or `silent` (zh-CN) when the material
   * list names nothing for that kind. A training-kind activity is matched by its 继续教育形式 first (会议, 实践 …).
   */
  evidenceByKind: z.record(
    z.enum(['training', 'online-course', 'research-project', 'book', 'paper', 'patent', 'award', 'aid-assignment', 'expert-service', 'degree-course', 'qualification-exam', 'digital-skills-exam', 'computer-exam', 'overseas-exchange', 'skills-competition']),
    z.union([z.object({ form: z.string().min(1) }), z.object({ silent: z.string().min(1) })]),
  ),
  /** Earlier 学时认定单 / 合格证明 accepted as the evidence of the years they cover. */
  priorCertificates: Cited.extend({ materials: z.array(z.string().min(1)).min(1) }),
  upload: Cited.extend({
    extensions: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
    maxBytes: z.number().int().min(1),
    notes: z.array(z.string()),
  }),
  filingWindows: z.array(FilingWindow),
  bases: z.array(CeBase).min(1),
});
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;
