// The portal shell (header, menu, tabs, breadcrumb), the hash router and the test API window.__replica.
(function () {
  'use strict';
  const XR = window.XR;
  ELEMENT.locale(ELEMENT.lang.zhCN);

  const CE = ['人才人事', '专业技术人员管理', '继续教育'];
  const ROUTES = {
    '/xskr/apply': { comp: 'xr-apply-a', title: '学时核认申报', crumbs: [...CE, '学时核认申报'], hall: 'person' },
    '/xskr/apply-b': { comp: 'xr-apply-b', title: '学时核认申报', crumbs: [...CE, '学时核认申报'], hall: 'person' },
    '/xskr/unit-audit': { comp: 'xr-unit-audit', title: '学时核认申报单位审核', crumbs: [...CE, '学时核认申报单位审核'], hall: 'unit' },
    '/xskr/upper-audit': { comp: 'xr-upper-audit', title: '学时核认上级单位审核', crumbs: [...CE, '学时核认上级单位审核'], hall: 'unit' },
    '/xskr/print': { comp: 'xr-certificate-print', title: '学时证书打印', crumbs: [...CE, '学时证书打印'], hall: 'person' },
    '/other': { comp: 'xr-other', title: '个人基本信息', crumbs: ['个人中心', '个人基本信息'], hall: 'person' },
    '/home': { comp: 'xr-home', title: '首页', crumbs: ['首页'], hall: 'person' },
  };
  function currentPath() {
    const path = location.hash.replace(/^#/, '').split('?')[0] || '/home';
    return ROUTES[path] ? path : '/home';
  }

  const PERSON_MENU = [
    { title: '人才人事', icon: 'el-icon-user', children: [
      { title: '专业技术人员管理', children: [
        { title: '继续教育', children: [
          { title: '学时证书打印', path: '/xskr/print' },
          { title: '学时核认申报', path: 'apply' },
        ] },
        { title: '证书管理', path: null },
      ] },
      { title: '高层次人才', path: null },
    ] },
    { title: '社保服务', icon: 'el-icon-wallet', path: null },
    { title: '公共就业', icon: 'el-icon-suitcase', path: null },
    { title: '个人中心', icon: 'el-icon-s-custom', children: [{ title: '个人基本信息', path: '/other' }] },
  ];
  const UNIT_MENU = [
    { title: '人才人事', icon: 'el-icon-user', children: [
      { title: '专业技术人员管理', children: [
        { title: '继续教育', children: [
          { title: '学时核认申报单位审核', path: '/xskr/unit-audit' },
          { title: '学时核认上级单位审核', path: '/xskr/upper-audit' },
          { title: '专业技术人员继续教育培训备案', path: null },
        ] },
      ] },
    ] },
    { title: '单位信息', icon: 'el-icon-office-building', path: null },
  ];

  // A menu tree rendered recursively with el-submenu / el-menu-item; keys are index paths.
  Vue.component('xr-menu-items', {
    name: 'xr-menu-items',
    props: { items: Array, prefix: { type: String, default: 'm' } },
    template: `
      <div>
        <template v-for="(it, i) in items">
          <el-submenu v-if="it.children" :key="prefix + i" :index="prefix + '-' + i">
            <template #title><i v-if="it.icon" :class="it.icon"></i><span>{{ it.title }}</span></template>
            <xr-menu-items :items="it.children" :prefix="prefix + '-' + i"></xr-menu-items>
          </el-submenu>
          <el-menu-item v-else :key="prefix + i" :index="it.path || (prefix + '-' + i)"><i v-if="it.icon" :class="it.icon"></i><span>{{ it.title }}</span></el-menu-item>
        </template>
      </div>`,
  });

  Vue.component('xr-home', {
    template: `
      <div class="xr-page">
        <div class="xr-panel-title">猜你想办</div>
        <el-row :gutter="16">
          <el-col :span="6" v-for="t in ['参保信息', '缴费信息', '养老待遇', '社保卡申领']" :key="t"><el-card shadow="hover" class="xr-card">{{ t }}</el-card></el-col>
        </el-row>
        <div class="xr-panel-title">常用功能</div>
        <el-button size="small" @click="go('#/other')">个人基本信息</el-button>
        <el-button size="small" @click="go('#/xskr/apply')">学时核认申报</el-button>
      </div>`,
    methods: {
      go(h) {
        location.hash = h;
      },
    },
  });

  const root = new Vue({
    el: '#app',
    data: { path: currentPath(), store: XR.store, hideAsterisk: XR.hideAsterisk, keyword: '' },
    computed: {
      route() {
        return ROUTES[this.path];
      },
      menu() {
        return this.route.hall === 'unit' ? UNIT_MENU : PERSON_MENU.map((m) => this.fixApplyPath(m));
      },
      openeds() {
        return ['m-0', 'm-0-0', 'm-0-0-0', 'm-3'];
      },
      hallName() {
        return this.route.hall === 'unit' ? '单位网厅' : '个人网厅';
      },
      userName() {
        return this.route.hall === 'unit' ? '长沙示例建设工程有限公司' : XR.user.姓名;
      },
    },
    methods: {
      // The 学时核认申报 menu item leads to whichever variant is being shown.
      fixApplyPath(m) {
        const copy = { ...m };
        if (copy.path === 'apply') copy.path = this.path === '/xskr/apply-b' ? '/xskr/apply-b' : '/xskr/apply';
        if (copy.children) copy.children = copy.children.map((c) => this.fixApplyPath(c));
        return copy;
      },
      onMenu(index) {
        if (index.startsWith('/')) location.hash = `#${index}`;
        else this.$message.info('该功能暂未开放');
      },
      goHome() {
        location.hash = '#/home';
      },
    },
    template: `
      <el-container class="xr-shell">
        <el-header class="xr-header" height="56px">
          <div class="xr-logo"><span class="xr-emblem">人社</span>湖南省人力资源和社会保障服务平台</div>
          <div class="xr-user"><i class="el-icon-s-home"></i> {{ hallName }}&emsp;<i class="el-icon-user-solid"></i> {{ userName }}&emsp;<el-link :underline="false" class="xr-logout">退出</el-link></div>
        </el-header>
        <el-container class="xr-body">
          <el-aside width="240px" class="xr-aside">
            <div class="xr-menu-search"><el-input v-model="keyword" size="small" placeholder="输入关键字搜索菜单" prefix-icon="el-icon-search"></el-input></div>
            <el-menu :default-active="path" :default-openeds="openeds" background-color="#304156" text-color="#bfcbd9" active-text-color="#409EFF" @select="onMenu">
              <xr-menu-items :items="menu"></xr-menu-items>
            </el-menu>
          </el-aside>
          <el-main class="xr-main">
            <div class="xr-tabs">
              <span class="xr-tab" @click="goHome"><i class="el-icon-s-home"></i> 首页</span>
              <span v-if="path !== '/home'" class="xr-tab is-active">{{ route.title }} <i class="el-icon-close"></i></span>
            </div>
            <el-breadcrumb separator=">" class="xr-breadcrumb">
              <el-breadcrumb-item v-for="c in route.crumbs" :key="c">{{ c }}</el-breadcrumb-item>
            </el-breadcrumb>
            <component :is="route.comp" :key="path + '#' + store.generation"></component>
          </el-main>
        </el-container>
      </el-container>`,
  });
  window.addEventListener('hashchange', () => {
    root.path = currentPath();
  });

  window.__replica = {
    ready: false,
    /** Replaces all data; the current screen is rebuilt (open dialogs close). */
    seed({ applications }) {
      if (!Array.isArray(applications)) throw new Error('seed({ applications }) expects an array');
      XR.store.applications = applications.map(XR.normaliseApplication);
      XR.store.generation++;
      return Vue.nextTick();
    },
    /** A deep copy of all data as plain JSON. */
    saved() {
      return { applications: XR.clone(XR.store.applications) };
    },
    events: XR.events,
    options: XR.options,
    labels: XR.labelsMode,
    /** What `?vary=<seed>` applied (plain JSON; `{ seed: 0, active: false, classes: [] … }` without it). See README.md. */
    variation: XR.vary.describe(),
  };
  Vue.nextTick(() => {
    window.__replica.ready = true;
    document.documentElement.setAttribute('data-replica-ready', '1');
  });
})();
