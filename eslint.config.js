import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Page text is data: these sinks would turn it into HTML or code.
const unsafeSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'innerHTML turns text into HTML; render text nodes instead.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'outerHTML turns text into HTML; render text nodes instead.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML turns text into HTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML turns text into HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'document.write parses HTML.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'eval runs text as code.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function runs text as code.' },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'screenshots/', 'demo-screenshots/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', ...unsafeSinks],
      'no-restricted-globals': ['error', { name: 'eval', message: 'eval runs text as code.' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/e2e/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
