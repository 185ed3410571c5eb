// 继续教育学时折算细则 of 2025. The province (湘人社办函〔2025〕37号 附件2) and Zhuzhou (株人社函〔2025〕8号 附件1)
// publish the same text word for word; only the annex number differs. So the formula and values are stated
// once here and each rule set passes its own annex prefix, e.g. '湘人社办函〔2025〕37号 附件2'.
import type { Conversions, EvidenceForm } from '../ruleset';
import { h, read, silent } from './cells';

export function conversions2025(annex: string): Conversions {
  const at = (clause: string) => `${annex} 二.${clause}`;
  return {
    // 二.1 「参加有关培训、研讨、会议等，每天折算 8 学时，半天折算 4 学时。」
    training: {
      citation: at('1'),
      quote: '参加有关培训、研讨、会议等，每天折算8学时，半天折算4学时。',
      perDay: h(8),
      perHalfDay: h(4),
      perEvening: silent('2025 年折算细则只规定每天 8 学时、半天 4 学时，没有规定晚上的折算，晚上的学习不计学时。'),
    },
    // 一.3 「参加网络平台专业课程等远程教育的提供以下材料：课程时长（或课程内容）及结业证书。」
    // The 折算细则 gives no rate for online courses: the hours are those the platform's certificate states.
    'online-course': {
      citation: `${annex} 一.3`,
      quote: '参加网络平台专业课程等远程教育的提供以下材料：课程时长（或课程内容）及结业证书。',
    },
    // 二.2 「……其中省（部）级以上课题（项目）主持人认定专业科目培训 60 学时，主要完成人（除主持人外署名前三）认定专业科目培训
    // 30 学时，其他参与人认定专业科目培训 10 学时；市（厅）级课题（项目）主持人认定专业科目培训 30 学时，其他参与人认定专业科目培训 10 学时。」
    'research-project': {
      citation: at('2'),
      quote:
        '参加政府或行业组织课题研究与项目开发，结题当年可视同参加专业科目培训。其中省（部）级以上课题（项目）主持人认定专业科目培训60学时，主要完成人（除主持人外署名前三）认定专业科目培训30学时，其他参与人认定专业科目培训10学时；市（厅）级课题（项目）主持人认定专业科目培训30学时，其他参与人认定专业科目培训10学时。',
      provincial: { host: h(60), main: h(30), participant: h(10) },
      municipal: {
        host: h(30),
        // The city-level sentence names only 主持人 and 其他参与人: a main contributor is an other participant there.
        main: read(10, '市（厅）级课题只区分主持人和其他参与人，主要完成人按其他参与人折算 10 学时。'),
        participant: h(10),
      },
    },
    // 二.3 「出版著作（译作）或教材的，出版当年可视同参加专业科目培训，独立或第一作者可折算 60 学时，其他作者可折算 30 学时。」
    book: {
      citation: at('3'),
      quote: '出版著作（译作）或教材的，出版当年可视同参加专业科目培训，独立或第一作者可折算60学时，其他作者可折算30学时。',
      first: h(60),
      other: h(30),
    },
    // 二.3 「在国内外统一刊号刊物发表论文的，当年可视同参加专业科目培训，独立、第一作者或通讯作者的每篇折算专业科目 30 学时；
    // 其他作者的折算专业科目 10 学时。」 (we read 其他作者 as per paper too)
    paper: {
      citation: at('3'),
      quote:
        '在国内外统一刊号刊物发表论文的，当年可视同参加专业科目培训，独立、第一作者或通讯作者的每篇折算专业科目30学时；其他作者的折算专业科目10学时。',
      first: h(30),
      corresponding: h(30),
      other: h(10),
    },
    // 二.4 「获得国家发明专利的，当年视同参加专业科目培训，专利证书独立或排名第一者可认定专业科目培训 60 学时，排名前三者可认定
    // 专业科目培训 30 学时，其他参与人认定专业科目培训 10 学时；获得国家实用新型专利的，专利证书独立或排名第一者可认定专业科目培训
    // 30 学时，排名前三者可认定专业科目培训 10 学时。」 外观设计专利 is not named at all.
    patent: {
      invention: {
        citation: at('4'),
        quote:
          '获得国家发明专利的，当年视同参加专业科目培训，专利证书独立或排名第一者可认定专业科目培训60学时，排名前三者可认定专业科目培训30学时，其他参与人认定专业科目培训10学时',
        first: h(60),
        top3: h(30),
        other: h(10),
      },
      utility: {
        citation: at('4'),
        quote: '获得国家实用新型专利的，专利证书独立或排名第一者可认定专业科目培训30学时，排名前三者可认定专业科目培训10学时。',
        first: h(30),
        top3: h(10),
        other: silent('折算细则对实用新型专利只规定了独立或排名第一（30 学时）和排名前三（10 学时），没有规定排名第四及以后的参与人，不折算学时。'),
      },
    },
    // 二.5 「获省部级及以上科技（社科）奖项的，当年可视同参加专业科目培训，一、二、三等奖分别折算 60 学时、30 学时、10 学时；
    // 获市厅级科技（社科）奖项的，一、二、三等奖分别折算 30 学时、10 学时、5 学时。」
    award: {
      citation: at('5'),
      quote:
        '获省部级及以上科技（社科）奖项的，当年可视同参加专业科目培训，一、二、三等奖分别折算60学时、30学时、10学时；获市厅级科技（社科）奖项的，一、二、三等奖分别折算30学时、10学时、5学时。',
      provincial: { by: 'grade', grade1: h(60), grade2: h(30), grade3: h(10) },
      municipal: { by: 'grade', grade1: h(30), grade2: h(10), grade3: h(5) },
    },
    // 二.6 「参加“三援”（援藏、援疆、援外）工作任务人员工作时间为 6 个月的，考核合格者视为完成当年继续教育 90 学时；超过 1 年以上的，
    // 考核合格者视为完成外派期间所有年度继续教育 90 学时。」
    'aid-assignment': {
      citation: at('6'),
      quote:
        '参加“三援”（援藏、援疆、援外）工作任务人员工作时间为6个月的，考核合格者视为完成当年继续教育90学时；超过1年以上的，考核合格者视为完成外派期间所有年度继续教育90学时。',
      hoursPerYear: 90,
      minMonths: 6,
      everyYearAboveMonths: 12,
    },
    // 二.6 「参加专家服务基层的，现场服务的每天折算 8 学时，线上服务的按实际服务时间折算。」
    'expert-service': {
      citation: at('6'),
      quote: '参加专家服务基层的，现场服务的每天折算8学时，线上服务的按实际服务时间折算。',
      perOnsiteDay: h(8),
      onlineActualHours: true,
    },
    // 二.7 「参加国家教育行政主管部门承认的学历（学位）教育，当年度通过一门学习课程或考核的，可折算专业科目 30 学时。」
    'degree-course': {
      citation: at('7'),
      quote: '参加国家教育行政主管部门承认的学历（学位）教育，当年度通过一门学习课程或考核的，可折算专业科目30学时。',
      perUnit: h(30),
    },
    // 二.8 「参加专业技术人员职业资格考试，当年度通过一门考试课程的，可折算专业科目 30 学时。」
    'qualification-exam': {
      citation: at('8'),
      quote: '参加专业技术人员职业资格考试，当年度通过一门考试课程的，可折算专业科目30学时。',
      perUnit: h(30),
    },
    // 二.8 「参加数字技术应用能力水平考试合格的，每个科目折算专业科目 30 学时。」
    'digital-skills-exam': {
      citation: at('8'),
      quote: '参加数字技术应用能力水平考试合格的，每个科目折算专业科目30学时。',
      perUnit: h(30),
    },
    // 二.9 「参加海外交换（交流），时间 1 年以上的，考核合格者视为完成当年继续教育 90 学时。」
    // 「1 年以上」 includes exactly 12 months; a stay over 12 months credits every calendar year it touches (README).
    'overseas-exchange': {
      citation: at('9'),
      quote: '参加海外交换（交流），时间1年以上的，考核合格者视为完成当年继续教育90学时。',
      hoursPerYear: 90,
      minMonths: 12,
      everyYearAboveMonths: 12,
    },
    'skills-competition': {
      // 二.10 「参加国际、国家级技能大赛，可折算专业科目学时，获得金奖认定 60 学时、银奖认定 30 学时、铜奖认定 10 学时。」
      national: {
        citation: at('10'),
        quote: '参加国际、国家级技能大赛，可折算专业科目学时，获得金奖认定60学时、银奖认定30学时、铜奖认定10学时。',
        gold: h(60),
        silver: h(30),
        bronze: h(10),
      },
      // 二.11 「参加省级技能大赛，可折算专业科目学时，获得金奖认定 30 学时、银奖认定 10 学时、铜奖认定 5 学时。」
      provincial: {
        citation: at('11'),
        quote: '参加省级技能大赛，可折算专业科目学时，获得金奖认定30学时、银奖认定10学时、铜奖认定5学时。',
        gold: h(30),
        silver: h(10),
        bronze: h(5),
      },
    },
  };
}

/** 一、继续教育形式及学时核认所需材料 (2025). Order matters: the first form whose keyword matches wins. */
export function evidence2025(annex: string): EvidenceForm[] {
  const at = (clause: string) => `${annex} 一.${clause}`;
  return [
    {
      id: 'overseas-exchange',
      label: '海外交换（交流）',
      keywords: ['海外', '境外', '出国', '国外交流', '交换'],
      citation: at('11'),
      quote: '海外交换（交流）的提供邀请函、回执（或学习资料，或邀请方颁发的结业证书等）。',
      alternatives: [['邀请函', '回执（或学习资料，或邀请方颁发的结业证书等）']],
      materials: [[['invitation'], ['receipt', 'study-material', 'completion-certificate']]],
    },
    {
      id: 'digital-skills-exam',
      label: '数字技术应用能力水平考试',
      keywords: ['数字技术'],
      citation: at('10'),
      quote: '参加专业技术人员数字技术应用能力水平考试合格的提供合格证书。',
      alternatives: [['合格证书']],
      materials: [[['pass-certificate']]],
    },
    {
      id: 'qualification-exam',
      label: '职业资格考试',
      keywords: ['资格考试', '职业资格', '执业资格'],
      citation: at('10'),
      quote: '参加专业技术人员职业资格考试的，提供考试成绩单',
      alternatives: [['考试成绩单']],
      materials: [[['transcript']]],
    },
    {
      id: 'degree-course',
      label: '学历（学位）教育',
      keywords: ['学历', '学位', '深造', '在职研究生'],
      citation: at('10'),
      quote: '提升学历层次继续深造的，提供学习课程成绩单',
      alternatives: [['学习课程成绩单']],
      materials: [[['transcript']]],
    },
    {
      id: 'special-task',
      label: '“三援”、专家服务基层、公共卫生事件防控一线等特定工作任务',
      keywords: ['三援', '援藏', '援疆', '援外', '专家服务', '服务基层', '防控', '特定工作'],
      citation: at('9'),
      quote: '“三援”、专家服务基层、公共卫生事件防控一线等政府部门特定工作任务的提供派遣通知及考核表等相关辅证材料。',
      alternatives: [['派遣通知', '考核表等相关辅证材料']],
      materials: [[['dispatch-notice'], ['assessment-form']]],
    },
    {
      id: 'award',
      label: '获奖',
      keywords: ['奖'],
      citation: at('8'),
      quote: '主持或参与课题获政府或行业组织奖项的提供获奖证书。',
      alternatives: [['获奖证书']],
      materials: [[['award-certificate']]],
    },
    {
      id: 'patent',
      label: '专利',
      keywords: ['专利'],
      citation: at('7'),
      quote: '获得发明专利、实用新型专利的提供专利证书。',
      alternatives: [['专利证书']],
      materials: [[['patent-certificate']]],
    },
    {
      id: 'book',
      label: '出版著作（译作）',
      keywords: ['著作', '译作', '专著', '教材', '出版'],
      citation: at('6'),
      quote: '出版著作（译作）的提供含作者名字的著作封面、版权页及目录复印件。',
      alternatives: [['含作者名字的著作封面', '版权页', '目录复印件']],
      materials: [[['cover'], ['copyright-page'], ['contents']]],
    },
    {
      id: 'paper',
      label: '发表论文',
      keywords: ['论文', '期刊', '发表'],
      citation: at('6'),
      quote: '发表论文的提供刊物封面、刊号、含论文标题和作者姓名的目录复印件。',
      alternatives: [['刊物封面', '刊号', '含论文标题和作者姓名的目录复印件']],
      materials: [[['cover'], ['journal-number'], ['contents']]],
    },
    {
      id: 'research-project',
      label: '课题研究与项目开发',
      keywords: ['课题', '项目开发', '项目研究', '科研项目', '研发'],
      citation: at('5'),
      quote: '参加课题研究与项目开发的提供结题（项）证明材料。',
      alternatives: [['结题（项）证明材料']],
      materials: [[['conclusion-certificate']]],
    },
    {
      id: 'online-course',
      label: '远程教育（网络平台课程）',
      keywords: ['远程', '网络', '在线', '线上', '网课', '平台', '慕课'],
      citation: at('3'),
      quote: '参加网络平台专业课程等远程教育的提供以下材料：课程时长（或课程内容）及结业证书。',
      alternatives: [['课程时长（或课程内容）', '结业证书']],
      materials: [[['course-hours', 'course-content'], ['completion-certificate']]],
    },
    {
      id: 'practice',
      label: '继续教育实践活动',
      keywords: ['实践'],
      citation: at('2'),
      quote: '参加继续教育实践活动的提供以下材料之一：(1) 实践活动通知、加盖单位公章的派出通知；(2) 实践活动通知（或实践报名表）、实践活动日志。',
      alternatives: [
        ['实践活动通知', '加盖单位公章的派出通知'],
        ['实践活动通知（或实践报名表）', '实践活动日志'],
      ],
      materials: [
        [['notice'], ['dispatch-notice']],
        [['notice', 'signup-form'], ['activity-log']],
      ],
    },
    {
      id: 'conference',
      label: '学术会议、研讨、讲座、访问、交流',
      keywords: ['会议', '研讨', '讲座', '访问', '交流', '论坛', '学术', '年会'],
      citation: at('4'),
      quote:
        '参加学术会议、研讨、讲座、访问、交流等的提供以下材料之一：(1) 邀请函或通知、加盖公章的参会回执、学习笔记等资料；(2) 会议通讯录、邮件回执、财务报账单等其他辅证材料。',
      alternatives: [['邀请函或通知', '加盖公章的参会回执', '学习笔记等资料'], ['会议通讯录、邮件回执、财务报账单等其他辅证材料']],
      materials: [[['invitation', 'notice'], ['receipt'], ['study-material']], [['other-proof']]],
    },
    {
      id: 'training',
      label: '培训班、研修班、进修班',
      keywords: ['培训', '研修', '进修', '面授', '集中'],
      citation: at('1'),
      quote:
        '参加培训班、研修班、进修班的提供以下材料之一：(1) 培训通知、培训课程表（或培训日程安排）、培训签到表或其他签到形式；(2) 培训通知（或培训签到表、培训课程表、培训日程安排之一）、结业证书。',
      alternatives: [
        ['培训通知', '培训课程表（或培训日程安排）', '培训签到表或其他签到形式'],
        ['培训通知（或培训签到表、培训课程表、培训日程安排之一）', '结业证书'],
      ],
      materials: [
        [['notice'], ['timetable', 'schedule'], ['sign-in']],
        [['notice', 'sign-in', 'timetable', 'schedule'], ['completion-certificate']],
      ],
    },
  ];
}

/** Which material list item proves each kind of activity (2025: 附件 一.1–11). */
export function evidenceByKind2025(annex: string) {
  const silent = (what: string) => ({ silent: `${annex} 一 未列出${what}的佐证材料` });
  return {
    training: { form: 'training' },
    'online-course': { form: 'online-course' },
    'research-project': { form: 'research-project' },
    book: { form: 'book' },
    paper: { form: 'paper' },
    patent: { form: 'patent' },
    award: { form: 'award' },
    'aid-assignment': { form: 'special-task' },
    'expert-service': { form: 'special-task' },
    'degree-course': { form: 'degree-course' },
    'qualification-exam': { form: 'qualification-exam' },
    'digital-skills-exam': { form: 'digital-skills-exam' },
    'computer-exam': silent('计算机应用能力考试'),
    'overseas-exchange': { form: 'overseas-exchange' },
    'skills-competition': silent('技能大赛'),
  } as const;
}

/** The portal's upload control (same for every rule set: one portal). */
export const portalUpload = {
  citation: '继续教育学时网上核认操作指南（个人版）第7步 申报材料上传',
  quote: '只能上传jpg.jpeg.png.doc.docx.pdf文件,且不超过20M；材料上传说明：1.上传的材料严格按照继续教育文件要求上传；2.在国外刊物发表的论文须提供检索材料。',
  extensions: ['jpg', 'jpeg', 'png', 'doc', 'docx', 'pdf'],
  // 「不超过20M」: 20 MiB (20,971,520) or 20,000,000 bytes? The guide does not say. We take the smaller, so a file we
  // let through is never one the portal refuses (rules/README.md, decisions: 不超过20M).
  maxBytes: 20_000_000,
  notes: ['上传的材料严格按照继续教育文件要求上传', '在国外刊物发表的论文须提供检索材料'],
};

/** 附件1 国家级专业技术人员继续教育基地名单 (湘人社办函〔2025〕37号). */
export const nationalBases2025 = [
  { name: '中南大学', url: 'sypx.csu.edu.cn' },
  { name: '湖南大学', url: 'jxjyjd.hnu.edu.cn' },
  { name: '湖南师范大学', url: 'www.ejxjy.com' },
  { name: '长沙理工大学', url: 'jxjy.csust.edu.cn' },
  { name: '湖南农业大学', url: 'xnjxjy.hunau.edu.cn' },
  { name: '湖南开放大学', url: 'www.hnzjpx.net' },
  { name: '长沙环保职院', url: 'www.hbjypx.net/#/homepage' },
];

export const themes2025 = ['紧紧围绕推进中国式现代化进一步全面深化改革', '人工智能大模型技术及应用', '加强应急处突能力建设'];
