// An unrelated portal screen (个人基本信息): content scripts must NOT take it for a 学时核认 screen.
(function () {
  'use strict';
  const XR = window.XR;
  Vue.component('xr-other', {
    data: () => ({
      model: { 姓名: XR.user.姓名, 证件号码: XR.user.证件号码, 性别: XR.user.性别, 民族: '汉族', 出生日期: '1990-03-15', 联系电话: '13900001234', 通讯地址: '湖南省长沙市示例路1号', 学历: '大学本科' },
      saving: false,
    }),
    methods: {
      async save() {
        this.saving = true;
        await XR.sleep(XR.options.saveDelay);
        this.saving = false;
        this.$message.success('保存成功');
      },
    },
    template: `
      <div class="xr-page" v-loading="saving">
        <div class="xr-panel-title">个人基本信息</div>
        <el-form :model="model" label-width="100px" size="small" class="xr-other-form">
          <el-row :gutter="12">
            <el-col :span="8"><el-form-item label="姓名" required><el-input v-model="model.姓名" disabled></el-input></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="证件号码" required><el-input v-model="model.证件号码" disabled></el-input></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="性别"><el-select v-model="model.性别" placeholder="请选择" style="width: 100%"><el-option label="男" value="男"></el-option><el-option label="女" value="女"></el-option></el-select></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="民族"><el-input v-model="model.民族"></el-input></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="出生日期"><el-date-picker v-model="model.出生日期" type="date" value-format="yyyy-MM-dd" placeholder="请选择日期" style="width: 100%"></el-date-picker></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="联系电话" required><el-input v-model="model.联系电话"></el-input></el-form-item></el-col>
            <el-col :span="8"><el-form-item label="最高学历"><el-input v-model="model.学历"></el-input></el-form-item></el-col>
            <el-col :span="16"><el-form-item label="通讯地址"><el-input v-model="model.通讯地址"></el-input></el-form-item></el-col>
          </el-row>
        </el-form>
        <div class="xr-section-title">参保信息</div>
        <el-table :data="[{ 险种: '企业职工基本养老保险', 状态: '正常参保', 单位: '长沙示例建设工程有限公司', 起始: '2012-07' }, { 险种: '失业保险', 状态: '正常参保', 单位: '长沙示例建设工程有限公司', 起始: '2012-07' }]" border size="small">
          <el-table-column prop="险种" label="险种类型"></el-table-column>
          <el-table-column prop="状态" label="参保状态"></el-table-column>
          <el-table-column prop="单位" label="参保单位"></el-table-column>
          <el-table-column prop="起始" label="参保年月"></el-table-column>
        </el-table>
        <div class="xr-actions"><el-button type="primary" size="small" @click="save">保存</el-button></div>
      </div>`,
  });
})();
