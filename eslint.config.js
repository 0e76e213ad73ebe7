import js from '@eslint/js';
import n from 'eslint-plugin-n';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['_site/**', 'node_modules/**', 'tests/fixtures/**', '.*/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Every package the code imports or requires is declared in package.json: one that only
    // arrives with another package (Eleventy's dev server, say) can vanish with its next release.
    files: ['**/*.ts', '**/*.js'],
    ignores: ['public/**'],
    plugins: { n },
    rules: { 'n/no-extraneous-import': 'error', 'n/no-extraneous-require': 'error' },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', URLSearchParams: 'readonly' } },
  },
  {
    // The stages report through diagnostics and the CLI through its streams: a console call
    // in src/ is a debugging print left behind.
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
);
