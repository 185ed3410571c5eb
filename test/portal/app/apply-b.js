// Variant B applicant screen (seed 003): one application per year. (Filled in below.)
(function () {
  'use strict';
  Vue.component('xr-apply-b', { template: '<div class="xr-page"><div class="xr-panel-title">我要申报</div></div>' });
})();
