// Generic form fields of the replica: one spec per field, rendered with the real Element components.
(function () {
  'use strict';
  const XR = window.XR;

  function placeholder(spec) {
    if (spec.placeholder) return spec.placeholder;
    if (spec.type === 'year' || spec.type === 'yearSelect') return '请选择年度';
    if (spec.type === 'select') return '请选择';
    if (spec.type === 'unit') return '请选择单位名称';
    return `请输入${spec.word || spec.label}`; // the page's own word (`?vary` may write 公需科目折算学时（分）)
  }

  /** el-form rules for a list of field specs: required ones, and numbers ≥ 0 for hours. */
  XR.rulesFor = function (specs) {
    const rules = {};
    for (const s of specs) {
      const list = [];
      if (s.required) {
        const picked = s.type === 'select' || s.type === 'year' || s.type === 'yearSelect' || s.type === 'cascader';
        const verb = picked || s.type === 'unit' ? '请选择' : '请输入';
        list.push({ required: true, message: `${verb}${s.label}`, trigger: picked ? 'change' : 'blur' });
      }
      if (s.type === 'number') {
        list.push({
          validator(_rule, value, callback) {
            if (value === '' || value === null || value === undefined) return callback();
            if (typeof value !== 'number' || !Number.isFinite(value)) return callback(new Error(`${s.label}必须为数字`));
            if (value < 0) return callback(new Error(`${s.label}不能小于0`));
            callback();
          },
          trigger: 'blur',
        });
      }
      if (s.pattern) list.push({ pattern: s.pattern, message: s.patternMessage, trigger: 'blur' });
      if (s.validator) list.push({ validator: s.validator, trigger: 'blur' });
      if (list.length) rules[s.key] = list;
    }
    return rules;
  };

  Vue.component('xr-field', {
    props: { spec: { type: Object, required: true }, model: { type: Object, required: true }, index: { type: Number, default: 0 }, disabled: Boolean },
    computed: {
      label() {
        // `text`: the visible label laid out by XR.vary.layout (this seed's wording); `label` stays the guide's word.
        return this.spec.text !== undefined ? this.spec.text : XR.formLabel(this.spec.label, this.index, !!this.spec.required);
      },
      ph() {
        return placeholder(this.spec);
      },
      /** The cascader's path for the model's leaf value (the model keeps the leaf's text, as the select did). */
      cascaderPath() {
        const v = this.model[this.spec.key];
        if (!v || this.spec.type !== 'cascader') return [];
        for (const top of this.spec.options) if ((top.children || []).some((c) => c.value === v)) return [top.value, v];
        return [];
      },
      /** Years a 年度 select offers (value 'yyyy', as the year picker's value-format). */
      years() {
        return Array.from({ length: 12 }, (_, i) => String(2026 - i));
      },
    },
    methods: {
      onCascader(path) {
        this.model[this.spec.key] = path && path.length ? path[path.length - 1] : '';
      },
    },
    template: `
      <el-form-item :label="label" :prop="spec.key">
        <el-input v-if="spec.type === 'number'" v-model.number="model[spec.key]" :placeholder="ph" :disabled="disabled"></el-input>
        <el-select v-else-if="spec.type === 'select'" v-model="model[spec.key]" :placeholder="ph" :disabled="disabled" style="width: 100%">
          <el-option v-for="o in spec.options" :key="o" :label="o" :value="o"></el-option>
        </el-select>
        <el-date-picker v-else-if="spec.type === 'year'" v-model="model[spec.key]" type="year" value-format="yyyy" :placeholder="ph" :disabled="disabled" style="width: 100%"></el-date-picker>
        <el-select v-else-if="spec.type === 'yearSelect'" v-model="model[spec.key]" :placeholder="ph" :disabled="disabled" style="width: 100%">
          <el-option v-for="y in years" :key="y" :label="spec.yearOption === 'yyyy年' ? y + '年' : y" :value="y"></el-option>
        </el-select>
        <el-cascader v-else-if="spec.type === 'cascader'" :value="cascaderPath" @input="onCascader" :options="spec.options" :show-all-levels="false" :placeholder="ph" :disabled="disabled" style="width: 100%"></el-cascader>
        <el-input v-else-if="spec.type === 'textarea'" type="textarea" :rows="2" v-model="model[spec.key]" :placeholder="ph" :disabled="disabled"></el-input>
        <el-input v-else-if="spec.type === 'unit'" v-model="model[spec.key]" readonly :placeholder="ph" :disabled="disabled">
          <template #append><el-button :disabled="disabled" @click="$emit('pick-unit', spec.key)">选择</el-button></template>
        </el-input>
        <el-input v-else v-model="model[spec.key]" :placeholder="ph" :disabled="disabled"></el-input>
      </el-form-item>`,
  });

  /** Fields laid out in `cols` columns, in the order given (alt mode and `?vary` pass another order). */
  Vue.component('xr-field-grid', {
    props: { specs: { type: Array, required: true }, model: { type: Object, required: true }, cols: { type: Number, default: 3 }, disabled: Boolean },
    template: `
      <el-row :gutter="12" class="xr-grid">
        <el-col v-for="(s, i) in specs" :key="s.key" :span="s.wide ? 24 : 24 / cols">
          <xr-field :spec="s" :model="model" :index="i" :disabled="disabled" @pick-unit="$emit('pick-unit', $event)"></xr-field>
        </el-col>
      </el-row>`,
  });

  /** The 单位名称 「选择」 dialog: a small searchable list of employers. */
  Vue.component('xr-unit-picker', {
    props: { visible: Boolean },
    data: () => ({ keyword: '', units: XR.UNITS, current: null }),
    computed: {
      filtered() {
        return this.units.filter((u) => !this.keyword || u.name.includes(this.keyword));
      },
    },
    methods: {
      confirm() {
        if (!this.current) return this.$message.warning('请选择单位');
        this.$emit('pick', this.current);
        this.$emit('update:visible', false);
      },
    },
    template: `
      <el-dialog title="选择单位" :visible="visible" @update:visible="$emit('update:visible', $event)" width="640px" append-to-body destroy-on-close>
        <el-form inline size="small" @submit.native.prevent>
          <el-form-item label="单位名称"><el-input v-model="keyword" placeholder="请输入单位名称"></el-input></el-form-item>
        </el-form>
        <el-table :data="filtered" border size="small" highlight-current-row @current-change="current = $event">
          <el-table-column type="index" label="序号" width="60" align="center"></el-table-column>
          <el-table-column prop="name" label="单位名称"></el-table-column>
          <el-table-column prop="code" label="统一社会信用代码" width="200"></el-table-column>
        </el-table>
        <template #footer>
          <el-button type="primary" size="small" @click="confirm">确定</el-button>
          <el-button size="small" @click="$emit('update:visible', false)">关闭</el-button>
        </template>
      </el-dialog>`,
  });

  /** Numbered pagination the portal uses everywhere: 共 N 条 10条/页 < 1 > 前往 1 页. */
  XR.paginate = function (list, page, size) {
    return list.slice((page - 1) * size, page * size);
  };
  XR.PAGE_SIZES = [10, 20, 50, 100, 500];
})();
