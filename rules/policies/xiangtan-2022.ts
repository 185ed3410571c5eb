// 潭人社函〔2022〕18号 湘潭市人力资源和社会保障局关于做好2022年专业技术人员继续教育有关工作的通知 (2022-04-15).
// Its 附件1 继续教育学时认定有关说明 has its own, older 学时折算细则 (nine items) and material list (twelve items).
import type { EvidenceForm, RuleSetInput } from '../ruleset';
import { annex, doc, xiangtan2022Core } from './xiangtan-2022-core';
import { h, read } from './cells';
import { evidence2025, portalUpload } from './text-2025';

const at = (clause: string) => `${annex} 二.${clause}`;
const ev = (clause: string) => `${annex} 一.${clause}`;
/** 二.3 names only 「国内统一刊号刊物」: said on every paper, since a paper in a foreign journal may not count here. */
const FOREIGN_PAPER_NOTE = '湘潭 2022 年细则只写“在国内统一刊号刊物发表论文”：在国外刊物发表的论文是否折算，文件没有说。助手照样折算；若论文发表在国外刊物，请先向市人社局专技科确认。';

/** 一、继续教育形式及学时认定所需材料: mostly the 2025 wording, with Xiangtan's own clause numbers and differences. */
function evidenceXiangtan(): EvidenceForm[] {
  const base = new Map(evidence2025(annex).map((f) => [f.id, f]));
  const take = (id: string, clause: string, change: Partial<EvidenceForm> = {}): EvidenceForm => {
    const form = base.get(id);
    if (!form) throw new Error(`unknown evidence form ${id}`);
    return { ...form, citation: ev(clause), ...change };
  };
  return [
    take('overseas-exchange', '12'),
    {
      id: 'computer-exam',
      label: '计算机应用能力考试',
      keywords: ['计算机'],
      citation: ev('9'),
      quote: '参加人社部门专业技术人员计算机应用能力考试合格的提供合格证书。',
      alternatives: [['合格证书']],
      materials: [[['pass-certificate']]],
    },
    take('qualification-exam', '11'),
    take('degree-course', '11'),
    take('special-task', '10', {
      label: '“三援”、东西部扶贫协作、公共卫生事件防控一线等特定工作任务',
      keywords: ['三援', '援藏', '援疆', '援外', '扶贫', '防控', '特定工作'],
      quote: '“三援”、东西部扶贫协作、公共卫生事件防控一线等政府部门特定工作任务的提供派遣通知及考核表等相关辅证材料。',
    }),
    take('award', '8'),
    take('patent', '7', { quote: '获得发明专利、实用新型专利或外观设计专利的提供专利证书。' }),
    take('book', '6'),
    take('paper', '6'),
    take('research-project', '5', { label: '课题研究及项目开发', quote: '参加课题研究及项目开发的提供结题（项）证明材料。' }),
    take('online-course', '3', {
      quote: '参加网络平台专业课程等远程教育的提供以下材料之一：(1) 课程内容安排、课程完成进度；(2) 课程时长（或课程内容）、结业证书。',
      alternatives: [
        ['课程内容安排', '课程完成进度'],
        ['课程时长（或课程内容）', '结业证书'],
      ],
      materials: [
        [['course-content'], ['course-progress']],
        [['course-hours', 'course-content'], ['completion-certificate']],
      ],
    }),
    take('practice', '2'),
    take('conference', '4', {
      label: '学术会议、讲座、访问、交流',
      quote:
        '参加学术会议、讲座、访问、交流等的提供以下材料之一：(1) 邀请函或通知、加盖公章的参会回执、学习笔记等资料；(2) 会议通讯录、邮件回执、财务报账单等其他辅证材料。',
    }),
    take('training', '1'),
  ];
}

export const xiangtan2022: RuleSetInput = {
  ...xiangtan2022Core,
  title: '湘潭市人力资源和社会保障局关于做好2022年专业技术人员继续教育有关工作的通知',
  issuer: '湘潭市人力资源和社会保障局',
  issuedOn: '2022-04-15',
  conversionSection: `${annex} 二`,
  themes: {
    citation: `${doc} 一.(一)`,
    quote: '2022年度公需科目主题为“全面提高公共安全生产保障能力”“新时代数字化在工作中的应用”“区块链技术与应用”(可选择一个或多个学习)。',
    year: 2022,
    themes: ['全面提高公共安全生产保障能力', '新时代数字化在工作中的应用', '区块链技术与应用'],
  },
  conversions: {
    // 二.1 「参加有关培训、会议等，每天折算为 10 学时(分)，半天折算 4 学时(分)，晚上折算 2 学时(分)。」
    training: {
      citation: at('1'),
      quote: '参加有关培训、会议等，每天折算为10学时（分），半天折算4学时（分），晚上折算2学时（分）。',
      perDay: h(10),
      perHalfDay: h(4),
      perEvening: h(2),
    },
    // 一.3 远程教育 needs 「课程时长（或课程内容）、结业证书」: the hours are those the certificate states.
    'online-course': {
      citation: ev('3'),
      quote: '参加网络平台专业课程等远程教育的提供以下材料之一：(1) 课程内容安排、课程完成进度；(2) 课程时长（或课程内容）、结业证书。',
    },
    // 二.2 「参加政府或行业组织课题研究与项目开发，结题当年可视同参加专业科目培训，课题项目主持人员可折算 90 学时(分)；参与人员折算 60 学时(分)。」
    // No level distinction; a main contributor is a 参与人员.
    'research-project': {
      citation: at('2'),
      quote: '参加政府或行业组织课题研究与项目开发，结题当年可视同参加专业科目培训，课题项目主持人员可折算90学时（分）；参与人员折算60学时（分）。',
      provincial: { host: h(90), main: read(60, '湘潭 2022 年细则只区分主持人员和参与人员，主要完成人按参与人员折算 60 学时。'), participant: h(60) },
      municipal: { host: h(90), main: read(60, '湘潭 2022 年细则只区分主持人员和参与人员，主要完成人按参与人员折算 60 学时。'), participant: h(60) },
    },
    // 二.3 「出版著作(译作)或教材的，出版当年可视同参加专业科目培训，独立或第一作者可折算 90 学时(分)，其他作者可折算 60 学时(分)。」
    book: {
      citation: at('3'),
      quote: '出版著作（译作）或教材的，出版当年可视同参加专业科目培训，独立或第一作者可折算90学时（分），其他作者可折算60学时（分）。',
      first: h(90),
      other: h(60),
    },
    // 二.3 「在国内统一刊号刊物发表论文的，当年可视同参加专业科目培训，独立或第一作者的每篇折算专业科目 30 学时(分)；其他作者的折算专业科目 10 学时(分)。」
    paper: {
      citation: at('3'),
      quote: '在国内统一刊号刊物发表论文的，当年可视同参加专业科目培训，独立或第一作者的每篇折算专业科目30学时（分）；其他作者的折算专业科目10学时（分）。',
      // 「国内统一刊号」: whether a paper in a foreign journal counts is not said (the 2025 texts say 国内外). We credit it
      // like any paper and say so on every paper (rules/README.md, decisions).
      first: read(30, FOREIGN_PAPER_NOTE),
      // 通讯作者 is not named in 2022: a corresponding author who is not the first author is one of the 其他作者.
      corresponding: read(10, `湘潭 2022 年细则没有单列通讯作者，通讯作者按“其他作者”每篇 10 学时折算。${FOREIGN_PAPER_NOTE}`),
      other: read(10, FOREIGN_PAPER_NOTE),
    },
    // 二.4 「获得专利授予的，当年视同参加专业科目培训，独立或第一完成人每项折算 90 学时(分)；其他完成人折算 60 学时(分)。」 Any patent type.
    patent: {
      invention: {
        citation: at('4'),
        quote: '获得专利授予的，当年视同参加专业科目培训，独立或第一完成人每项折算90学时（分）；其他完成人折算60学时（分）。',
        first: h(90),
        top3: h(60),
        other: h(60),
      },
      utility: {
        citation: at('4'),
        quote: '获得专利授予的，当年视同参加专业科目培训，独立或第一完成人每项折算90学时（分）；其他完成人折算60学时（分）。',
        first: h(90),
        top3: h(60),
        other: h(60),
      },
      design: {
        citation: at('4'),
        quote: '获得专利授予的，当年视同参加专业科目培训，独立或第一完成人每项折算90学时（分）；其他完成人折算60学时（分）。',
        first: h(90),
        top3: h(60),
        other: h(60),
      },
    },
    // 二.5 「获省部级及以上科技(社科)奖项的，当年可视同参加专业科目培训，折算 90 学时(分)。获地厅级科技(社科)奖项的，前五名完成人
    // 每项折算专业科目 60 学时(分)；其他完成人折算专业科目 30 学时(分)。」
    award: {
      citation: at('5'),
      quote:
        '获省部级及以上科技（社科）奖项的，当年可视同参加专业科目培训，折算90学时（分）。获地厅级科技（社科）奖项的，前五名完成人每项折算专业科目60学时（分）；其他完成人折算专业科目30学时（分）。',
      provincial: { by: 'flat', cell: h(90) },
      municipal: { by: 'rank', topN: 5, top: h(60), other: h(30) },
    },
    // 二.6 「参加人社部门专业技术人员计算机应用能力考试合格的，每个模块折算专业科目 20 学时(分)。」
    'computer-exam': {
      citation: at('6'),
      quote: '参加人社部门专业技术人员计算机应用能力考试合格的，每个模块折算专业科目20学时（分）。',
      perUnit: h(20),
    },
    // 二.7 「参加“三援”(援藏、援疆、援外)、东西部扶贫协作等省级以上特定工作任务人员工作时间为 6 个月的，考核合格者视为完成当年
    // 继续教育 90 学时(分)；超过 1 年以上的，考核合格者视为完成外派期间所有年度继续教育 90 学时(分)。省级以上特定任务有另行规定的从其规定。」
    'aid-assignment': {
      citation: at('7'),
      quote:
        '参加“三援”（援藏、援疆、援外）、东西部扶贫协作等省级以上特定工作任务人员工作时间为6个月的，考核合格者视为完成当年继续教育90学时（分）；超过1年以上的，考核合格者视为完成外派期间所有年度继续教育90学时（分）。省级以上特定任务有另行规定的从其规定。',
      hoursPerYear: 90,
      minMonths: 6,
      everyYearAboveMonths: 12,
    },
    // 二.8 「参加国家教育行政主管部门承认的学历(学位)教育，当年度通过一门学习课程或考核的，可折算专业科目 90 学时(分)。」
    'degree-course': {
      citation: at('8'),
      quote: '参加国家教育行政主管部门承认的学历（学位）教育，当年度通过一门学习课程或考核的，可折算专业科目90学时（分）。',
      perUnit: h(90),
    },
    // 二.9 「参加专业技术人员职业资格考试，当年度通过一门考试课程的，可折算专业科目 90 学时(分)。」
    'qualification-exam': {
      citation: at('9'),
      quote: '参加专业技术人员职业资格考试，当年度通过一门考试课程的，可折算专业科目90学时（分）。',
      perUnit: h(90),
    },
    // Not in the 2022 text: expert-service, digital-skills-exam, overseas-exchange (materials only, 一.12), skills-competition.
  },
  evidence: evidenceXiangtan(),
  // Which item of 附件1 一 proves each kind. Silent: 专家服务基层 (一.10 names 三援、东西部扶贫协作、公共卫生事件防控一线 only),
  // the digital-skills exam and skills competitions (not in the list).
  evidenceByKind: {
    training: { form: 'training' },
    'online-course': { form: 'online-course' },
    'research-project': { form: 'research-project' },
    book: { form: 'book' },
    paper: { form: 'paper' },
    patent: { form: 'patent' },
    award: { form: 'award' },
    'aid-assignment': { form: 'special-task' },
    'expert-service': { silent: `${annex} 一 未列出专家服务基层的佐证材料（一.10 只列“三援”、东西部扶贫协作、公共卫生事件防控一线）` },
    'degree-course': { form: 'degree-course' },
    'qualification-exam': { form: 'qualification-exam' },
    'digital-skills-exam': { silent: `${annex} 一 未列出数字技术应用能力水平考试的佐证材料` },
    'computer-exam': { form: 'computer-exam' },
    'overseas-exchange': { form: 'overseas-exchange' },
    'skills-competition': { silent: `${annex} 一 未列出技能大赛的佐证材料` },
  },
  upload: portalUpload,
  bases: [
    {
      citation: `${doc} 三.(一)`,
      quote: '专业技术人员参加国家级、省级、长株潭三市市级继续教育基地等组织的继续教育所取得的学时予以认可。',
      kind: 'national-base',
      rule: '参加国家级继续教育基地组织的继续教育，学时予以认可。',
      list: [],
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '专业技术人员参加国家级、省级、长株潭三市市级继续教育基地等组织的继续教育所取得的学时予以认可。',
      kind: 'provincial-base',
      rule: '参加省级继续教育基地组织的继续教育，学时予以认可。',
      list: [],
    },
    {
      citation: `${doc} 三.(一)、附件2`,
      quote: '专业技术人员参加国家级、省级、长株潭三市市级继续教育基地等组织的继续教育所取得的学时予以认可。',
      kind: 'city-base',
      rule: '参加长株潭三市市级继续教育基地组织的继续教育，学时予以认可；湘潭市基地见附件2。',
      list: [
        { name: '湘潭市人力资源和社会保障培训中心', url: 'http://220.170.8.138/xtrspwx/', mode: '集中面授' },
        { name: '湖南工程学院继续教育学院', url: 'hngc.ejy360.com', mode: '在线教育' },
        { name: '湘潭技师学院', url: 'http://xiangtan.zgzjzj.net/', mode: '在线教育' },
        { name: '湘潭医卫职业技术学院', url: 'http://211.138.232.4:8080/Recption/Index.aspx', mode: '在线教育' },
        { name: '湘潭广播电视大学', url: 'http://xiangtan.hnzjpx.net/', mode: '在线教育' },
      ],
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '根据《事业单位工作人员培训学时认定标准（试行）》，专业技术人员参加事业单位培训所获学时可为继续教育学时。',
      kind: 'public-institution-platform',
      rule: '参加事业单位工作人员培训所获学时可作为继续教育学时。',
      list: [],
    },
    {
      citation: `${doc} 三.(一)`,
      quote: '鼓励用人单位自行开展线下继续教育培训，可结合行业（单位）特点自主选题，专业科目报主管部门备案，公需科目按程序报人社部门备案后组织，培训结果直接认定为当年度继续教育学时。',
      kind: 'employer-training',
      rule: '用人单位自行组织的线下培训（专业科目报主管部门备案、公需科目报人社部门备案），可直接认定为当年度学时。',
      list: [],
    },
  ],
};
