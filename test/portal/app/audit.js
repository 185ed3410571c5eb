// Reviewer screens: 学时核认申报单位审核 (用人单位) and 学时核认上级单位审核 (主管部门).
// 查询 → list → 审核 → 学时核认申报详细 (header fields + 学时年度明细) → 审核通过 / 审核不通过.
(function () {
  'use strict';
  const XR = window.XR;
  const UPPER_UNITS = ['长沙市住房和城乡建设局', '湖南省住房和城乡建设厅', '湖南省交通运输厅', '株洲市工业和信息化局', '湘潭市教育局'];
  const TITLES = { unit: '学时核认申报单位审核', upper: '学时核认上级单位审核' };

  /** 学时年度明细's 审核状态: rows read 暂存 until the application is decided (as in the guide's screenshots). */
  function rowStatus(app) {
    if (app.status === '审核通过' || app.status === '审核不通过' || app.status === '退回') return app.status;
    return '暂存';
  }

  // 详情 of one yearly row: its fields and 学时材料, the files uploaded for it (guide, 第7步：点击“详情”，查看单位职工上传的学时材料).
  const ROW_INFO = [
    ['year', '年度'], ['totalHours', '合计学时分'], ['publicName', '公需科目名称'], ['publicHours', '公需科目折算学时分'],
    ['publicForm', '公需科目继续教育形式'], ['professionalForm', '专业科目继续教育形式'], ['professionalName', '专业科目名称'], ['professionalHours', '专业科目折算学时分'],
  ];
  const rowInfoItems = (row) => XR.vary.viewItems('rowInfo', ROW_INFO.map(([k, t]) => [k, t, row[k]]), { reorder: false, alt: false });
  rowInfoItems({});

  Vue.component('xr-row-info', {
    props: { app: Object, row: Object },
    data: () => ({ visible: true }),
    methods: {
      size: (n) => XR.formatSize(n),
    },
    template: `
      <el-dialog v-if="visible" ${XR.vary.dialogTitleAttr('rowInfo', "'详情'")} :visible="visible" @update:visible="visible = $event; $emit('close')" width="760px" append-to-body destroy-on-close custom-class="xr-row-info">
        ${XR.vary.dialogTitleSlot('rowInfo', "'详情'")}
        <table class="xr-detail-head">
          <tr v-for="(r, i) in infoRows" :key="i"><template v-for="c in r"><td class="xr-k" :key="c.key + 'k'">{{ c.k }}</td><td :key="c.key + 'v'">{{ c.v }}</td></template></tr>
        </table>
        <div class="xr-section-title">{{ $vary.section('rowInfo.files', '学时材料') }}</div>
        <el-table :data="row.attachments" border size="small" class="xr-row-files">
          <el-table-column type="index" label="序号" width="60" align="center"></el-table-column>
          <el-table-column prop="name" label="文件名称"></el-table-column>
          <el-table-column label="文件大小" width="120"><template #default="{ row: f }">{{ size(f.size) }}</template></el-table-column>
        </el-table>
        <template v-if="app.variant === 'B'">
          <div class="xr-section-title">{{ $vary.section('rowInfo.slots', '申报材料') }}</div>
          <el-table :data="slotFiles" border size="small" empty-text="未上传附件">
            <el-table-column prop="slot" label="材料类型" width="160"></el-table-column>
            <el-table-column prop="name" label="文件名称"></el-table-column>
          </el-table>
        </template>
        <template #footer><xr-btn k="关闭" size="small" @click="visible = false; $emit('close')"></xr-btn></template>
      </el-dialog>`,
    computed: {
      infoRows() {
        const items = rowInfoItems(this.row);
        const rows = [];
        for (let i = 0; i < items.length; i += 2) rows.push(items.slice(i, i + 2));
        return rows;
      },
      slotFiles() {
        return XR.SLOTS.flatMap((slot) => (this.app.slots[slot] || []).map((f) => ({ slot, name: f.name })));
      },
    },
  });

  // The header of 学时核认申报详细: 姓名:, 身份证号:, … (labels and order as this page writes them).
  function reviewHeadItems(app) {
    const f = app ? app.form : {};
    return XR.vary.viewItems('reviewHead', [['name', '姓名', f.姓名], ['idNumber', '身份证号', f.证件号码], ['gender', '性别', f.性别], ['ethnicity', '民族', f.民族],
      ['title', '拟申报职称', f.拟申报职称], ['phone', '联系电话', f.联系电话], ['category', '申报大类', f.申报大类], ['subSpecialty', '子专业名称', f.子专业名称],
      ['degree', '最高学历', f.最高学历], ['employer', '单位名称', f.单位名称], ['reviewYear', '申报年度', f.申报年度], ['status', '审核状态', app ? XR.statusText(app) : '']]);
  }
  reviewHeadItems(null);

  Vue.component('xr-audit-detail', {
    props: { appId: String, level: String, readonly: Boolean },
    data() {
      return {
        visible: true, page: 1, size: 10, info: null, busy: false, loading: XR.options.loadDelay > 0,
        passDialog: false, pass: { upperType: '上级审核单位', upperName: '' },
        rejectDialog: false, reject: { reason: '' },
        upperUnits: UPPER_UNITS,
        passRules: {
          upperType: [{ required: true, message: '请选择审核上级单位类型', trigger: 'change' }],
          upperName: [{ validator: (_r, v, cb) => (this.pass.upperType === '上级审核单位' && !v ? cb(new Error('请选择上级审核单位名称')) : cb()), trigger: 'change' }],
        },
        rejectRules: { reason: [{ required: true, message: '请输入不通过原因', trigger: 'blur' }] },
      };
    },
    created() {
      if (this.loading) setTimeout(() => (this.loading = false), XR.options.loadDelay);
    },
    computed: {
      app() {
        return XR.findApp(this.appId);
      },
      head() {
        const items = reviewHeadItems(this.app);
        const rows = [];
        for (let i = 0; i < items.length; i += 3) rows.push(items.slice(i, i + 3));
        return rows;
      },
      rows() {
        return this.loading ? [] : XR.paginate(this.app.rows, this.page, this.size);
      },
      canDecide() {
        return !this.readonly && this.app.status === '待审核';
      },
    },
    methods: {
      close() {
        this.visible = false;
        this.$emit('close');
      },
      rowStatus() {
        return rowStatus(this.app);
      },
      files: (row) => (row.attachments.length ? `${row.attachments.length}个` : '无'),
      async decide(decision) {
        const ref = decision === 'pass' ? this.$refs.passForm : this.$refs.rejectForm;
        const ok = await ref.validate().catch(() => false);
        if (!ok) return;
        this.busy = true;
        await XR.sleep(XR.options.saveDelay);
        const app = this.app;
        const who = this.level === 'upper' ? '主管部门' : '用人单位';
        if (decision === 'pass') {
          app.reviewStage = this.pass.upperType === '经办机构(人社部门)' ? 'agency' : 'upper';
          app.history.push({ time: XR.now(), text: `${who}审核通过，报送${this.pass.upperType === '经办机构(人社部门)' ? '经办机构(人社部门)' : this.pass.upperName}` });
          XR.log('review', { appId: app.id, screen: this.level, decision, upperType: this.pass.upperType, upperName: this.pass.upperType === '上级审核单位' ? this.pass.upperName : '' });
          this.passDialog = false;
        } else {
          app.status = '审核不通过';
          app.unitOpinion = this.reject.reason;
          app.history.push({ time: XR.now(), text: `${who}审核不通过：${this.reject.reason}` });
          XR.log('review', { appId: app.id, screen: this.level, decision, reason: this.reject.reason });
          this.rejectDialog = false;
        }
        this.busy = false;
        this.$message.success('审核成功');
        this.close();
      },
    },
    template: `
      <el-dialog v-if="visible && app" ${XR.vary.dialogTitleAttr('auditDetail', "'学时核认申报详细'")} :visible="visible" @update:visible="!$event && close()" width="1200px" append-to-body destroy-on-close custom-class="xr-audit-detail">
        ${XR.vary.dialogTitleSlot('auditDetail', "'学时核认申报详细'")}
        <div v-loading="busy">
          <table class="xr-detail-head">
            <tr v-for="(r, i) in head" :key="i"><template v-for="c in r"><td class="xr-k" :key="c.key + 'k'">{{ c.k }}</td><td :key="c.key + 'v'">{{ c.v }}</td></template></tr>
          </table>
          <div class="xr-section-title">{{ $vary.section('review', '学时年度明细') }}</div>
          <el-table :data="rows" border size="small" class="xr-review-table" row-key="id" v-loading="loading">
            ${XR.vary.columns('review', [
              { key: 'serial', label: '序号', attrs: 'type="index" width="50" align="center" :index="(i) => (page - 1) * size + i + 1"' },
              { key: 'year', label: '年度', attrs: 'prop="year" width="70" align="center"' },
              { key: 'publicName', label: '公需科目名称', attrs: 'prop="publicName" min-width="130"' },
              { key: 'publicHours', label: '公需科目折算学时分', attrs: 'prop="publicHours" width="100" align="center"' },
              { key: 'professionalName', label: '专业科目名称', attrs: 'prop="professionalName" min-width="130"' },
              { key: 'professionalHours', label: '专业科目折算学时分', attrs: 'prop="professionalHours" width="100" align="center"' },
              { key: 'totalHours', label: '合计学时分', attrs: 'prop="totalHours" width="90" align="center"' },
              // No 附件 column in either guide (the files are behind 详情); `?attachments=column` (or some seeds) add one.
              ...(XR.vary.attachmentsHeader ? [{ key: 'attachments', label: '附件', attrs: 'width="70" align="center"', inner: '<template #default="{ row }">{{ files(row) }}</template>' }] : []),
              { key: 'status', label: '审核状态', attrs: 'width="90" align="center"', inner: '<template #default>{{ rowStatus() }}</template>' },
              { key: 'actions', label: '操作', attrs: 'width="80" align="center"', inner: '<template #default="{ row }"><xr-btn k="详情" type="text" size="mini" @click="info = row"></xr-btn></template>' },
            ])}
          </el-table>
          <el-pagination layout="total, sizes, prev, pager, next, jumper" :total="loading ? 0 : app.rows.length" :page-sizes="[10, 20, 50, 100, 500]"
            :page-size.sync="size" :current-page.sync="page"></el-pagination>
        </div>
        <template #footer>
          <xr-btn k="审核通过" type="success" size="small" icon="el-icon-circle-check" :disabled="!canDecide" @click="passDialog = true"></xr-btn>
          <xr-btn k="审核不通过" type="danger" size="small" icon="el-icon-circle-close" :disabled="!canDecide" @click="rejectDialog = true"></xr-btn>
          <xr-btn k="关闭" size="small" @click="close"></xr-btn>
        </template>
        <xr-row-info v-if="info" :app="app" :row="info" @close="info = null"></xr-row-info>
        <el-dialog v-if="passDialog" title="审核通过" :visible.sync="passDialog" width="560px" append-to-body destroy-on-close custom-class="xr-pass">
          <el-form ref="passForm" :model="pass" :rules="passRules" label-width="150px" size="small">
            <el-form-item label="审核上级单位类型:" prop="upperType">
              <el-radio-group v-model="pass.upperType">
                <el-radio label="上级审核单位">上级审核单位</el-radio>
                <el-radio label="经办机构(人社部门)">经办机构(人社部门)</el-radio>
              </el-radio-group>
            </el-form-item>
            <el-form-item label="上级审核单位名称:" prop="upperName" :required="pass.upperType === '上级审核单位'">
              <el-select v-model="pass.upperName" filterable placeholder="请选择" :disabled="pass.upperType !== '上级审核单位'" style="width: 100%">
                <el-option v-for="u in upperUnits" :key="u" :label="u" :value="u"></el-option>
              </el-select>
            </el-form-item>
          </el-form>
          <template #footer>
            <xr-btn k="审核通过" type="primary" size="small" :loading="busy" @click="decide('pass')"></xr-btn>
            <el-button size="small" @click="passDialog = false">取消</el-button>
          </template>
        </el-dialog>
        <el-dialog v-if="rejectDialog" title="审核不通过" :visible.sync="rejectDialog" width="560px" append-to-body destroy-on-close custom-class="xr-reject">
          <el-form ref="rejectForm" :model="reject" :rules="rejectRules" label-width="100px" size="small">
            <el-form-item label="不通过原因" prop="reason">
              <el-input type="textarea" :rows="4" v-model="reject.reason" placeholder="请输入不通过原因" maxlength="200" show-word-limit></el-input>
            </el-form-item>
          </el-form>
          <template #footer>
            <el-button type="primary" size="small" :loading="busy" @click="decide('reject')">确定</el-button>
            <el-button size="small" @click="rejectDialog = false">取消</el-button>
          </template>
        </el-dialog>
      </el-dialog>`,
  });

  // The 查询 form's labels (this page's wording).
  const QUERY = {
    name: XR.vary.formLabel('auditQuery', 'name', '姓名', 0),
    idNumber: XR.vary.formLabel('auditQuery', 'idNumber', '身份证号', 1),
    status: XR.vary.formLabel('auditQuery', 'status', '审核状态', 2),
  };
  const QUERY_ID_WORD = XR.vary.formWord('auditQuery', 'idNumber');

  function auditScreen(level) {
    return {
      data: () => ({
        title: TITLES[level], level,
        query: { 姓名: '', 身份证号: '', 审核状态: '' }, applied: { 姓名: '', 身份证号: '', 审核状态: '' },
        page: 1, size: 10, detail: null, loading: false,
      }),
      computed: {
        apps() {
          const q = this.applied;
          return XR.store.applications.filter((a) => a.status !== '待提交'
            && (!q.姓名 || a.form.姓名.includes(q.姓名))
            && (!q.身份证号 || a.form.证件号码.includes(q.身份证号))
            && (!q.审核状态 || a.status === q.审核状态));
        },
        pageRows() {
          return XR.paginate(this.apps, this.page, this.size);
        },
      },
      methods: {
        statusText: (a) => XR.statusText(a),
        async search() {
          this.loading = true;
          await XR.sleep(Math.min(XR.options.saveDelay, 300));
          this.applied = { ...this.query };
          this.page = 1;
          this.loading = false;
        },
        reset() {
          this.query = { 姓名: '', 身份证号: '', 审核状态: '' };
          this.search();
        },
      },
      template: `
        <div class="xr-page">
          <div class="xr-panel-title">{{ title }}</div>
          <el-form inline size="small" :model="query" class="xr-query" @submit.native.prevent>
            <el-form-item label="${QUERY.name}"><el-input v-model="query.姓名" placeholder="请输入姓名" clearable></el-input></el-form-item>
            <el-form-item label="${QUERY.idNumber}"><el-input v-model="query.身份证号" placeholder="请输入${QUERY_ID_WORD}" clearable></el-input></el-form-item>
            <el-form-item label="${QUERY.status}">
              <el-select v-model="query.审核状态" placeholder="请选择" clearable>
                <el-option v-for="s in ['待审核', '审核通过', '审核不通过', '退回']" :key="s" :label="s" :value="s"></el-option>
              </el-select>
            </el-form-item>
            <el-form-item>
              <xr-btn k="查询" type="primary" icon="el-icon-search" @click="search"></xr-btn>
              <xr-btn k="重置" icon="el-icon-refresh" @click="reset"></xr-btn>
            </el-form-item>
          </el-form>
          <el-table :data="pageRows" border size="small" v-loading="loading" class="xr-audit-table" row-key="id">
            ${XR.vary.columns('auditList', [
              { key: 'serial', label: '序号', attrs: 'type="index" width="50" align="center" :index="(i) => (page - 1) * size + i + 1"' },
              { key: 'name', label: '姓名', attrs: 'prop="form.姓名" width="90"' },
              { key: 'idNumber', label: '身份证', attrs: 'prop="form.证件号码" width="180"' },
              { key: 'employer', label: '工作单位', attrs: 'prop="form.单位名称" min-width="180" show-overflow-tooltip' },
              { key: 'title', label: '拟申报职称', attrs: 'prop="form.拟申报职称" width="100" align="center"' },
              { key: 'reviewYear', label: '申报年度', attrs: 'prop="form.申报年度" width="90" align="center"' },
              { key: 'status', label: '审核状态', attrs: 'width="120" align="center"', inner: '<template #default="{ row }">{{ statusText(row) }}</template>' },
              { key: 'actions', label: '操作', attrs: 'width="140" align="center"', inner: `
              <template #default="{ row }">
                <xr-btn k="审核" type="text" size="mini" :disabled="row.status !== '待审核'" @click="detail = { appId: row.id, readonly: false }"></xr-btn>
                <xr-btn k="查看" type="text" size="mini" @click="detail = { appId: row.id, readonly: true }"></xr-btn>
              </template>` },
            ])}
          </el-table>
          <el-pagination layout="total, sizes, prev, pager, next, jumper" :total="apps.length" :page-sizes="[10, 20, 50, 100, 500]"
            :page-size.sync="size" :current-page.sync="page"></el-pagination>
          <xr-audit-detail v-if="detail" :app-id="detail.appId" :level="level" :readonly="detail.readonly" @close="detail = null"></xr-audit-detail>
        </div>`,
    };
  }
  Vue.component('xr-unit-audit', auditScreen('unit'));
  Vue.component('xr-upper-audit', auditScreen('upper'));
})();
