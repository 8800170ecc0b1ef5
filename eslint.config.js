import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['node_modules/', '.stack/', 'coverage/', 'dist/'] }, ...tseslint.configs.recommended, {
  rules: {
    '@typescript-eslint/no-explicit-any': 'error',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    '@typescript-eslint/no-non-null-assertion': 'off',
  },
});
