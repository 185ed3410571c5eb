import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'test/portal/vendor/**', 'test-results/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, Vue: 'readonly', ELEMENT: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', { name: 'fetch', message: '扩展承诺不联网：不要在扩展代码里发网络请求。' }],
    },
  },
  {
    // Tests, the replica and Node scripts may use Node and page globals freely.
    files: ['test/**', '*.config.*', '.ci/**'],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
