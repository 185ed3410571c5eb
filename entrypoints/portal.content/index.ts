export default defineContentScript({
  matches: ['https://ggfw.rst.hunan.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-xskr-injected', '1');
  },
});
