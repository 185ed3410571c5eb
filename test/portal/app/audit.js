// Reviewer screens: 学时核认申报单位审核 and 学时核认上级单位审核. (Filled in below.)
(function () {
  'use strict';
  Vue.component('xr-unit-audit', { template: '<div class="xr-page">学时核认申报单位审核</div>' });
  Vue.component('xr-upper-audit', { template: '<div class="xr-page">学时核认上级单位审核</div>' });
})();
