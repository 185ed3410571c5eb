// 学时证书打印 (guides 000 / 002 附件3 第10–13步): 查询年度 with *起始年度 *结束年度 (year pickers) and 查询; after 查询 the
// 查询结果 shows the 学时认定单 of the approved years and 下载 saves it (here: an event and a message, nothing downloaded).
(function () {
  'use strict';
  const XR = window.XR;
  const ALT_ORDER_LABELS = XR.labelsMode === 'alt';

  Vue.component('xr-certificate-print', {
    data: () => ({ model: { 起始年度: '', 结束年度: '' }, loading: false, result: null }),
    computed: {
      labels() {
        return { from: XR.formLabel('起始年度', 0, true), to: XR.formLabel('结束年度', ALT_ORDER_LABELS ? 2 : 1, true) };
      },
      rules() {
        const order = (_rule, value, callback) => {
          const from = Number(this.model.起始年度);
          if (value && from && Number(value) < from) return callback(new Error('结束年度不能小于起始年度'));
          callback();
        };
        return {
          起始年度: [{ required: true, message: '请选择起始年度', trigger: 'change' }],
          结束年度: [{ required: true, message: '请选择结束年度', trigger: 'change' }, { validator: order, trigger: 'change' }],
        };
      },
    },
    methods: {
      query() {
        this.$refs.form.validate(async (ok) => {
          if (!ok) return;
          this.loading = true;
          await XR.sleep(XR.options.saveDelay);
          this.loading = false;
          const from = Number(this.model.起始年度);
          const to = Number(this.model.结束年度);
          this.result = { from, to, count: to - from + 1, name: XR.user.姓名 };
          XR.log('certificate-query', { from, to });
        });
      },
      download() {
        XR.log('certificate-download', { ...this.result });
        this.$message.success('下载成功');
      },
    },
    template: `
      <div class="xr-page" v-loading="loading">
        <div class="xr-panel-title">查询年度</div>
        <el-form ref="form" :model="model" :rules="rules" inline size="small" :hide-required-asterisk="hideAsterisk" class="xr-print-form">
          <el-form-item :label="labels.from" prop="起始年度">
            <el-date-picker v-model="model.起始年度" type="year" value-format="yyyy" placeholder="请选择年度"></el-date-picker>
          </el-form-item>
          <el-form-item :label="labels.to" prop="结束年度">
            <el-date-picker v-model="model.结束年度" type="year" value-format="yyyy" placeholder="请选择年度"></el-date-picker>
          </el-form-item>
          <el-form-item><el-button type="primary" @click="query">查询</el-button></el-form-item>
        </el-form>
        <template v-if="result">
          <div class="xr-section-title">查询结果</div>
          <div class="xr-certificate">
            <p>湖南省专业技术人员继续教育</p>
            <p><strong>学时认定单</strong></p>
            <p>根据《专业技术人员继续教育规定》（人社部令第25号）精神，{{ result.name }} 同志，自 {{ result.from }}年至{{ result.to }}年（计{{ result.count }}年）参加继续教育培训，培训学时达到《专业技术人员继续教育规定》学时。</p>
            <p>（盖章）</p>
          </div>
          <el-button type="primary" size="small" @click="download">下载</el-button>
        </template>
      </div>`,
    created() {
      this.hideAsterisk = XR.hideAsterisk;
    },
  });
})();
