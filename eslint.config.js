import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'data/**', 'coverage/**', 'apps/web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/**/*.ts', 'packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../packages/*', '../../../packages/*', '../../../../packages/*'], message: 'import workspace packages by name' }] },
      ],
    },
  },
  {
    // A route parses and presents; what it needs of another slice lives in that slice's service.
    files: ['apps/server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['./*.routes*', '../*/*.routes*'], message: 'a routes file never imports another: share through a service' },
            { group: ['../../packages/*', '../../../packages/*', '../../../../packages/*'], message: 'import workspace packages by name' },
          ],
        },
      ],
    },
  },
  {
    // Only repositories hold SQL, and the database layer knows nothing of HTTP.
    files: ['apps/server/src/**/*.repository.ts', 'apps/server/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fastify', '@fastify/*', '../http/*', './http/*', '*.routes*', '*.service*'], message: 'the database layer knows nothing of HTTP, routes or services' },
            { group: ['../../packages/*', '../../../packages/*', '../../../../packages/*'], message: 'import workspace packages by name' },
          ],
        },
      ],
    },
  },
  {
    // Dependencies point one way: core <- contract <- server. The pure core has no I/O.
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@macromuse/contract*', '@macromuse/server*'], message: 'core depends on nothing else in MacroMuse' },
            { group: ['node:*', 'fs', 'path', 'http', 'pg', '@electric-sql/*'], message: 'core is pure: no I/O' },
            { group: ['../../../*/'], message: 'import workspace packages by name' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@macromuse/server*', 'node:*'], message: 'contract depends on core, zod and uuid only' }] },
      ],
    },
  },
  {
    // The web app runs in a browser, with React's rules of hooks.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Three stores, none importing another: appStore (session, settings), dataStore (days, foods,
    // outbox), uiStore (screens, dialogs, toasts). The modules behind a store (stores/data/*) import none.
    files: ['apps/web/src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['./*-store*', '../*-store*', '../stores/*', '../../stores/*'], message: 'a store never imports another store' },
            { group: ['@macromuse/server*'], message: 'the web app talks to the server over HTTP only' },
          ],
        },
      ],
    },
  },
  {
    // Exactly three stores: only they make one.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/stores/app-store.ts', 'apps/web/src/stores/data-store.ts', 'apps/web/src/stores/ui-store.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value='zustand'] ImportSpecifier[imported.name='create']", message: 'the app has three stores (appStore, dataStore, uiStore); add state to one of them' }] },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@macromuse/server*'], message: 'the web app talks to the server over HTTP only' }] }],
    },
  },
);
