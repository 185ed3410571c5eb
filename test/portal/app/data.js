// Replica data: the store behind every screen, the default (fictional) people, the event log and the option lists.
// Plain script (no build step): everything hangs off window.XR.
(function () {
  'use strict';
  const XR = (window.XR = window.XR || {});
  const query = new URLSearchParams(location.search);

  const saveDelayParam = Number(query.get('saveDelay'));
  const loadDelayParam = Number(query.get('loadDelay'));
  XR.options = {
    // How long saves/submits/reviews show their loading mask.
    saveDelay: Number.isFinite(saveDelayParam) && query.get('saveDelay') !== null && saveDelayParam >= 0 ? saveDelayParam : 600,
    // How long a freshly opened 申报年度明细信息 / 学时核认申报详细 shows an empty, loading table before its rows arrive.
    loadDelay: Number.isFinite(loadDelayParam) && loadDelayParam >= 0 ? loadDelayParam : 0,
    // `?region=cascader`: 行政区划名称 is an el-cascader (湖南省 → …) instead of an el-select.
    regionCascader: query.get('region') === 'cascader',
  };

  // Option lists of the portal's el-selects (the guides show 远程教育 and 培训班; the rest is a realistic list).
  XR.CE_FORMS = ['培训班', '研修班', '进修班', '远程教育', '学术会议', '学术讲座', '学术访问', '研讨会', '实践活动', '课题研究', '论文著作', '发明专利', '其他'];
  XR.OPTIONS = {
    性别: ['男', '女'],
    民族: ['汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '其他'],
    单位性质: ['机关', '事业单位', '国有企业', '民营企业', '外资企业', '社会团体', '其他'],
    拟申报职称: ['正高级', '副高级', '中级', '初级'],
    最高学历: ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专', '高中及以下'],
    申报大类: ['工程', '卫生', '教育', '农业', '经济', '会计', '统计', '审计', '新闻', '出版', '翻译', '图书资料', '文物博物', '群众文化', '艺术', '工艺美术', '体育', '自然科学研究', '社会科学研究', '档案', '实验技术'],
    行政区划名称: ['湖南省省本级', '长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市', '永州市', '怀化市', '娄底市', '湘西土家族苗族自治州'],
  };
  // Fictional employers for the 单位名称 「选择」 dialog.
  XR.UNITS = [
    { name: '长沙示例建设工程有限公司', code: '91430100MA4EXAMP01', nature: '国有企业' },
    { name: '湘江示范勘察设计研究院', code: '12430000EXAMPLE002', nature: '事业单位' },
    { name: '株洲样例机械制造有限公司', code: '91430200MA4EXAMP03', nature: '民营企业' },
    { name: '湘潭演示第一中学', code: '12430300EXAMPLE004', nature: '事业单位' },
  ];
  XR.SLOTS = ['学历信息', '委托审批函', '上传学时申报材料', '学时上传'];
  XR.REQUIRED_SLOTS = ['学历信息', '委托审批函', '学时上传'];
  XR.FORM_KEYS = ['证件号码', '姓名', '性别', '民族', '单位名称', '单位性质', '拟申报职称', '联系电话', '最高学历', '申报大类', '子专业名称', '行政区划名称', '备注', '申报年度'];
  XR.STATUSES = ['待提交', '待审核', '审核通过', '审核不通过', '退回'];
  // What the list's 审核状态 column shows for each status (the guide's screenshots show 暂存 for a saved, unsubmitted one).
  XR.STATUS_TEXT = { 待提交: '暂存', 待审核: '待审核', 审核通过: '审核通过', 审核不通过: '审核不通过', 退回: '退回' };

  let idCounter = 1000;
  XR.newId = (prefix) => `${prefix}-${++idCounter}`;

  function emptySlots() {
    const slots = {};
    for (const s of XR.SLOTS) slots[s] = [];
    return slots;
  }
  function normaliseFile(f) {
    const out = { name: String(f.name || ''), type: String(f.type || ''), size: Number(f.size) || 0 };
    if (f.sha256) out.sha256 = String(f.sha256);
    if (f.id) out.id = String(f.id);
    else out.id = XR.newId('file');
    return out;
  }
  /** Values of fields the guides do not show (`?vary` adds them, as `extra_*` keys): kept as they are. */
  function extras(obj) {
    const out = {};
    for (const k of Object.keys(obj || {})) if (k.startsWith('extra_')) out[k] = obj[k];
    return out;
  }
  XR.extras = extras;
  function normaliseRow(r) {
    const num = (v) => (v === '' || v === null || v === undefined ? 0 : Number(v));
    return {
      ...extras(r),
      id: r.id ? String(r.id) : XR.newId('row'),
      year: Number(r.year),
      publicName: String(r.publicName ?? ''),
      publicHours: num(r.publicHours),
      publicForm: String(r.publicForm ?? ''),
      professionalName: String(r.professionalName ?? ''),
      professionalHours: num(r.professionalHours),
      professionalForm: String(r.professionalForm ?? ''),
      totalHours: num(r.totalHours),
      attachments: Array.isArray(r.attachments) ? r.attachments.map(normaliseFile) : [],
    };
  }
  /** Completes a (possibly partial) application given to seed(): every field the screens read exists afterwards. */
  XR.normaliseApplication = function (a) {
    const form = extras(a.form);
    for (const k of XR.FORM_KEYS) form[k] = a.form && a.form[k] !== undefined && a.form[k] !== null ? String(a.form[k]) : '';
    const slots = emptySlots();
    if (a.slots) for (const s of XR.SLOTS) if (Array.isArray(a.slots[s])) slots[s] = a.slots[s].map(normaliseFile);
    const app = {
      id: a.id ? String(a.id) : XR.newId('app'),
      variant: a.variant === 'B' ? 'B' : 'A',
      status: XR.STATUSES.includes(a.status) ? a.status : '待提交',
      reviewStage: ['unit', 'upper', 'agency'].includes(a.reviewStage) ? a.reviewStage : 'unit',
      unitOpinion: String(a.unitOpinion || ''),
      agencyReason: String(a.agencyReason || ''),
      form,
      rows: Array.isArray(a.rows) ? a.rows.map(normaliseRow) : [],
      slots,
      history: Array.isArray(a.history) ? a.history.slice() : [],
    };
    if (app.variant === 'B' && !app.form.申报年度 && app.rows[0]) app.form.申报年度 = String(app.rows[0].year);
    return app;
  };

  // ---- default data (fictional people; IDs carry a valid GB 11643 check digit) ----
  const zhangsan = {
    证件号码: '430102199003151234', 姓名: '张三', 性别: '男', 民族: '汉族', 单位名称: '长沙示例建设工程有限公司', 单位性质: '国有企业',
    拟申报职称: '副高级', 联系电话: '13900001234', 最高学历: '大学本科', 申报大类: '工程', 子专业名称: '建筑学', 行政区划名称: '湖南省省本级', 备注: '', 申报年度: '2025',
  };
  function yearRow(year, pub, pro, forms, files) {
    return {
      year, publicName: `${year}年公需科目网络培训`, publicHours: pub, publicForm: forms[0], professionalName: `${year}年建筑工程专业科目培训`,
      professionalHours: pro, professionalForm: forms[1], totalHours: pub + pro,
      attachments: files.map((name, i) => ({ name, type: name.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg', size: 180000 + 4099 * (i + 1) + year })),
    };
  }
  function applicantDefaults() {
    return [
      { id: 'app-a-1', variant: 'A', status: '待提交', form: { ...zhangsan }, rows: [] },
      { id: 'app-b-1', variant: 'B', status: '待提交', form: { ...zhangsan, 申报年度: '' }, rows: [] },
    ];
  }
  function reviewerDefaults() {
    const lisi = { ...zhangsan, 证件号码: '430602198707224561', 姓名: '李四', 性别: '女', 单位名称: '长沙示例建设工程有限公司', 联系电话: '13900005678', 最高学历: '硕士研究生', 子专业名称: '岩土工程', 行政区划名称: '长沙市' };
    const wangwu = { ...zhangsan, 证件号码: '430203198509107895', 姓名: '王五', 单位名称: '长沙示例建设工程有限公司', 联系电话: '13900009012', 拟申报职称: '正高级', 子专业名称: '结构工程', 行政区划名称: '长沙市' };
    const zhaoliu = { ...zhangsan, 证件号码: '430405199201012468', 姓名: '赵六', 性别: '女', 单位名称: '湘江示范勘察设计研究院', 单位性质: '事业单位', 联系电话: '13900003456', 子专业名称: '工程测量', 申报年度: '2024' };
    const tf = ['远程教育', '培训班'];
    return [
      {
        id: 'app-r-1', variant: 'A', status: '待审核', form: lisi,
        rows: [2020, 2021, 2022, 2023, 2024].map((y) => yearRow(y, 30, 60, tf, [`${y}年公需科目学时证明.pdf`, `${y}年专业科目结业证书.jpg`])),
      },
      {
        id: 'app-r-2', variant: 'A', status: '待审核', form: wangwu,
        rows: [
          yearRow(2020, 30, 60, tf, [`2020年结业证书.pdf`]),
          yearRow(2021, 30, 60, tf, []),
          yearRow(2022, 24, 60, ['远程教育', '学术会议'], [`2022年会议通知及签到表.pdf`]),
          { ...yearRow(2023, 30, 64, tf, [`2023年结业证书.pdf`]), totalHours: 90 }, // 合计 typed wrong: 30 + 64 ≠ 90
        ],
      },
      {
        id: 'app-r-3', variant: 'B', status: '待审核', reviewStage: 'upper', form: zhaoliu,
        rows: [yearRow(2024, 30, 60, tf, [])],
        slots: { 学历信息: [{ name: '学历证书.jpg', type: 'image/jpeg', size: 320411 }], 委托审批函: [{ name: '委托审批函.pdf', type: 'application/pdf', size: 120033 }], 上传学时申报材料: [], 学时上传: [{ name: '2024年学时证明.pdf', type: 'application/pdf', size: 210877 }] },
      },
    ];
  }
  // The logged-in applicant (个人网厅 account): a new application starts with these.
  XR.user = { 证件号码: zhangsan.证件号码, 姓名: zhangsan.姓名, 性别: zhangsan.性别 };
  XR.blankForm = function () {
    const form = {};
    for (const k of XR.FORM_KEYS) form[k] = '';
    form.民族 = '汉族';
    return form;
  };
  XR.now = function () {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  };

  const route = location.hash.replace(/^#/, '');
  const initial = /audit/.test(route) ? reviewerDefaults() : applicantDefaults();

  XR.store = Vue.observable({ applications: initial.map(XR.normaliseApplication), generation: 0 });
  XR.events = [];
  XR.log = function (type, detail) {
    const e = Object.assign(JSON.parse(JSON.stringify(detail || {})), { type, at: Date.now() });
    XR.events.push(e);
    return e;
  };
  XR.findApp = (id) => XR.store.applications.find((a) => a.id === id);
  XR.clone = (v) => JSON.parse(JSON.stringify(v));
  XR.sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  XR.formatSize = function (n) {
    if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)}MB`;
    if (n >= 1024) return `${(n / 1024).toFixed(1)}KB`;
    return `${n}B`;
  };
  /** What the list's 审核状态 shows, including where the application is in the review chain. */
  XR.statusText = function (app) {
    if (app.status === '待审核') return app.reviewStage === 'upper' ? '待上级单位审核' : app.reviewStage === 'agency' ? '待经办机构审核' : '待审核';
    return XR.STATUS_TEXT[app.status] || app.status;
  };
})();
