// Seeded variations of the replica's wording and layout: `?vary=<seed>` (an integer; 0 or absent = the replica as it is).
// The real portal's pages will not read exactly like the replica: this file imitates how they may differ, so that
// whatever recognises the screens can be tried against many plausible pages. One seed always gives the same page.
//
// Classes (each seed applies a random subset of at least three, each with its own random choices):
//   punctuation  — full/half-width colons, spaces inside and around labels, a written `*` (Element's CSS star hidden),
//                  zero-width characters (U+200B / U+FEFF) in labels, column headers and (sometimes) titles
//   units        — 公需科目折算学时分 → 公需科目折算学时（分） / 公需科目折算学时(分) (专业科目…, 合计… alike)
//   dialogHelp   — a helper line under dialog titles (el-dialog's #title slot), with or without the `title` prop
//   extraFields  — fields we do not know (其他学时（分）, 培训机构, 电子邮箱, 职务 …), bound to `extra_*` model keys
//   extraColumns — columns we do not know (学时类型, 填报时间, a numeric 其他学时 …); maybe a 附件 column for reviewers
//   order        — fields and columns reordered (公需/专业 blocks swapped, 合计 moved, person fields shuffled)
//   buttons      — icons and spaces on buttons (<i class="el-icon-plus"></i> 新增, 保 存, the `icon` prop)
//   synonyms     — the guides' synonyms (学时段明细 / 年限 of the province guide, 身份证 / 身份证号 / 证件号码)
//   controls     — other controls for the same field: 年度 as a select of years (2021 or 2021年) instead of a year
//                  picker, 继续教育形式 as a free-text input instead of a select
// `?attachments=column` adds the 附件 column to the reviewers' 学时年度明细 (by default it has none, as in both guides).
// What a seed applied is described as plain JSON in window.__replica.variation (see README.md).
(function () {
  'use strict';
  const XR = window.XR;
  const query = new URLSearchParams(location.search);

  // ---------- the seed and the PRNG ----------
  const seedText = (query.get('vary') || '').trim();
  const seed = /^-?\d+$/.test(seedText) && Number.isSafeInteger(Number(seedText)) ? Number(seedText) : 0;
  const active = seed !== 0;
  const seed32 = Number(BigInt.asUintN(32, BigInt(seed)));

  function hashString(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }
  function mulberry32(a) {
    return function () {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /** An independent random stream per decision name: adding a decision elsewhere never shifts this one. */
  function R(name) {
    const next = mulberry32((Math.imul(seed32, 0x9e3779b1) ^ hashString(name)) >>> 0);
    const r = {
      next,
      chance: (p) => next() < p,
      int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
      pick: (list) => list[Math.floor(next() * list.length)],
      shuffle(list) {
        const a = list.slice();
        for (let i = a.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [a[i], a[j]] = [a[j], a[i]];
        }
        return a;
      },
    };
    return r;
  }
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

  // ---------- which classes, and each class's choices ----------
  const CLASSES = ['punctuation', 'units', 'dialogHelp', 'extraFields', 'extraColumns', 'order', 'buttons', 'synonyms', 'controls'];
  const applied = [];
  if (active) {
    const r = R('classes');
    for (const c of CLASSES) if (r.chance(0.5)) applied.push(c);
    const rest = r.shuffle(CLASSES.filter((c) => !applied.includes(c)));
    while (applied.length < 3) applied.push(rest.shift());
    applied.sort((a, b) => CLASSES.indexOf(a) - CLASSES.indexOf(b));
  }
  const on = (c) => applied.includes(c);
  const choices = {};

  if (on('punctuation')) {
    const r = R('punctuation');
    const c = { colon: r.pick(['full', 'half', 'mixed', 'none']), spaces: r.chance(0.6), star: r.chance(0.5), starText: r.pick(['*', '* ']), zeroWidth: r.chance(0.6) };
    c.zeroWidthTitles = c.zeroWidth && r.chance(0.5);
    if (c.colon === 'none' && !c.spaces && !c.star && !c.zeroWidth) c.zeroWidth = true;
    choices.punctuation = c;
  }

  const UNIT_STYLES = ['（分）', '(分)', '分'];
  if (on('units')) {
    const r = R('units');
    const c = { forms: r.pick(UNIT_STYLES), tables: r.pick(UNIT_STYLES) };
    if (c.forms === '分' && c.tables === '分') c.forms = r.pick(UNIT_STYLES.slice(0, 2));
    choices.units = c;
  }

  // Dialogs of the 学时核认 screens, by id: their titles (canonical) and helper sentences.
  const DIALOG_TITLES = {
    applyForm: ['学时核认申报'],
    yearDetail: ['申报年度明细信息'],
    yearForm: ['新增申报年度明细信息', '修改申报年度明细信息'],
    rowUpload: ['上传附件'],
    applyFormB: ['学时核认申报'],
    slotUpload: ['申报材料上传'],
    auditDetail: ['学时核认申报详细'],
    rowInfo: ['详情'],
  };
  const HELP = {
    applyForm: ['请如实填写申报相关信息，带*号的为必填项。', '申报信息须与职称申报信息保持一致，填写完成后点击下一步。'],
    yearDetail: ['请逐年填写申报年度明细，每个年度填写一条记录。', '请逐年填写学时明细，并为每个年度上传学时证明材料。'],
    yearForm: ['请按年度填写公需科目和专业科目的折算学时。', '学时以“分”计，合计学时应等于公需科目与专业科目学时之和。'],
    rowUpload: ['请上传该年度的学时证明材料（结业证书、学时证明等）。', '每个年度的学时材料请分别上传。'],
    applyFormB: ['每个年度单独申报，请先选择年度再填写学时。', '请如实填写该年度的学时信息并上传佐证材料。'],
    slotUpload: ['带*号的材料为必传材料，选取文件后点击上传。', '请按材料类型分别上传。'],
    auditDetail: ['请点击“详情”查看职工上传的学时材料，对照材料审核所申报的学时。', '审核前请逐年核对学时及佐证材料。'],
    rowInfo: ['以下为该年度的申报明细及学时材料。', '请核对学时材料与所填学时是否一致。'],
  };
  if (on('dialogHelp')) {
    const r = R('dialogHelp');
    const titleProp = r.pick(['kept', 'omitted', 'mixed']);
    const dialogs = {};
    for (const id of Object.keys(HELP)) {
      if (r.chance(0.6)) dialogs[id] = { help: r.pick(HELP[id]), titleProp: titleProp === 'mixed' ? r.chance(0.5) : titleProp === 'kept' };
    }
    if (!Object.keys(dialogs).length) dialogs.yearDetail = { help: HELP.yearDetail[0], titleProp: titleProp !== 'omitted' };
    choices.dialogHelp = { titleProp, dialogs };
  }

  if (on('extraFields')) {
    const r = R('extraFields');
    const numeric = () => {
      const e = r.pick([
        { key: 'extra_其他学时', labels: ['其他学时（分）', '其他学时分', '其他学时(分)', '其他学时'] },
        { key: 'extra_线下学时', labels: ['线下学时（分）', '线下学时分'] },
      ]);
      return { key: e.key, label: r.pick(e.labels), type: 'number', target: 'row', near: 'totalHours', side: r.pick(['before', 'after']) };
    };
    const TEXTS = [{ key: 'extra_培训机构', label: '培训机构' }, { key: 'extra_培训地点', label: '培训地点' }, { key: 'extra_证书编号', label: '证书编号' }];
    const PERSON = [{ key: 'extra_电子邮箱', label: '电子邮箱' }, { key: 'extra_职务', label: '职务' }, { key: 'extra_通讯地址', label: '通讯地址' }, { key: 'extra_现从事专业', label: '现从事专业' }];
    const year = [numeric()];
    if (r.chance(0.8)) year.push({ ...r.pick(TEXTS), type: 'text', target: 'row' });
    const person = r.shuffle(PERSON).slice(0, r.int(1, 2)).map((e) => ({ ...e, type: 'text', target: 'form' }));
    const formB = [numeric()];
    if (r.chance(0.4)) formB.push({ ...r.pick(PERSON), type: 'text', target: 'form' });
    choices.extraFields = { year, person, formB };
  }

  if (on('extraColumns')) {
    const r = R('extraColumns');
    const otherHours = r.int(3, 16);
    const hourColumns = () => {
      const list = [];
      if (r.chance(0.5)) list.push({ key: 'extra_学时类型', header: '学时类型', value: r.pick(['继续教育', '专业技术人员继续教育']) });
      if (r.chance(0.5)) list.push({ key: 'extra_填报时间', header: '填报时间', value: '2025-03-18 09:30:12' });
      if (r.chance(0.8) || !list.length) list.push({ key: 'extra_其他学时', header: r.pick(['其他学时', '其他学时（分）', '其他学时(分)']), value: otherHours, numeric: true });
      return list;
    };
    const listColumns = () => {
      const pool = [
        { key: 'extra_填报时间', header: '填报时间', value: '2025-03-18 09:30:12' },
        { key: 'extra_申报编号', header: '申报编号', value: 'XSHR2025000123' },
        { key: 'extra_经办机构', header: '经办机构', value: '长沙市人力资源和社会保障局' },
      ];
      return r.shuffle(pool).slice(0, r.int(1, 2));
    };
    const tables = {};
    for (const id of ['yearTable', 'filed', 'filedB', 'review']) if (r.chance(0.75)) tables[id] = hourColumns();
    for (const id of ['applyList', 'applyListB', 'auditList']) if (r.chance(0.6)) tables[id] = listColumns();
    if (!Object.keys(tables).length) tables.yearTable = hourColumns();
    choices.extraColumns = { otherHours, tables, attachments: r.chance(0.4) ? r.pick(['附件', '附件数']) : null };
  }

  if (on('order')) choices.order = true; // the orders themselves are drawn per form/table (see reorder)

  // Buttons whose icon or spacing may vary, with the icon they get.
  const BUTTON_ICONS = {
    新增学时核认申报: 'el-icon-circle-plus-outline', 提交: 'el-icon-s-promotion', 修改: 'el-icon-edit', 删除: 'el-icon-delete', 查看: 'el-icon-view',
    撤销: 'el-icon-refresh-left', 审核进度: 'el-icon-time', 保存: 'el-icon-check', 下一步: 'el-icon-right', 关闭: 'el-icon-close', 新增: 'el-icon-plus',
    上传附件: 'el-icon-upload2', 点击上传: 'el-icon-upload', 选取文件: 'el-icon-folder-opened', 上传: 'el-icon-upload', 学时佐证材料上传: 'el-icon-upload',
    查询: 'el-icon-search', 重置: 'el-icon-refresh', 审核: 'el-icon-s-check', 详情: 'el-icon-document', 审核通过: 'el-icon-circle-check', 审核不通过: 'el-icon-circle-close',
  };
  const BUTTON_STYLES = ['spaced', 'icon', 'literal', 'iconSpaced'];
  if (on('buttons')) {
    const r = R('buttons');
    const styles = {};
    for (const k of Object.keys(BUTTON_ICONS)) if (r.chance(0.5)) styles[k] = r.pick(BUTTON_STYLES);
    if (!Object.keys(styles).length) styles.新增 = 'literal';
    choices.buttons = styles;
  }

  const ID_WORDS = ['身份证', '身份证号', '证件号码'];
  if (on('synonyms')) {
    const r = R('synonyms');
    const c = {
      reviewGuide: r.pick(['province', 'zhuzhou']), // province: 学时段明细 with 年限 (002 附件3); zhuzhou: 学时年度明细 with 年度 (000/001)
      idColumns: { applyList: r.pick(ID_WORDS), applyListB: r.pick(ID_WORDS), auditList: r.pick(ID_WORDS) },
      reviewIdLabel: r.pick(['身份证号', '证件号码']),
      queryIdLabel: r.pick(['身份证号', '证件号码']),
    };
    const canonical = c.reviewGuide === 'zhuzhou' && Object.values(c.idColumns).every((w) => w === '身份证') && c.reviewIdLabel === '身份证号' && c.queryIdLabel === '身份证号';
    if (canonical) c.reviewGuide = 'province';
    choices.synonyms = c;
  }

  if (on('controls')) {
    const r = R('controls');
    const c = { yearSelect: r.chance(0.6), yearOption: r.pick(['yyyy', 'yyyy年']), freeForms: r.chance(0.5) };
    if (!c.yearSelect && !c.freeForms) c.yearSelect = true;
    choices.controls = c;
  }
  /** The control a yearly field gets in this seed (the spec's own type unless `controls` changes it). */
  function controlType(spec) {
    const c = choices.controls;
    if (!c) return spec.type;
    if (spec.type === 'year' && c.yearSelect) return 'yearSelect';
    if ((spec.key === 'publicForm' || spec.key === 'professionalForm') && c.freeForms) return 'text';
    return spec.type;
  }

  const attachmentsParam = query.get('attachments') === 'column';
  const attachmentsHeader = attachmentsParam ? '附件' : choices.extraColumns && choices.extraColumns.attachments;
  XR.options.vary = seed;
  XR.options.attachments = attachmentsParam ? 'column' : 'none';

  // A written star replaces Element's CSS star (and alt labels write theirs).
  XR.hideAsterisk = choices.punctuation ? choices.punctuation.star : XR.labelsMode === 'alt';

  // ---------- texts ----------
  const YEAR_KEYS = ['year', 'publicName', 'publicHours', 'publicForm', 'professionalName', 'professionalHours', 'professionalForm', 'totalHours'];
  const HOUR_KEYS = ['publicHours', 'professionalHours', 'totalHours'];
  const ZW = ['\u200b', '\ufeff'];

  function unitize(text, style) {
    if (!style || !/学时分$/.test(text)) return text;
    return text.replace(/分$/, style);
  }
  function zeroWidth(r, text) {
    const i = r.int(0, text.length);
    return text.slice(0, i) + r.pick(ZW) + text.slice(i);
  }
  function spacedInside(r, text) {
    if (text.length < 2) return text;
    if (text.length === 2) return `${text[0]} ${text[1]}`;
    const i = r.int(1, text.length - 1);
    return `${text.slice(0, i)} ${text.slice(i)}`;
  }
  /** A label written the way this seed writes labels (kind: 'form' labels have no colon by default, 'view' ones `:`). */
  function punctuate(id, key, worded, required, index, kind) {
    const p = choices.punctuation;
    if (!p) return kind === 'view' ? XR.viewLabel(worded, index) : XR.formLabel(worded, index, required);
    const r = R(`punctuation:${id}:${key}`);
    let t = worded;
    if (p.spaces && r.chance(0.4)) t = spacedInside(r, t);
    if (p.zeroWidth && r.chance(0.35)) t = zeroWidth(r, t);
    const colon = p.colon === 'mixed' ? r.pick(['：', ':', ' :', '']) : p.colon === 'full' ? '：' : p.colon === 'half' ? ':' : '';
    let out = `${required && p.star ? p.starText : ''}${t}${colon}`;
    if (p.spaces && r.chance(0.3)) out = ` ${out} `;
    return out;
  }
  function maybeZeroWidth(name, text, p) {
    const c = choices.punctuation;
    if (!c || !c.zeroWidth) return text;
    const r = R(`zw:${name}`);
    return r.chance(p) ? zeroWidth(r, text) : text;
  }

  // ---------- orders ----------
  function shuffleChanged(r, list) {
    if (list.length < 2) return list.slice();
    const out = r.shuffle(list);
    return same(out, list) ? [...list.slice(1), list[0]] : out;
  }
  /** The yearly fields/columns reordered: 公需/专业 blocks maybe swapped (and permuted inside), 合计 moved. */
  function yearBlocks(r, part) {
    const has = (k) => part.includes(k);
    let pub = ['publicName', 'publicHours', 'publicForm'].filter(has);
    let pro = ['professionalName', 'professionalHours', 'professionalForm'].filter(has);
    if (pub.length > 1 && pub.length === pro.length && r.chance(0.3)) {
      const perm = r.shuffle(pub.map((_, i) => i));
      pub = perm.map((i) => pub[i]);
      pro = perm.map((i) => pro[i]);
    }
    const build = (swap, where) => {
      const seq = [...(has('year') ? ['year'] : []), ...(swap ? [...pro, ...pub] : [...pub, ...pro])];
      if (has('totalHours')) {
        const idx = where === 'first' ? 0 : where === 'afterYear' ? (has('year') ? 1 : 0) : where === 'afterPublic' ? seq.indexOf(pub[pub.length - 1]) + 1 : seq.length;
        seq.splice(idx, 0, 'totalHours');
      }
      return seq;
    };
    const seq = build(r.chance(0.5), r.pick(['end', 'first', 'afterYear', 'afterPublic']));
    return same(seq, part) ? build(true, 'end') : seq;
  }
  const FIXED_FIRST = ['serial'];
  const FIXED_LAST = ['actions', '备注'];
  /** Class 6: another order of these keys (the 序号 column stays first, 操作 and 备注 stay last). */
  function reorder(id, keys) {
    const r = R(`order:${id}`);
    const first = keys.filter((k) => FIXED_FIRST.includes(k));
    const last = keys.filter((k) => FIXED_LAST.includes(k));
    const mid = keys.filter((k) => !first.includes(k) && !last.includes(k));
    const yearPart = mid.filter((k) => YEAR_KEYS.includes(k));
    if (!yearPart.length) return [...first, ...shuffleChanged(r, mid), ...last];
    const at = mid.indexOf(yearPart[0]);
    const before = mid.slice(0, at).filter((k) => !YEAR_KEYS.includes(k));
    const after = mid.slice(at).filter((k) => !YEAR_KEYS.includes(k));
    return [...first, ...shuffleChanged(r, before), ...yearBlocks(r, yearPart), ...(r.chance(0.5) ? shuffleChanged(r, after) : after), ...last];
  }
  /** Unknown fields/columns go in: a numeric one right next to 合计, the others anywhere between the fixed ends. */
  function insertExtras(id, order, extras) {
    const out = order.slice();
    for (const e of extras) {
      const r = R(`extraAt:${id}:${e.key}`);
      let idx;
      if (e.near && out.includes(e.near)) idx = out.indexOf(e.near) + (e.side === 'after' ? 1 : 0);
      else if (e.numeric && out.includes('totalHours') && r.chance(0.5)) idx = out.indexOf('totalHours') + r.int(0, 1);
      else {
        const lo = out.filter((k) => FIXED_FIRST.includes(k)).length;
        const lastAt = out.findIndex((k) => FIXED_LAST.includes(k));
        const hi = lastAt < 0 ? out.length : lastAt;
        idx = r.int(lo, hi);
      }
      out.splice(idx, 0, e.key);
    }
    return out;
  }

  // ---------- forms ----------
  const forms = {};
  /**
   * The fields of form `id` in this seed's order, each with `text` (its visible label); unknown fields added.
   * `specs` are the canonical field specs in the guide's order, `altKeys` the order of `?labels=alt`.
   */
  function layout(id, specs, altKeys) {
    if (!forms[id]) {
      const keys = specs.map((s) => s.key);
      let order = on('order') ? reorder(id, keys) : XR.labelsMode === 'alt' && altKeys ? altKeys.slice() : keys;
      const extras = ((choices.extraFields && choices.extraFields[id]) || []).map((e) => ({ key: e.key, label: e.label, type: e.type, target: e.target, extra: true }));
      order = insertExtras(id, order, (choices.extraFields && choices.extraFields[id]) || []);
      const all = Object.fromEntries([...specs, ...extras].map((s) => [s.key, s]));
      const labels = {};
      const words = {};
      order.forEach((k, i) => {
        const s = all[k];
        words[k] = HOUR_KEYS.includes(k) && choices.units ? unitize(s.label, choices.units.forms) : s.label;
        labels[k] = punctuate(id, k, words[k], !!s.required, i, 'form');
      });
      forms[id] = { order, labels, words, required: order.filter((k) => all[k].required), extras };
    }
    const plan = forms[id];
    const all = Object.fromEntries([...specs, ...plan.extras].map((s) => [s.key, s]));
    return plan.order.map((k) => ({ ...all[k], type: controlType(all[k]), yearOption: choices.controls && choices.controls.yearOption, text: plan.labels[k], word: plan.words[k] }));
  }
  /** A label of a form that is not an xr-field grid (the reviewers' 查询 form). */
  function formLabel(id, key, text, index) {
    let worded = text;
    if (key === 'idNumber' && choices.synonyms && id === 'auditQuery') worded = choices.synonyms.queryIdLabel;
    const out = choices.punctuation ? punctuate(id, key, worded, false, index, 'form') : worded;
    (forms[id] = forms[id] || { order: [], labels: {}, words: {}, required: [], extras: [] });
    if (!forms[id].order.includes(key)) forms[id].order.push(key);
    forms[id].labels[key] = out;
    forms[id].words[key] = worded;
    return out;
  }

  /** The word (no punctuation) a form's label uses for this field. */
  const formWord = (id, key) => forms[id] && forms[id].words[key];

  // ---------- read-only views (学时核认申报详细's header, 详情) ----------
  const views = {};
  /**
   * items: [key, canonical label, value]; returns [{ key, k: label text, v }] in this seed's order.
   * options.reorder === false keeps the order; options.alt === false: `?labels=alt` leaves these labels alone.
   */
  function viewItems(id, items, options = {}) {
    if (!views[id]) {
      const keys = items.map(([k]) => k);
      const order = on('order') && options.reorder !== false ? reorder(id, keys) : keys;
      const canon = Object.fromEntries(items.map(([k, t]) => [k, t]));
      const labels = {};
      order.forEach((k, i) => {
        let worded = canon[k];
        if (k === 'idNumber' && choices.synonyms) worded = choices.synonyms.reviewIdLabel;
        if (HOUR_KEYS.includes(k) && choices.units) worded = unitize(worded, choices.units.tables);
        labels[k] = !choices.punctuation && options.alt === false ? `${worded}:` : punctuate(id, k, worded, false, i, 'view');
      });
      views[id] = { order, labels };
    }
    const plan = views[id];
    const value = Object.fromEntries(items.map(([k, , v]) => [k, v]));
    return plan.order.map((k) => ({ key: k, k: plan.labels[k], v: value[k] }));
  }

  // ---------- tables ----------
  const tables = {};
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  function headerText(id, key, canonical) {
    let t = canonical;
    const syn = choices.synonyms;
    if (syn && key === 'idNumber' && syn.idColumns[id]) t = syn.idColumns[id];
    if (syn && id === 'review' && key === 'year' && syn.reviewGuide === 'province') t = '年限';
    if (key === 'attachments' && attachmentsHeader) t = attachmentsHeader;
    if (HOUR_KEYS.includes(key) && choices.units) t = unitize(t, choices.units.tables);
    return maybeZeroWidth(`header:${id}:${key}`, t, 0.3);
  }
  /**
   * The el-table-column tags of table `id` as template text, in this seed's order, with this seed's headers and
   * unknown columns. cols: [{ key, label, attrs, inner }] in the guide's order.
   */
  function columns(id, cols) {
    if (!tables[id]) {
      const keys = cols.map((c) => c.key);
      const extras = (choices.extraColumns && choices.extraColumns.tables[id]) || [];
      const order = insertExtras(id, on('order') ? reorder(id, keys) : keys, extras);
      const canon = Object.fromEntries(cols.map((c) => [c.key, c.label]));
      const headers = {};
      for (const k of order) {
        const e = extras.find((x) => x.key === k);
        headers[k] = e ? maybeZeroWidth(`header:${id}:${k}`, e.header, 0.3) : headerText(id, k, canon[k]);
      }
      tables[id] = { order, headers, extras: extras.map((e) => ({ key: e.key, header: headers[e.key], value: e.value })) };
    }
    const plan = tables[id];
    const byKey = Object.fromEntries(cols.map((c) => [c.key, c]));
    for (const e of plan.extras) byKey[e.key] = { attrs: 'min-width="90" align="center"', inner: `<template #default>${esc(e.value)}</template>` };
    return plan.order.map((k) => `<el-table-column ${byKey[k].attrs} label="${esc(plan.headers[k])}">${byKey[k].inner || ''}</el-table-column>`).join('\n');
  }

  // ---------- titles, sections, slot names ----------
  const SECTIONS = {
    'applyForm.person': '申报相关信息', 'applyForm.filed': '已申报学时信息', 'applyFormB.filed': '已申报学时信息', yearDetail: '申报年度明细信息',
    review: '学时年度明细', 'rowInfo.files': '学时材料', 'rowInfo.slots': '申报材料',
  };
  function titleText(id, text) {
    const c = choices.punctuation;
    if (!c || !c.zeroWidthTitles) return text;
    const r = R(`title:${id}:${text}`);
    return r.chance(0.5) ? zeroWidth(r, text) : text;
  }
  function section(id, text) {
    let t = text;
    if (id === 'review' && choices.synonyms && choices.synonyms.reviewGuide === 'province') t = '学时段明细';
    return titleText(`section:${id}`, t);
  }
  function slotLabel(name) {
    const p = choices.punctuation;
    if (!p) return name;
    const r = R(`slot:${name}`);
    let t = name;
    if (p.spaces && r.chance(0.4)) t = spacedInside(r, t);
    if (p.zeroWidth && r.chance(0.35)) t = zeroWidth(r, t);
    const colon = p.colon === 'mixed' ? r.pick(['：', ':', '']) : p.colon === 'full' ? '：' : p.colon === 'half' ? ':' : '';
    return t + colon;
  }
  function dialogPlan(id) {
    const d = choices.dialogHelp && choices.dialogHelp.dialogs[id];
    return d || null;
  }
  /** The el-dialog's title binding (none when this seed writes the title in the #title slot only). */
  function dialogTitleAttr(id, expr) {
    const d = dialogPlan(id);
    return d && !d.titleProp ? '' : `:title="$vary.title('${id}', ${expr})"`;
  }
  /** The #title slot with the helper line, or nothing. */
  function dialogTitleSlot(id, expr) {
    const d = dialogPlan(id);
    if (!d) return '';
    return `<template #title><span class="el-dialog__title">{{ $vary.title('${id}', ${expr}) }}</span><div class="xr-dialog-help">${esc(d.help)}</div></template>`;
  }

  // ---------- buttons ----------
  function button(key) {
    const style = (choices.buttons && choices.buttons[key]) || 'same';
    const spaced = style === 'spaced' || style === 'iconSpaced';
    const text = !spaced ? key : key.length === 2 ? `${key[0]} ${key[1]}` : ` ${key} `;
    return { style, text, iconProp: style === 'icon' || style === 'iconSpaced' ? BUTTON_ICONS[key] : null, literalIcon: style === 'literal' ? BUTTON_ICONS[key] : null };
  }
  // An el-button whose text and icon follow this seed: <xr-btn k="保存" type="primary" …> (other attributes go to el-button).
  Vue.component('xr-btn', {
    functional: true,
    props: { k: { type: String, required: true }, icon: String },
    render(h, ctx) {
      const b = button(ctx.props.k);
      const icon = b.literalIcon ? null : b.iconProp || ctx.props.icon; // a written icon replaces the icon prop
      const data = { ...ctx.data, attrs: { ...(ctx.data.attrs || {}), ...(icon ? { icon } : {}) } };
      return h('el-button', data, b.literalIcon ? [h('i', { class: b.literalIcon }), ` ${b.text}`] : [b.text]);
    },
  });

  // ---------- the description ----------
  function describe() {
    const dialogs = {};
    for (const [id, titles] of Object.entries(DIALOG_TITLES)) {
      const d = dialogPlan(id);
      dialogs[id] = { titles: Object.fromEntries(titles.map((t) => [t, titleText(id, t)])), help: d ? d.help : null, titleProp: d ? d.titleProp : true };
    }
    const extraFields = Object.values(forms).flatMap((f) => f.extras.map((e) => e.key));
    const extraColumns = Object.values(tables).flatMap((t) => t.extras.map((e) => e.key));
    return XR.clone({
      seed, active, classes: applied, choices, labels: XR.labelsMode,
      attachmentsColumn: !!attachmentsHeader, attachmentsHeader: attachmentsHeader || null,
      hideAsterisk: XR.hideAsterisk,
      forms: Object.fromEntries(Object.entries(forms).map(([id, f]) => [id, { order: f.order, labels: f.labels, words: f.words, required: f.required, extras: f.extras }])),
      tables,
      views,
      dialogs,
      sections: Object.fromEntries(Object.entries(SECTIONS).map(([id, t]) => [id, section(id, t)])),
      slots: Object.fromEntries(XR.SLOTS.map((s) => [s, slotLabel(s)])),
      buttons: Object.fromEntries(Object.keys(BUTTON_ICONS).map((k) => [k, button(k)])),
      extraFields: [...new Set(extraFields)],
      extraColumns: [...new Set(extraColumns)],
    });
  }

  XR.vary = {
    seed, active, classes: applied, choices, on,
    layout, formLabel, formWord, viewItems, columns, headerText,
    title: titleText, section, slotLabel, dialogTitleAttr, dialogTitleSlot, button,
    attachmentsHeader: attachmentsHeader || null,
    describe,
  };
  Vue.prototype.$vary = XR.vary;
})();
