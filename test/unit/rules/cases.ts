// Conversion cases as data (OpenFisca style): one sentence, the input, the expected credits and the clause cited.
// The coverage test in convert.test.ts fails when a number of a conversion table has no case citing its clause.
import type { Activity, Credit } from '../../../rules/schema';

export interface ConvertCase {
  name: string;
  activity: Activity;
  /** The clause inside the rule set's 折算细则 / 材料 annex, e.g. '二.4' (or a full citation when `fullClause`). */
  clause: string;
  fullClause?: boolean;
  credits: Credit[];
  /** true / RegExp: a note must be present (and match); false: no note. */
  note?: boolean | RegExp;
}

const pro = (year: number, hours: number): Credit => ({ year, category: 'professional', hours });
const pub = (year: number, hours: number): Credit => ({ year, category: 'public', hours });
const whole = (year: number): Credit => ({ year, category: 'whole-year', hours: 90 });

/** 湘人社办函〔2025〕37号 附件2 二 and 株人社函〔2025〕8号 附件1 二 (the same text): run for both rule sets. */
export const cases2025: ConvertCase[] = [
  // 二.1 每天折算 8 学时，半天折算 4 学时
  { name: 'a one-day public training is 8 hours', clause: '二.1', activity: { kind: 'training', year: 2023, category: 'public', days: 1 }, credits: [pub(2023, 8)], note: false },
  { name: 'a half-day seminar is 4 hours', clause: '二.1', activity: { kind: 'training', year: 2023, category: 'professional', halfDays: 1 }, credits: [pro(2023, 4)], note: false },
  { name: 'two and a half days of professional training are 20 hours', clause: '二.1', activity: { kind: 'training', year: 2021, category: 'professional', days: 2, halfDays: 1 }, credits: [pro(2021, 20)] },
  { name: 'an evening session counts nothing in 2025 and says the text is silent', clause: '二.1', activity: { kind: 'training', year: 2022, category: 'public', days: 1, evenings: 2 }, credits: [pub(2022, 8)], note: /没有规定晚上/ },
  // 一.3 远程教育: the certificate's hours
  { name: 'an online course counts the hours on its certificate, fractions kept to one decimal', clause: '一.3', activity: { kind: 'online-course', year: 2024, category: 'public', hours: 12.5 }, credits: [pub(2024, 12.5)], note: false },
  // 二.2 课题研究与项目开发
  { name: 'the host of a provincial project gets 60', clause: '二.2', activity: { kind: 'research-project', year: 2022, level: 'provincial', role: 'host' }, credits: [pro(2022, 60)], note: false },
  { name: 'a main contributor of a provincial project gets 30', clause: '二.2', activity: { kind: 'research-project', year: 2022, level: 'provincial', role: 'main' }, credits: [pro(2022, 30)] },
  { name: 'another participant of a provincial project gets 10', clause: '二.2', activity: { kind: 'research-project', year: 2022, level: 'provincial', role: 'participant' }, credits: [pro(2022, 10)] },
  { name: 'the host of a city-level project gets 30', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'municipal', role: 'host' }, credits: [pro(2020, 30)] },
  { name: 'another participant of a city-level project gets 10', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'municipal', role: 'participant' }, credits: [pro(2020, 10)] },
  { name: 'a main contributor of a city-level project is an other participant (10) and is told why', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'municipal', role: 'main' }, credits: [pro(2020, 10)], note: /其他参与人/ },
  // 二.3 著作、论文
  { name: 'the first author of a book gets 60', clause: '二.3', activity: { kind: 'book', year: 2021, role: 'first' }, credits: [pro(2021, 60)] },
  { name: 'another author of a book gets 30', clause: '二.3', activity: { kind: 'book', year: 2021, role: 'other' }, credits: [pro(2021, 30)] },
  { name: 'a first-author paper gets 30', clause: '二.3', activity: { kind: 'paper', year: 2023, role: 'first' }, credits: [pro(2023, 30)] },
  { name: 'a corresponding-author paper gets 30', clause: '二.3', activity: { kind: 'paper', year: 2023, role: 'corresponding' }, credits: [pro(2023, 30)], note: false },
  { name: 'an other-author paper gets 10', clause: '二.3', activity: { kind: 'paper', year: 2023, role: 'other' }, credits: [pro(2023, 10)] },
  { name: 'three first-author papers get 30 each', clause: '二.3', activity: { kind: 'paper', year: 2023, role: 'first', count: 3 }, credits: [pro(2023, 90)] },
  // 二.4 专利
  { name: 'the first inventor of an invention patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'invention', rank: 1 }, credits: [pro(2024, 60)] },
  { name: 'the second inventor of an invention patent is in the top three: 30', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'invention', rank: 2 }, credits: [pro(2024, 30)] },
  { name: 'the third inventor of an invention patent is in the top three: 30', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'invention', rank: 3 }, credits: [pro(2024, 30)] },
  { name: 'the fourth inventor of an invention patent is an other participant: 10', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'invention', rank: 4 }, credits: [pro(2024, 10)] },
  { name: 'the first inventor of a utility-model patent gets 30', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'utility', rank: 1 }, credits: [pro(2024, 30)] },
  { name: 'the third inventor of a utility-model patent gets 10', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'utility', rank: 3 }, credits: [pro(2024, 10)] },
  { name: 'the fourth inventor of a utility-model patent gets nothing: the text is silent', clause: '二.4', activity: { kind: 'patent', year: 2024, type: 'utility', rank: 4 }, credits: [], note: /没有规定排名第四/ },
  { name: 'a design patent is not in the 2025 text: nothing, with a note', clause: '二', activity: { kind: 'patent', year: 2024, type: 'design', rank: 1 }, credits: [], note: /外观设计专利/ },
  // 二.5 奖项
  { name: 'a provincial first-class award gets 60', clause: '二.5', activity: { kind: 'award', year: 2022, level: 'provincial', grade: 1 }, credits: [pro(2022, 60)] },
  { name: 'a provincial second-class award gets 30', clause: '二.5', activity: { kind: 'award', year: 2022, level: 'provincial', grade: 2 }, credits: [pro(2022, 30)] },
  { name: 'a provincial third-class award gets 10', clause: '二.5', activity: { kind: 'award', year: 2022, level: 'provincial', grade: 3, rank: 7 }, credits: [pro(2022, 10)] },
  { name: 'a city first-class award gets 30', clause: '二.5', activity: { kind: 'award', year: 2022, level: 'municipal', grade: 1 }, credits: [pro(2022, 30)] },
  { name: 'a city second-class award gets 10', clause: '二.5', activity: { kind: 'award', year: 2022, level: 'municipal', grade: 2 }, credits: [pro(2022, 10)] },
  { name: 'a city third-class award gets 5', clause: '二.5', activity: { kind: 'award', year: 2022, level: 'municipal', grade: 3 }, credits: [pro(2022, 5)] },
  // 二.6 三援
  { name: 'six months of 援疆 assessed qualified complete that year', clause: '二.6', activity: { kind: 'aid-assignment', start: '2023-01', end: '2023-06', qualified: true }, credits: [whole(2023)], note: false },
  { name: 'eighteen months of 援藏 complete every year of the assignment', clause: '二.6', activity: { kind: 'aid-assignment', start: '2022-03', end: '2023-08', qualified: true }, credits: [whole(2022), whole(2023)], note: /每年/ },
  { name: 'fifteen months touching three calendar years complete all three', clause: '二.6', activity: { kind: 'aid-assignment', start: '2022-11', end: '2024-01', qualified: true }, credits: [whole(2022), whole(2023), whole(2024)] },
  { name: 'six months across new year complete the later year on a tie', clause: '二.6', activity: { kind: 'aid-assignment', start: '2023-10', end: '2024-03', qualified: true }, credits: [whole(2024)], note: /2024/ },
  { name: 'eight months mostly in one year complete that year', clause: '二.6', activity: { kind: 'aid-assignment', start: '2023-03', end: '2023-12', qualified: true }, credits: [whole(2023)] },
  { name: 'exactly twelve months is not over one year: one year, the one with more months', clause: '二.6', activity: { kind: 'aid-assignment', start: '2023-04', end: '2024-03', qualified: true }, credits: [whole(2023)], note: /2023/ },
  { name: 'five months of 援外 are too short to complete a year', clause: '二.6', activity: { kind: 'aid-assignment', start: '2023-01', end: '2023-05', qualified: true }, credits: [], note: /不足/ },
  { name: 'an assignment not assessed qualified completes nothing', clause: '二.6', activity: { kind: 'aid-assignment', start: '2023-01', end: '2023-12', qualified: false }, credits: [], note: /考核合格/ },
  // 二.6 专家服务基层
  { name: 'one day of on-site expert service is 8 hours', clause: '二.6', activity: { kind: 'expert-service', year: 2021, onsiteDays: 1 }, credits: [pro(2021, 8)] },
  { name: 'two days of on-site expert service are 16 hours', clause: '二.6', activity: { kind: 'expert-service', year: 2021, onsiteDays: 2 }, credits: [pro(2021, 16)] },
  { name: 'online expert service counts its actual hours', clause: '二.6', activity: { kind: 'expert-service', year: 2021, onlineHours: 3.5 }, credits: [pro(2021, 3.5)] },
  { name: 'one on-site day plus two online hours are 10 hours', clause: '二.6', activity: { kind: 'expert-service', year: 2021, onsiteDays: 1, onlineHours: 2 }, credits: [pro(2021, 10)] },
  // 二.7 学历教育
  { name: 'one degree course passed is 30 hours', clause: '二.7', activity: { kind: 'degree-course', year: 2020, passed: 1 }, credits: [pro(2020, 30)] },
  { name: 'two degree courses passed are 60 hours', clause: '二.7', activity: { kind: 'degree-course', year: 2020, passed: 2 }, credits: [pro(2020, 60)] },
  // 二.8 考试
  { name: 'one qualification exam subject passed is 30 hours', clause: '二.8', activity: { kind: 'qualification-exam', year: 2022, passed: 1 }, credits: [pro(2022, 30)] },
  { name: 'one digital-skills exam subject is 30 hours', clause: '二.8', activity: { kind: 'digital-skills-exam', year: 2024, passed: 1 }, credits: [pro(2024, 30)] },
  { name: 'two digital-skills exam subjects are 60 hours', clause: '二.8', activity: { kind: 'digital-skills-exam', year: 2024, passed: 2 }, credits: [pro(2024, 60)] },
  { name: 'a computer-application exam is not in the 2025 text', clause: '二', activity: { kind: 'computer-exam', year: 2024, modules: 2 }, credits: [], note: /计算机应用能力考试/ },
  // 二.9 海外交换
  { name: 'a calendar year of overseas exchange completes that year', clause: '二.9', activity: { kind: 'overseas-exchange', start: '2023-01', end: '2023-12', qualified: true }, credits: [whole(2023)] },
  { name: 'fourteen months of overseas exchange complete both years it touches', clause: '二.9', activity: { kind: 'overseas-exchange', start: '2022-09', end: '2023-10', qualified: true }, credits: [whole(2022), whole(2023)] },
  { name: 'eleven months of overseas exchange are under one year: nothing', clause: '二.9', activity: { kind: 'overseas-exchange', start: '2023-01', end: '2023-11', qualified: true }, credits: [], note: /不足/ },
  { name: 'an overseas exchange not assessed qualified completes nothing', clause: '二.9', activity: { kind: 'overseas-exchange', start: '2022-01', end: '2023-06', qualified: false }, credits: [], note: /考核合格/ },
  // 二.10 / 二.11 技能大赛
  { name: 'a national skills competition gold is 60', clause: '二.10', activity: { kind: 'skills-competition', year: 2023, level: 'national', medal: 'gold' }, credits: [pro(2023, 60)] },
  { name: 'a national skills competition silver is 30', clause: '二.10', activity: { kind: 'skills-competition', year: 2023, level: 'national', medal: 'silver' }, credits: [pro(2023, 30)] },
  { name: 'a national skills competition bronze is 10', clause: '二.10', activity: { kind: 'skills-competition', year: 2023, level: 'national', medal: 'bronze' }, credits: [pro(2023, 10)] },
  { name: 'a provincial skills competition gold is 30', clause: '二.11', activity: { kind: 'skills-competition', year: 2023, level: 'provincial', medal: 'gold' }, credits: [pro(2023, 30)] },
  { name: 'a provincial skills competition silver is 10', clause: '二.11', activity: { kind: 'skills-competition', year: 2023, level: 'provincial', medal: 'silver' }, credits: [pro(2023, 10)] },
  { name: 'a provincial skills competition bronze is 5', clause: '二.11', activity: { kind: 'skills-competition', year: 2023, level: 'provincial', medal: 'bronze' }, credits: [pro(2023, 5)] },
];

/** 潭人社函〔2022〕18号 附件1 二 (nine items) and 一.3. */
export const casesXiangtan2022: ConvertCase[] = [
  // 二.1 每天折算为 10 学时，半天折算 4 学时，晚上折算 2 学时
  { name: 'a one-day training is 10 hours in Xiangtan', clause: '二.1', activity: { kind: 'training', year: 2019, category: 'public', days: 1 }, credits: [pub(2019, 10)] },
  { name: 'a half day is 4 hours', clause: '二.1', activity: { kind: 'training', year: 2019, category: 'professional', halfDays: 1 }, credits: [pro(2019, 4)] },
  { name: 'an evening is 2 hours', clause: '二.1', activity: { kind: 'training', year: 2019, category: 'professional', evenings: 1 }, credits: [pro(2019, 2)], note: false },
  { name: 'two days, a half day and two evenings are 28 hours', clause: '二.1', activity: { kind: 'training', year: 2020, category: 'professional', days: 2, halfDays: 1, evenings: 2 }, credits: [pro(2020, 28)] },
  // 一.3 远程教育
  { name: 'an online course counts the hours on its certificate', clause: '一.3', activity: { kind: 'online-course', year: 2021, category: 'public', hours: 7.5 }, credits: [pub(2021, 7.5)] },
  // 二.2 课题
  { name: 'a project host gets 90', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'provincial', role: 'host' }, credits: [pro(2020, 90)] },
  { name: 'a city-level project host also gets 90: no level distinction', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'municipal', role: 'host' }, credits: [pro(2020, 90)] },
  { name: 'a project participant gets 60', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'municipal', role: 'participant' }, credits: [pro(2020, 60)] },
  { name: 'a main contributor is a participant: 60, with a note', clause: '二.2', activity: { kind: 'research-project', year: 2020, level: 'provincial', role: 'main' }, credits: [pro(2020, 60)], note: /参与人员/ },
  // 二.3 著作、论文
  { name: 'the first author of a book gets 90', clause: '二.3', activity: { kind: 'book', year: 2018, role: 'first' }, credits: [pro(2018, 90)] },
  { name: 'another author of a book gets 60', clause: '二.3', activity: { kind: 'book', year: 2018, role: 'other' }, credits: [pro(2018, 60)] },
  { name: 'a first-author paper gets 30', clause: '二.3', activity: { kind: 'paper', year: 2018, role: 'first' }, credits: [pro(2018, 30)] },
  { name: 'an other-author paper gets 10', clause: '二.3', activity: { kind: 'paper', year: 2018, role: 'other', count: 1 }, credits: [pro(2018, 10)] },
  { name: 'a corresponding author is one of the other authors in 2022: 10, with a note', clause: '二.3', activity: { kind: 'paper', year: 2018, role: 'corresponding' }, credits: [pro(2018, 10)], note: /通讯作者/ },
  // 二.4 专利 (any type)
  { name: 'the first completer of an invention patent gets 90', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'invention', rank: 1 }, credits: [pro(2021, 90)] },
  { name: 'the second completer of an invention patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'invention', rank: 2 }, credits: [pro(2021, 60)] },
  { name: 'the fifth completer of an invention patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'invention', rank: 5 }, credits: [pro(2021, 60)] },
  { name: 'the first completer of a utility-model patent gets 90', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'utility', rank: 1 }, credits: [pro(2021, 90)] },
  { name: 'the third completer of a utility-model patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'utility', rank: 3 }, credits: [pro(2021, 60)] },
  { name: 'the fourth completer of a utility-model patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'utility', rank: 4 }, credits: [pro(2021, 60)], note: false },
  { name: 'the first completer of a design patent gets 90', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'design', rank: 1 }, credits: [pro(2021, 90)] },
  { name: 'the second completer of a design patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'design', rank: 2 }, credits: [pro(2021, 60)] },
  { name: 'the seventh completer of a design patent gets 60', clause: '二.4', activity: { kind: 'patent', year: 2021, type: 'design', rank: 7 }, credits: [pro(2021, 60)] },
  // 二.5 奖项
  { name: 'a provincial award of any class gets 90 (first class)', clause: '二.5', activity: { kind: 'award', year: 2019, level: 'provincial', grade: 1 }, credits: [pro(2019, 90)] },
  { name: 'a provincial award of any class gets 90 (third class)', clause: '二.5', activity: { kind: 'award', year: 2019, level: 'provincial', grade: 3, rank: 9 }, credits: [pro(2019, 90)] },
  { name: 'the fifth completer of a city-level award gets 60', clause: '二.5', activity: { kind: 'award', year: 2019, level: 'municipal', grade: 2, rank: 5 }, credits: [pro(2019, 60)] },
  { name: 'the sixth completer of a city-level award gets 30', clause: '二.5', activity: { kind: 'award', year: 2019, level: 'municipal', grade: 1, rank: 6 }, credits: [pro(2019, 30)] },
  { name: 'a city-level award without a rank asks for it', clause: '二.5', activity: { kind: 'award', year: 2019, level: 'municipal', grade: 1 }, credits: [], note: /排名/ },
  // 二.6 计算机应用能力考试
  { name: 'one computer-exam module is 20 hours', clause: '二.6', activity: { kind: 'computer-exam', year: 2018, modules: 1 }, credits: [pro(2018, 20)] },
  { name: 'three computer-exam modules are 60 hours', clause: '二.6', activity: { kind: 'computer-exam', year: 2018, modules: 3 }, credits: [pro(2018, 60)] },
  // 二.7 三援、东西部扶贫协作
  { name: 'six months of east-west poverty-alleviation work complete that year', clause: '二.7', activity: { kind: 'aid-assignment', start: '2020-07', end: '2020-12', qualified: true }, credits: [whole(2020)] },
  { name: 'thirteen months of 援疆 complete both years', clause: '二.7', activity: { kind: 'aid-assignment', start: '2019-06', end: '2020-06', qualified: true }, credits: [whole(2019), whole(2020)] },
  // 二.8 / 二.9
  { name: 'one degree course passed is 90 hours', clause: '二.8', activity: { kind: 'degree-course', year: 2021, passed: 1 }, credits: [pro(2021, 90)] },
  { name: 'one qualification exam course passed is 90 hours', clause: '二.9', activity: { kind: 'qualification-exam', year: 2021, passed: 1 }, credits: [pro(2021, 90)] },
  // Kinds the 2022 text does not cover
  { name: 'a skills competition is not in the Xiangtan 2022 text', clause: '二', activity: { kind: 'skills-competition', year: 2021, level: 'national', medal: 'gold' }, credits: [], note: /技能大赛/ },
  { name: 'expert service is not in the Xiangtan 2022 text', clause: '二', activity: { kind: 'expert-service', year: 2021, onsiteDays: 3 }, credits: [], note: /专家服务基层/ },
  { name: 'a digital-skills exam is not in the Xiangtan 2022 text', clause: '二', activity: { kind: 'digital-skills-exam', year: 2021, passed: 1 }, credits: [], note: /数字技术/ },
  { name: 'an overseas exchange has materials (一.12) but no conversion in the 2022 text', clause: '二', activity: { kind: 'overseas-exchange', start: '2019-01', end: '2020-06', qualified: true }, credits: [], note: /海外交换/ },
];
