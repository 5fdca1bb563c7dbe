import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

// Every folder under src/features/ is one feature (read at lint time, so a new feature is covered
// without touching this file).
const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

// The import boundaries (as in bulletproof-react): app → features → components/lib, never back,
// and no feature imports another feature. Something two features need moves to src/components
// (UI) or src/lib (the rest).
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move the shared piece to src/components or src/lib.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import from src/app.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'src/components and src/lib are shared: they do not import from src/features or src/app.',
  },
]

export default defineConfig(
  { ignores: ['node', 'node_modules', 'target', 'dist'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      importX.flatConfigs.recommended,
      importX.flatConfigs.typescript,
    ],
    plugins: { 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
    },
    rules: {
      // `const { unwanted: _unwanted, ...rest } = value` leaves a property out on purpose
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // the two classic hook rules; the React Compiler rules of the plugin's preset are not used here
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaries }],
    },
  },
)
