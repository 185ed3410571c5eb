// Variant B applicant screens (seed 003): one application per year. The form holds 年度 and that year's 公需/专业 fields;
// 学时佐证材料上传 opens 申报材料上传 with four slots; the list shows one row per 申报年度 with 数据状态.
(function () {
  'use strict';
  const XR = window.XR;
  const P = () => XR.PERSON_SPECS;

  /** The form's fields in the guide's order, laid out for this page (`?labels=alt` / `?vary`). */
  function specsB(model) {
    const person = ['证件号码', '姓名', '性别', '民族', '单位名称', '拟申报职称', '联系电话', '最高学历', '申报大类', '子专业名称'].map((k) => P()[k]);
    const years = XR.yearSpecsCanonical(model, 'year');
    const remark = P().备注;
    const alt = ['姓名', '证件号码', '性别', '民族', '联系电话', '单位名称', '最高学历', '拟申报职称', '子专业名称', '申报大类', 'year', 'professionalName', 'professionalHours', 'professionalForm', 'publicName', 'publicHours', 'publicForm', 'totalHours', '备注'];
    return XR.vary.layout('formB', [...person, ...years, remark], alt);
  }
  specsB({}); // laid out now, for window.__replica.variation

  // ---------- 申报材料上传 ----------
  Vue.component('xr-slot-upload', {
    props: { appId: String, slots: Object, readonly: Boolean, year: [String, Number] },
    data: () => ({ visible: true, names: XR.SLOTS, required: XR.REQUIRED_SLOTS }),
    methods: {
      close() {
        this.visible = false;
        this.$emit('close');
      },
      upload() {
        let waiting = 0;
        for (const name of this.names) waiting += this.$refs[`slot-${name}`][0].submit();
        if (!waiting) this.$message.warning('请先选取文件');
      },
      remove(name, file) {
        this.$confirm(`确定删除文件“${file.name}”吗？`, '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(() => {
            const list = this.slots[name];
            const i = list.findIndex((f) => f.id === file.id);
            if (i >= 0) list.splice(i, 1);
            XR.log('remove-attachment', { appId: this.appId, slot: name, file });
          })
          .catch(() => {});
      },
    },
    template: `
      <el-dialog v-if="visible" ${XR.vary.dialogTitleAttr('slotUpload', "'申报材料上传'")} :visible="visible" @update:visible="!$event && close()" width="900px" append-to-body destroy-on-close custom-class="xr-slot-upload">
        ${XR.vary.dialogTitleSlot('slotUpload', "'申报材料上传'")}
        <table class="xr-slot-table">
          <thead><tr><th>材料上传</th><th>已上传材料</th></tr></thead>
          <tbody>
            <tr v-for="name in names" :key="name" class="xr-slot" :data-slot="name">
              <td>
                <div class="xr-slot-name"><span v-if="required.includes(name)" class="xr-star">*</span>{{ $vary.slotLabel(name) }}</div>
                <xr-upload-box :ref="'slot-' + name" :files="slots[name]" :context="{ appId, slot: name, year: year ? Number(year) : undefined }" :disabled="readonly" manual :show-list="false"></xr-upload-box>
              </td>
              <td class="xr-slot-files">
                <div v-if="!slots[name].length" class="xr-empty-files">暂无</div>
                <div v-for="f in slots[name]" :key="f.id" class="xr-slot-file">
                  <i class="el-icon-document"></i> {{ f.name }}
                  <xr-btn k="删除" type="text" size="mini" :disabled="readonly" @click="remove(name, f)"></xr-btn>
                </div>
              </td>
            </tr>
          </tbody>
        </table>
        <div class="xr-note">材料上传说明：1.上传的材料严格按照继续教育文件要求上传；2.在国外刊物发表的论文须提供检索材料。</div>
        <template #footer>
          <xr-btn k="上传" type="primary" size="small" :disabled="readonly" @click="upload"></xr-btn>
          <xr-btn k="关闭" size="small" @click="close"></xr-btn>
        </template>
      </el-dialog>`,
  });

  // ---------- the per-year application form ----------
  Vue.component('xr-apply-form-b', {
    props: { appId: String, mode: { type: String, default: 'edit' } },
    data() {
      const app = this.appId ? XR.findApp(this.appId) : null;
      const row = app && app.rows[0];
      const model = {
        ...(app ? XR.clone(app.form) : { ...XR.blankForm(), ...XR.user }),
        year: app && app.form.申报年度 ? String(app.form.申报年度) : '',
        publicName: row ? row.publicName : '',
        publicHours: row ? row.publicHours : '',
        publicForm: row ? row.publicForm : '',
        professionalName: row ? row.professionalName : '',
        professionalHours: row ? row.professionalHours : '',
        professionalForm: row ? row.professionalForm : '',
        totalHours: row ? row.totalHours : '',
      };
      const specs = specsB(model);
      for (const s of specs) if (s.extra) model[s.key] = (s.target === 'row' ? row : app && app.form)?.[s.key] ?? '';
      return {
        visible: true, saving: false, model, specs, rules: XR.rulesFor(specs), unitPicker: false, unitKey: '', slotDialog: false,
        id: app ? app.id : XR.newId('app'),
        slots: app ? XR.clone(app.slots) : Object.fromEntries(XR.SLOTS.map((s) => [s, []])),
      };
    },
    computed: {
      app() {
        return XR.findApp(this.id);
      },
      readonly() {
        return this.mode === 'view' || (this.app && !XR.editable(this.app));
      },
      filed() {
        return XR.store.applications
          .filter((a) => a.variant === 'B' && a.id !== this.id)
          .flatMap((a) => a.rows)
          .sort((x, y) => x.year - y.year);
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
      },
      save() {
        this.$refs.form.validate(async (ok) => {
          if (!ok) return;
          const year = Number(this.model.year);
          if (XR.store.applications.some((a) => a.variant === 'B' && a.id !== this.id && Number(a.form.申报年度) === year)) {
            this.$message.error('该年度已存在');
            return;
          }
          this.saving = true;
          await XR.sleep(XR.options.saveDelay);
          const form = {};
          for (const k of XR.FORM_KEYS) form[k] = this.model[k] === undefined || this.model[k] === null ? '' : String(this.model[k]);
          form.申报年度 = String(year);
          for (const s of this.specs) if (s.extra && s.target === 'form') form[s.key] = this.model[s.key];
          const old = this.app && this.app.rows[0];
          const row = {
            id: old ? old.id : XR.newId('row'),
            year,
            publicName: this.model.publicName,
            publicHours: this.model.publicHours,
            publicForm: this.model.publicForm,
            professionalName: this.model.professionalName,
            professionalHours: this.model.professionalHours,
            professionalForm: this.model.professionalForm,
            totalHours: this.model.totalHours,
            attachments: old ? old.attachments : [],
          };
          for (const s of this.specs) if (s.extra && s.target === 'row') row[s.key] = this.model[s.key];
          if (this.app) {
            Object.assign(this.app.form, form);
            this.app.rows.splice(0, this.app.rows.length, row);
            this.app.slots = XR.clone(this.slots);
          } else {
            XR.store.applications.push(XR.normaliseApplication({ id: this.id, variant: 'B', status: '待提交', form, rows: [row], slots: this.slots }));
          }
          XR.log('save-form', { appId: this.id, variant: 'B', form, row, slots: this.slots });
          this.saving = false;
          this.$message.success('保存成功');
          this.close();
        });
      },
    },
    template: `
      <el-dialog v-if="visible" ${XR.vary.dialogTitleAttr('applyFormB', "'学时核认申报'")} :visible="visible" @update:visible="!$event && close()" width="1150px" append-to-body destroy-on-close
        :close-on-click-modal="false" custom-class="xr-apply-form-b">
        ${XR.vary.dialogTitleSlot('applyFormB', "'学时核认申报'")}
        <div v-loading="saving" element-loading-text="保存中">
          <el-form ref="form" :model="model" :rules="rules" label-width="160px" size="small" :disabled="readonly" :hide-required-asterisk="$root.hideAsterisk">
            <xr-field-grid :specs="specs" :model="model" :cols="3" :disabled="readonly" @pick-unit="pickUnit"></xr-field-grid>
          </el-form>
          <div class="xr-toolbar"><xr-btn k="学时佐证材料上传" type="primary" plain size="small" icon="el-icon-upload" @click="slotDialog = true"></xr-btn></div>
          <div class="xr-section-title">{{ $vary.section('applyFormB.filed', '已申报学时信息') }}</div>
          <el-table :data="filed" border size="small" class="xr-filed-table">
            ${XR.vary.columns('filedB', XR.FILED_COLUMNS)}
          </el-table>
        </div>
        <template #footer>
          <xr-btn k="保存" v-if="!readonly" type="primary" size="small" :loading="saving" @click="save"></xr-btn>
          <xr-btn k="关闭" size="small" :disabled="saving" @click="close"></xr-btn>
        </template>
        <xr-unit-picker v-if="unitPicker" :visible.sync="unitPicker" @pick="onUnit"></xr-unit-picker>
        <xr-slot-upload v-if="slotDialog" :app-id="id" :slots="slots" :readonly="readonly" :year="model.year" @close="slotDialog = false"></xr-slot-upload>
      </el-dialog>`,
  });

  // ---------- 我要申报 (one row per 申报年度) ----------
  Vue.component('xr-apply-b', {
    data: () => ({ page: 1, size: 10, form: null, progress: null, busy: false }),
    computed: {
      apps() {
        return XR.store.applications.filter((a) => a.variant === 'B');
      },
      pageRows() {
        return XR.paginate(this.apps, this.page, this.size);
      },
    },
    methods: {
      statusText: (a) => XR.statusText(a),
      editable: (a) => XR.editable(a),
      submit(app) {
        this.$confirm('确定提交该年度的学时核认申报吗？提交后申报信息无法修改。', '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(async () => {
            if (!app.rows.length) return this.$message.error('请先填写年度学时信息并保存');
            const missing = XR.REQUIRED_SLOTS.find((s) => !app.slots[s].length);
            if (missing) return this.$message.error(`请上传${missing}`);
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
        this.$confirm('确定删除该年度的学时核认申报吗？', '提示', { type: 'warning', confirmButtonText: '确定', cancelButtonText: '取消' })
          .then(() => {
            XR.store.applications.splice(XR.store.applications.indexOf(app), 1);
            XR.log('delete-application', { appId: app.id });
            this.$message.success('删除成功');
          })
          .catch(() => {});
      },
    },
    template: `
      <div class="xr-page" v-loading="busy">
        <div class="xr-panel-title">我要申报</div>
        <xr-btn k="新增学时核认申报" type="primary" size="small" icon="el-icon-circle-plus-outline" @click="form = { appId: null, mode: 'new' }"></xr-btn>
        <div class="xr-list-title">申请列表：</div>
        <el-table :data="pageRows" border size="small" class="xr-app-table" row-key="id">
          ${XR.vary.columns('applyListB', [
            { key: 'serial', label: '序号', attrs: 'type="index" width="50" align="center" :index="(i) => (page - 1) * size + i + 1"' },
            { key: 'name', label: '姓名', attrs: 'prop="form.姓名" width="70"' },
            { key: 'idNumber', label: '身份证', attrs: 'prop="form.证件号码" width="155"' },
            { key: 'employer', label: '工作单位', attrs: 'prop="form.单位名称" min-width="120" show-overflow-tooltip' },
            { key: 'degree', label: '最高学历', attrs: 'prop="form.最高学历" width="90"' },
            { key: 'phone', label: '联系电话', attrs: 'prop="form.联系电话" width="105"' },
            { key: 'reviewYear', label: '申报年度', attrs: 'prop="form.申报年度" width="75" align="center"' },
            { key: 'dataStatus', label: '数据状态', attrs: 'width="80" align="center"', inner: '<template #default="{ row }">{{ statusText(row) }}</template>' },
            { key: 'opinion', label: '审核不通过意见', attrs: 'prop="unitOpinion" min-width="100" show-overflow-tooltip' },
            { key: 'actions', label: '操作', attrs: 'width="190" align="center"', inner: `
            <template #default="{ row }">
              <xr-btn k="提交" type="text" size="mini" :disabled="!editable(row)" @click="submit(row)"></xr-btn>
              <xr-btn k="修改" type="text" size="mini" :disabled="!editable(row)" @click="form = { appId: row.id, mode: 'edit' }"></xr-btn>
              <xr-btn k="删除" type="text" size="mini" :disabled="row.status !== '待提交'" @click="remove(row)"></xr-btn>
              <xr-btn k="查看" type="text" size="mini" @click="form = { appId: row.id, mode: 'view' }"></xr-btn>
            </template>` },
          ])}
        </el-table>
        <el-pagination layout="total, sizes, prev, pager, next, jumper" :total="apps.length" :page-sizes="[10, 20, 50, 100]"
          :page-size.sync="size" :current-page.sync="page"></el-pagination>
        <xr-apply-form-b v-if="form" :app-id="form.appId" :mode="form.mode" @close="form = null"></xr-apply-form-b>
      </div>`,
  });
})();
