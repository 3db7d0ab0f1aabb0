// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.dist-*/', 'node_modules/', 'test-results/', '.cache/'] },
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  prettier,
  {
    rules: {
      // Unused bindings that start with _ are deliberate (destructuring a field away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
