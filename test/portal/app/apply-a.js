// Variant A applicant screens (2025 guides): 我要申报 list → 申报相关信息 form → 申报年度明细信息 → 新增申报年度明细信息 / 上传附件.
(function () {
  'use strict';
  const XR = window.XR;
  const opt = XR.OPTIONS;

  // 申报相关信息: the personal fields, in the guide's order (alt mode: another order).
  const PERSON_SPECS = {
    证件号码: { key: '证件号码', label: '证件号码', required: true, pattern: /^\d{17}[\dXx]$/, patternMessage: '请输入正确的证件号码' },
    姓名: { key: '姓名', label: '姓名', required: true },
    性别: { key: '性别', label: '性别', type: 'select', options: opt.性别 },
    民族: { key: '民族', label: '民族', type: 'select', options: opt.民族, required: true },
    单位名称: { key: '单位名称', label: '单位名称', type: 'unit', required: true },
    单位性质: { key: '单位性质', label: '单位性质', type: 'select', options: opt.单位性质, required: true },
    拟申报职称: { key: '拟申报职称', label: '拟申报职称', type: 'select', options: opt.拟申报职称, required: true },
    联系电话: { key: '联系电话', label: '联系电话', required: true, pattern: /^1\d{10}$/, patternMessage: '请输入正确的联系电话' },
    最高学历: { key: '最高学历', label: '最高学历', type: 'select', options: opt.最高学历, required: true },
    申报大类: { key: '申报大类', label: '申报大类', type: 'select', options: opt.申报大类, required: true },
    子专业名称: { key: '子专业名称', label: '子专业名称', required: true },
    // `?region=cascader`: an el-cascader 湖南省 → 湖南省省本级 / 长沙市 … (show-all-levels off, so it shows 湖南省省本级 as the guide does).
    行政区划名称: XR.options.regionCascader
      ? { key: '行政区划名称', label: '行政区划名称', type: 'cascader', options: [{ value: '湖南省', label: '湖南省', children: opt.行政区划名称.map((x) => ({ value: x, label: x })) }], required: true }
      : { key: '行政区划名称', label: '行政区划名称', type: 'select', options: opt.行政区划名称, required: true },
    备注: { key: '备注', label: '备注', type: 'textarea', wide: true },
  };
  XR.PERSON_SPECS = PERSON_SPECS;
  const PERSON_ORDER = ['证件号码', '姓名', '性别', '民族', '单位名称', '单位性质', '拟申报职称', '联系电话', '最高学历', '申报大类', '子专业名称', '行政区划名称', '备注'];
  const PERSON_ORDER_ALT = ['姓名', '证件号码', '性别', '联系电话', '民族', '单位性质', '单位名称', '最高学历', '拟申报职称', '子专业名称', '申报大类', '行政区划名称', '备注'];
  // The fields in the guide's order, laid out for this page (`?labels=alt` / `?vary` order, wording and unknown fields).
  XR.personSpecs = () => XR.vary.layout('person', PERSON_ORDER.map((k) => PERSON_SPECS[k]), PERSON_ORDER_ALT);

  // 新增申报年度明细信息: one year's hours, in the guide's order.
  XR.YEAR_ORDER_ALT = ['year', 'professionalName', 'professionalHours', 'professionalForm', 'publicName', 'publicHours', 'publicForm', 'totalHours'];
  XR.yearSpecsCanonical = function (model, yearKey) {
    const totalValidator = (_rule, value, callback) => {
      const { publicHours: p, professionalHours: q } = model;
      if (typeof value === 'number' && typeof p === 'number' && typeof q === 'number' && Math.abs(value - (p + q)) > 1e-9) {
        return callback(new Error('合计学时分应等于公需科目折算学时分与专业科目折算学时分之和'));
      }
      callback();
    };
    const s = {
      year: { key: yearKey || 'year', label: '年度', type: 'year', required: true },
      publicName: { key: 'publicName', label: '公需科目名称', required: true },
      publicHours: { key: 'publicHours', label: '公需科目折算学时分', type: 'number', required: true },
      publicForm: { key: 'publicForm', label: '公需科目继续教育形式', type: 'select', options: XR.CE_FORMS, required: true, placeholder: '请选择公需科目继续教育形式' },
      professionalName: { key: 'professionalName', label: '专业科目名称', required: true },
      professionalHours: { key: 'professionalHours', label: '专业科目折算学时分', type: 'number', required: true },
      professionalForm: { key: 'professionalForm', label: '专业科目继续教育形式', type: 'select', options: XR.CE_FORMS, required: true, placeholder: '请选择专业科目继续教育形式' },
      totalHours: { key: 'totalHours', label: '合计学时分', type: 'number', required: true, validator: totalValidator },
    };
    return ['year', 'publicName', 'publicHours', 'publicForm', 'professionalName', 'professionalHours', 'professionalForm', 'totalHours'].map((k) => s[k]);
  };
  XR.yearSpecs = (model) => XR.vary.layout('year', XR.yearSpecsCanonical(model), XR.YEAR_ORDER_ALT);
  /** Unknown fields (`?vary`) start empty, or with what was saved. */
  XR.initExtras = function (model, specs, source) {
    for (const s of specs) if (s.extra && !(s.key in model)) model[s.key] = source && source[s.key] !== undefined ? source[s.key] : '';
    return model;
  };
  // Laid out once now, so that window.__replica.variation describes every form before it is opened.
  XR.personSpecs();
  XR.yearSpecs({});

  XR.editable = (app) => !!app && (app.status === '待提交' || app.status === '退回');
  // 已申报学时信息 (variant A's form and variant B's form).
  XR.FILED_COLUMNS = [
    { key: 'year', label: '年度', attrs: 'prop="year" align="center"' },
    { key: 'publicHours', label: '公需科目折算学时分', attrs: 'prop="publicHours" align="center"' },
    { key: 'professionalHours', label: '专业科目折算学时分', attrs: 'prop="professionalHours" align="center"' },
    { key: 'totalHours', label: '合计学时分', attrs: 'prop="totalHours" align="center"' },
  ];

  // ---------- 事业单位: hours fetched from the training platform when a year is chosen ----------
  // Guide (002 附件3 第7步 说明): 事业单位专业技术人员…在选择年度时，系统自动获取学时数据，申报人员勾选数据并点击“确认选择”。
  XR.platformRecords = function (year) {
    return [
      { id: `${year}-p1`, name: `${year}年湖南省事业单位工作人员公需科目培训`, category: '公需科目', hours: 30, finished: `${year}-06-30` },
      { id: `${year}-q1`, name: `${year}年专业技术人员能力提升专题培训`, category: '专业科目', hours: 36, finished: `${year}-09-15` },
      { id: `${year}-q2`, name: `${year}年行业新技术应用在线课程`, category: '专业科目', hours: 24, finished: `${year}-11-20` },
    ];
  };
  Vue.component('xr-platform-hours', {
    props: { year: String },
    data() {
      return { visible: true, records: XR.platformRecords(this.year), picked: [] };
    },
    methods: {
      close() {
        this.visible = false;
        this.$emit('close');
      },
      confirm() {
        if (!this.picked.length) return this.$message.warning('请勾选学时数据');
        XR.log('platform-hours', { year: Number(this.year), picked: this.picked.map((r) => r.id) });
        this.$emit('pick', this.picked.slice());
        this.close();
      },
    },
    template: `
      <el-dialog v-if="visible" title="湖南省事业单位工作人员培训学时" :visible="visible" @update:visible="!$event && close()" width="760px" append-to-body destroy-on-close custom-class="xr-platform-hours">
        <el-table :data="records" border size="small" @selection-change="picked = $event">
          <el-table-column type="selection" width="45" align="center"></el-table-column>
          <el-table-column prop="name" label="培训项目名称"></el-table-column>
          <el-table-column prop="category" label="科目类别" width="90" align="center"></el-table-column>
          <el-table-column prop="hours" label="学时" width="70" align="center"></el-table-column>
          <el-table-column prop="finished" label="完成时间" width="110" align="center"></el-table-column>
        </el-table>
        <template #footer>
          <el-button type="primary" size="small" @click="confirm">确认选择</el-button>
          <el-button size="small" @click="close">关闭</el-button>
        </template>
      </el-dialog>`,
  });

  // ---------- 新增/修改申报年度明细信息 ----------
  Vue.component('xr-year-form', {
    props: { appId: String, rowId: String },
    data() {
      const app = XR.findApp(this.appId);
      const row = this.rowId && app ? app.rows.find((r) => r.id === this.rowId) : null;
      const model = row
        ? { ...XR.clone(row), year: String(row.year) }
        : { year: '', publicName: '', publicHours: '', publicForm: '', professionalName: '', professionalHours: '', professionalForm: '', totalHours: '' };
      const specs = XR.yearSpecs(model);
      XR.initExtras(model, specs, row);
      return { visible: true, saving: false, model, specs, rules: XR.rulesFor(specs), platform: null };
    },
    computed: {
      title() {
        return this.rowId ? '修改申报年度明细信息' : '新增申报年度明细信息';
      },
    },
    watch: {
      'model.year'(year) {
        const app = XR.findApp(this.appId);
        if (year && !this.rowId && app && app.form.单位性质 === '事业单位') this.platform = { year };
      },
    },
    methods: {
      /** 确认选择: the ticked platform records fill the hours fields. */
      onPlatform(records) {
        const pub = records.filter((r) => r.category === '公需科目');
        const pro = records.filter((r) => r.category === '专业科目');
        const sum = (list) => list.reduce((n, r) => n + r.hours, 0);
        if (pub.length) Object.assign(this.model, { publicName: pub.map((r) => r.name).join('；'), publicHours: sum(pub), publicForm: '远程教育' });
        if (pro.length) Object.assign(this.model, { professionalName: pro.map((r) => r.name).join('；'), professionalHours: sum(pro), professionalForm: '培训班' });
        const p = typeof this.model.publicHours === 'number' ? this.model.publicHours : 0;
        const q = typeof this.model.professionalHours === 'number' ? this.model.professionalHours : 0;
        this.model.totalHours = p + q;
      },
      close() {
        this.visible = false;
        this.$emit('close');
      },
      save() {
        this.$refs.form.validate(async (ok) => {
          if (!ok) return;
          const app = XR.findApp(this.appId);
          const year = Number(this.model.year);
          if (app.rows.some((r) => r.year === year && r.id !== this.rowId)) {
            this.$message.error('该年度已存在');
            return;
          }
          this.saving = true;
          await XR.sleep(XR.options.saveDelay);
          const data = {
            year,
            publicName: this.model.publicName,
            publicHours: this.model.publicHours,
            publicForm: this.model.publicForm,
            professionalName: this.model.professionalName,
            professionalHours: this.model.professionalHours,
            professionalForm: this.model.professionalForm,
            totalHours: this.model.totalHours,
          };
          for (const s of this.specs) if (s.extra) data[s.key] = this.model[s.key]; // saved with the row, as the portal would
          if (this.rowId) {
            const row = app.rows.find((r) => r.id === this.rowId);
            Object.assign(row, data);
            XR.log('update-row', { appId: app.id, row });
          } else {
            const row = { id: XR.newId('row'), ...data, attachments: [] };
            app.rows.push(row);
            XR.log('save-row', { appId: app.id, row });
          }
          this.saving = false;
          this.$message.success('保存成功');
          this.close();
        });
      },
    },
    template: `
      <el-dialog v-if="visible" ${XR.vary.dialogTitleAttr('yearForm', 'title')} :visible="visible" @update:visible="!$event && close()" width="860px" append-to-body destroy-on-close
        :close-on-click-modal="false" custom-class="xr-year-form">
        ${XR.vary.dialogTitleSlot('yearForm', 'title')}
        <div v-loading="saving" element-loading-text="保存中">
          <el-form ref="form" :model="model" :rules="rules" label-width="170px" size="small" :hide-required-asterisk="$root.hideAsterisk">
            <xr-field-grid :specs="specs" :model="model" :cols="2"></xr-field-grid>
          </el-form>
          <div class="xr-note">说明：事业单位专业技术人员参加湖南省事业单位工作人员培训取得的学时，在选择年度时，系统自动获取学时数据，申报人员勾选数据并点击“确认选择”。</div>
        </div>
        <template #footer>
          <xr-btn k="保存" type="primary" size="small" :loading="saving" @click="save"></xr-btn>
          <xr-btn k="关闭" size="small" :disabled="saving" @click="close"></xr-btn>
        </template>
        <xr-platform-hours v-if="platform" :year="platform.year" @pick="onPlatform" @close="platform = null"></xr-platform-hours>
      </el-dialog>`,
  });

  // ---------- 上传附件 (one year row) ----------
  Vue.component('xr-row-upload', {
    props: { appId: String, rowId: String, readonly: Boolean },
    data: () => ({ visible: true }),
    computed: {
      app() {
        return XR.findApp(this.appId);
      },
      row() {
        return this.app && this.app.rows.find((r) => r.id === this.rowId);
      },
    },
    methods: {
      close() {
        this.visible = false;
        this.$emit('close');
      },
    },
    template: `
      <el-dialog v-if="visible && row" ${XR.vary.dialogTitleAttr('rowUpload', "'上传附件'")} :visible="visible" @update:visible="!$event && close()" width="680px" append-to-body destroy-on-close custom-class="xr-row-upload">
        ${XR.vary.dialogTitleSlot('rowUpload', "'上传附件'")}
        <div class="xr-upload-year">年度：{{ row.year }}</div>
        <xr-upload-box :files="row.attachments" :context="{ appId: app.id, rowId: row.id, year: row.year }" :disabled="readonly" button-text="点击上传"></xr-upload-box>
        <div class="xr-note">材料上传说明：1.上传的材料严格按照继续教育文件要求上传；2.在国外刊物发表的论文须提供检索材料。</div>
        <template #footer><xr-btn k="关闭" size="small" @click="close"></xr-btn></template>
      </el-dialog>`,
  });

  // ---------- 申报年度明细信息 ----------
  Vue.component('xr-year-detail', {
    props: { appId: String, readonly: Boolean },
    data: () => ({ visible: true, yearForm: null, upload: null, loading: XR.options.loadDelay > 0 }),
    created() {
      if (this.loading) setTimeout(() => (this.loading = false), XR.options.loadDelay);
    },
    computed: {
      app() {
        return XR.findApp(this.appId);
      },
      rows() {
        return this.app && !this.loading ? this.app.rows : [];
      },
      locked() {
        return this.readonly || !XR.editable(this.app);
      },
    },
    methods: {
      close() {
        this.visible = false;
        this.$emit('close');
      },
      add() {
        this.yearForm = { rowId: null };
      },
      edit(row) {
        this.yearForm = { rowId: row.id };
      },
      remove(row) {
        this.$confirm(`确定删除${row.year}年度的申报明细吗？`, '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(() => {
            const i = this.app.rows.findIndex((r) => r.id === row.id);
            if (i >= 0) this.app.rows.splice(i, 1);
            XR.log('delete-row', { appId: this.app.id, rowId: row.id, year: row.year });
            this.$message.success('删除成功');
          })
          .catch(() => {});
      },
    },
    template: `
      <el-dialog v-if="visible && app" ${XR.vary.dialogTitleAttr('yearDetail', "'申报年度明细信息'")} :visible="visible" @update:visible="!$event && close()" width="1200px" append-to-body destroy-on-close custom-class="xr-year-detail">
        ${XR.vary.dialogTitleSlot('yearDetail', "'申报年度明细信息'")}
        <div class="xr-section-title">{{ $vary.section('yearDetail', '申报年度明细信息') }}</div>
        <div class="xr-toolbar"><xr-btn k="新增" type="primary" size="small" icon="el-icon-plus" :disabled="locked" @click="add"></xr-btn></div>
        <el-table :data="rows" border size="small" row-key="id" class="xr-year-table" v-loading="loading">
          ${XR.vary.columns('yearTable', [
            { key: 'year', label: '年度', attrs: 'prop="year" width="70" align="center"' },
            { key: 'publicName', label: '公需科目名称', attrs: 'prop="publicName" min-width="120"' },
            { key: 'publicHours', label: '公需科目折算学时分', attrs: 'prop="publicHours" width="100" align="center"' },
            { key: 'publicForm', label: '公需科目继续教育形式', attrs: 'prop="publicForm" width="100" align="center"' },
            { key: 'professionalName', label: '专业科目名称', attrs: 'prop="professionalName" min-width="120"' },
            { key: 'professionalHours', label: '专业科目折算学时分', attrs: 'prop="professionalHours" width="100" align="center"' },
            { key: 'professionalForm', label: '专业科目继续教育形式', attrs: 'prop="professionalForm" width="100" align="center"' },
            { key: 'totalHours', label: '合计学时分', attrs: 'prop="totalHours" width="90" align="center"' },
            { key: 'actions', label: '操作', attrs: 'width="250" align="center"', inner: `
            <template #default="{ row }">
              <xr-btn k="修改" type="text" size="small" icon="el-icon-edit" :disabled="locked" @click="edit(row)"></xr-btn>
              <xr-btn k="删除" type="text" size="small" icon="el-icon-delete" :disabled="locked" @click="remove(row)"></xr-btn>
              <xr-btn k="上传附件" type="text" size="small" icon="el-icon-upload2" @click="upload = { rowId: row.id }"></xr-btn>
            </template>` },
          ])}
        </el-table>
        <template #footer><xr-btn k="关闭" size="small" @click="close"></xr-btn></template>
        <xr-year-form v-if="yearForm" :app-id="app.id" :row-id="yearForm.rowId" @close="yearForm = null"></xr-year-form>
        <xr-row-upload v-if="upload" :app-id="app.id" :row-id="upload.rowId" :readonly="locked" @close="upload = null"></xr-row-upload>
      </el-dialog>`,
  });

  // ---------- 申报相关信息 (the application form) ----------
  Vue.component('xr-apply-form', {
    props: { appId: String, mode: { type: String, default: 'edit' } }, // mode: new | edit | view
    data() {
      const app = this.appId ? XR.findApp(this.appId) : null;
      const model = app ? XR.clone(app.form) : { ...XR.blankForm(), ...XR.user };
      const specs = XR.personSpecs();
      XR.initExtras(model, specs, app && app.form);
      return { visible: true, saving: false, currentId: this.appId || null, model, specs, rules: XR.rulesFor(specs), detail: false, unitPicker: false, unitKey: '' };
    },
    computed: {
      app() {
        return this.currentId ? XR.findApp(this.currentId) : null;
      },
      rows() {
        return this.app ? this.app.rows : [];
      },
      readonly() {
        return this.mode === 'view' || (this.app && !XR.editable(this.app));
      },
    },
    methods: {
      close() {
        this.visible = false;
        this.$emit('close');
      },
      pickUnit(key) {
        this.unitKey = key;
        this.unitPicker = true;
      },
      onUnit(unit) {
        this.model[this.unitKey] = unit.name;
        if (!this.model.单位性质) this.model.单位性质 = unit.nature;
      },
      /** Validates and stores the form; resolves to the application, or null when invalid. */
      persist() {
        return new Promise((resolve) => {
          this.$refs.form.validate(async (ok) => {
            if (!ok) return resolve(null);
            this.saving = true;
            await XR.sleep(XR.options.saveDelay);
            let app = this.app;
            if (!app) {
              app = XR.normaliseApplication({ variant: 'A', status: '待提交', form: { ...this.model, 申报年度: String(new Date().getFullYear()) } });
              XR.store.applications.push(app);
              this.currentId = app.id;
              app = XR.findApp(app.id);
            } else {
              Object.assign(app.form, this.model, { 申报年度: app.form.申报年度 || String(new Date().getFullYear()) });
            }
            XR.log('save-form', { appId: app.id, variant: 'A', form: app.form });
            this.saving = false;
            resolve(app);
          });
        });
      },
      async save() {
        const app = await this.persist();
        if (!app) return;
        this.$message.success('保存成功');
        this.close();
      },
      async next() {
        if (this.readonly) {
          this.detail = true;
          return;
        }
        const app = await this.persist();
        if (app) this.detail = true;
      },
    },
    template: `
      <el-dialog v-if="visible" ${XR.vary.dialogTitleAttr('applyForm', "'学时核认申报'")} :visible="visible" @update:visible="!$event && close()" width="1100px" append-to-body destroy-on-close
        :close-on-click-modal="false" custom-class="xr-apply-form">
        ${XR.vary.dialogTitleSlot('applyForm', "'学时核认申报'")}
        <div v-loading="saving" element-loading-text="保存中">
          <el-alert title="温馨提示：请如实填写学时申报信息，并与职称申报信息保持一致" type="warning" :closable="false" show-icon></el-alert>
          <div class="xr-section-title">{{ $vary.section('applyForm.person', '申报相关信息') }}</div>
          <el-form ref="form" :model="model" :rules="rules" label-width="120px" size="small" :disabled="readonly" :hide-required-asterisk="$root.hideAsterisk">
            <xr-field-grid :specs="specs" :model="model" :cols="3" :disabled="readonly" @pick-unit="pickUnit"></xr-field-grid>
          </el-form>
          <div class="xr-section-title">{{ $vary.section('applyForm.filed', '已申报学时信息') }}</div>
          <el-table :data="rows" border size="small" class="xr-filed-table">
            ${XR.vary.columns('filed', XR.FILED_COLUMNS)}
          </el-table>
        </div>
        <template #footer>
          <xr-btn k="保存" v-if="!readonly" type="primary" size="small" :loading="saving" @click="save"></xr-btn>
          <xr-btn k="下一步" type="primary" size="small" :disabled="saving" @click="next"></xr-btn>
          <xr-btn k="关闭" size="small" :disabled="saving" @click="close"></xr-btn>
        </template>
        <xr-unit-picker v-if="unitPicker" :visible.sync="unitPicker" @pick="onUnit"></xr-unit-picker>
        <xr-year-detail v-if="detail && app" :app-id="app.id" :readonly="readonly" @close="detail = false"></xr-year-detail>
      </el-dialog>`,
  });

  // ---------- 审核进度 ----------
  Vue.component('xr-progress', {
    props: { appId: String },
    data: () => ({ visible: true }),
    computed: {
      app() {
        return XR.findApp(this.appId);
      },
    },
    template: `
      <el-dialog v-if="visible && app" title="审核进度" :visible="visible" @update:visible="visible = $event; $emit('close')" width="560px" append-to-body destroy-on-close>
        <el-timeline v-if="app.history.length">
          <el-timeline-item v-for="(h, i) in app.history" :key="i" :timestamp="h.time">{{ h.text }}</el-timeline-item>
        </el-timeline>
        <div v-else class="xr-empty">暂无审核记录</div>
      </el-dialog>`,
  });

  // ---------- 我要申报 (the list) ----------
  Vue.component('xr-apply-a', {
    data: () => ({ page: 1, size: 10, form: null, progress: null, busy: false }),
    computed: {
      apps() {
        return XR.store.applications.filter((a) => a.variant === 'A');
      },
      pageRows() {
        return XR.paginate(this.apps, this.page, this.size);
      },
    },
    methods: {
      statusText: (a) => XR.statusText(a),
      editable: (a) => XR.editable(a),
      create() {
        this.form = { appId: null, mode: 'new' };
      },
      submit(app) {
        this.$confirm('确定提交该学时核认申报吗？提交后申报信息无法修改。', '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(async () => {
            if (!app.rows.length) return this.$message.error('请先填写申报年度明细信息');
            this.busy = true;
            await XR.sleep(XR.options.saveDelay);
            app.status = '待审核';
            app.reviewStage = 'unit';
            app.history.push({ time: XR.now(), text: '个人提交申报，待用人单位审核' });
            XR.log('submit', { appId: app.id });
            this.busy = false;
            this.$message.success('提交成功');
          })
          .catch(() => {});
      },
      remove(app) {
        this.$confirm('确定删除该学时核认申报吗？', '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(() => {
            XR.store.applications.splice(XR.store.applications.indexOf(app), 1);
            XR.log('delete-application', { appId: app.id });
            this.$message.success('删除成功');
          })
          .catch(() => {});
      },
      revoke(app) {
        this.$confirm('确定撤销该学时核认申报吗？', '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(() => {
            app.status = '待提交';
            app.history.push({ time: XR.now(), text: '个人撤销申报' });
            XR.log('revoke', { appId: app.id });
            this.$message.success('撤销成功');
          })
          .catch(() => {});
      },
    },
    template: `
      <div class="xr-page" v-loading="busy">
        <div class="xr-panel-title">我要申报</div>
        <xr-btn k="新增学时核认申报" type="primary" size="small" icon="el-icon-circle-plus-outline" @click="create"></xr-btn>
        <div class="xr-list-title">申请列表：</div>
        <div class="xr-tip">温馨提示：审核状态为“审核不通过”请重新“新增学时核认申报”，审核状态为“退回”的请“修改保存”后重新提交</div>
        <el-table :data="pageRows" border size="small" class="xr-app-table" row-key="id">
          ${XR.vary.columns('applyList', [
            { key: 'serial', label: '序号', attrs: 'type="index" width="50" align="center" :index="(i) => (page - 1) * size + i + 1"' },
            { key: 'name', label: '姓名', attrs: 'prop="form.姓名" width="80"' },
            { key: 'idNumber', label: '身份证', attrs: 'prop="form.证件号码" width="170"' },
            { key: 'employer', label: '工作单位', attrs: 'prop="form.单位名称" min-width="150" show-overflow-tooltip' },
            { key: 'degree', label: '最高学历', attrs: 'prop="form.最高学历" width="90"' },
            { key: 'phone', label: '联系电话', attrs: 'prop="form.联系电话" width="110"' },
            { key: 'reviewYear', label: '申报年度', attrs: 'prop="form.申报年度" width="80" align="center"' },
            { key: 'series', label: '申报系列', attrs: 'prop="form.申报大类" width="80" align="center"' },
            { key: 'status', label: '审核状态', attrs: 'width="90" align="center"', inner: '<template #default="{ row }">{{ statusText(row) }}</template>' },
            { key: 'unitOpinion', label: '单位不通过意见', attrs: 'prop="unitOpinion" width="110" show-overflow-tooltip' },
            { key: 'agencyReason', label: '机构不通过原因', attrs: 'prop="agencyReason" width="110" show-overflow-tooltip' },
            { key: 'actions', label: '操作', attrs: 'width="300" fixed="right" align="center"', inner: `
            <template #default="{ row }">
              <xr-btn k="提交" type="text" size="mini" :disabled="!editable(row)" @click="submit(row)"></xr-btn>
              <xr-btn k="修改" type="text" size="mini" :disabled="!editable(row)" @click="form = { appId: row.id, mode: 'edit' }"></xr-btn>
              <xr-btn k="删除" type="text" size="mini" :disabled="row.status !== '待提交'" @click="remove(row)"></xr-btn>
              <xr-btn k="查看" type="text" size="mini" @click="form = { appId: row.id, mode: 'view' }"></xr-btn>
              <xr-btn k="撤销" type="text" size="mini" :disabled="!(row.status === '待审核' && row.reviewStage === 'unit')" @click="revoke(row)"></xr-btn>
              <xr-btn k="审核进度" type="text" size="mini" @click="progress = { appId: row.id }"></xr-btn>
            </template>` },
          ])}
        </el-table>
        <el-pagination layout="total, sizes, prev, pager, next, jumper" :total="apps.length" :page-sizes="[10, 20, 50, 100]"
          :page-size.sync="size" :current-page.sync="page"></el-pagination>
        <xr-apply-form v-if="form" :app-id="form.appId" :mode="form.mode" @close="form = null"></xr-apply-form>
        <xr-progress v-if="progress" :app-id="progress.appId" @close="progress = null"></xr-progress>
      </div>`,
  });
})();
