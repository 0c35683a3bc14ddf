import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';
import * as tanstackQuery from '@tanstack/react-query';
import * as react from 'react';
import * as reactHookForm from 'react-hook-form';
import * as reactRouter from 'react-router';
import * as jsxRuntime from 'react/jsx-runtime';
import ts from 'typescript';
import * as kit from '../../src';
import * as core from '../../src/core';
import * as nextEntry from '../../src/integrations/next';
import * as reactHookFormEntry from '../../src/integrations/react-hook-form';
import * as reactRouterEntry from '../../src/integrations/react-router';
import * as tanstackQueryEntry from '../../src/integrations/tanstack-query';
import * as toast from '../../src/toast';

const ROOT = resolve(__dirname, '../..');
const README = resolve(ROOT, 'README.md');

/**
 * The ```tsx blocks of a README section: `'Toasts'` for a `## ` section, or a heading with its
 * level (`'### TanStack Query'`), up to the next heading of that level or above.
 */
export function readmeExamples(heading: string): string[] {
  const title = heading.startsWith('#') ? heading : `## ${heading}`;
  const level = title.indexOf(' ');
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(`\n${title}\n`);
  if (start === -1) throw new Error(`README.md has no "${title}" section`);
  const body = start + title.length + 2;
  const next = new RegExp(`\\n#{1,${level}} `).exec(readme.slice(body));
  const section = readme.slice(start, next ? body + next.index : undefined);
  return [...section.matchAll(/```tsx\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

const MODULES: Record<string, unknown> = {
  '@intelliauth/react-auth-errors': kit,
  '@intelliauth/react-auth-errors/core': core,
  '@intelliauth/react-auth-errors/toast': toast,
  '@intelliauth/react-auth-errors/styles.css': {},
  '@intelliauth/react-auth-errors/tanstack-query': tanstackQueryEntry,
  '@intelliauth/react-auth-errors/react-hook-form': reactHookFormEntry,
  '@intelliauth/react-auth-errors/react-router': reactRouterEntry,
  '@intelliauth/react-auth-errors/next': nextEntry,
  '@tanstack/react-query': tanstackQuery,
  'react-hook-form': reactHookForm,
  'react-router': reactRouter,
  react,
  'react/jsx-runtime': jsxRuntime,
};

/** Type errors in examples, checked as the package's users would import it (the entries mapped to the source). */
export function typeErrors(examples: string[]): string[] {
  const files = new Map(examples.map((code, i) => [resolve(ROOT, `test/readme-example-${i}.tsx`), code]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    baseUrl: ROOT,
    paths: {
      '@intelliauth/react-auth-errors': ['src/index.ts'],
      '@intelliauth/react-auth-errors/core': ['src/core/index.ts'],
      '@intelliauth/react-auth-errors/toast': ['src/toast/index.ts'],
      '@intelliauth/react-auth-errors/delivery': ['src/delivery/index.ts'],
      '@intelliauth/react-auth-errors/tanstack-query': ['src/integrations/tanstack-query/index.ts'],
      '@intelliauth/react-auth-errors/react-hook-form': ['src/integrations/react-hook-form/index.ts'],
      '@intelliauth/react-auth-errors/react-router': ['src/integrations/react-router/index.ts'],
      '@intelliauth/react-auth-errors/next': ['src/integrations/next/index.ts'],
    },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, version) => {
    const code = files.get(name);
    return code === undefined ? getSourceFile(name, version) : ts.createSourceFile(name, code, version, true, ts.ScriptKind.TSX);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
    .map((diagnostic) => `${diagnostic.file?.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

// An example's imports of the kit's root entry and of `/core`, bound to the source modules.
const KIT_IMPORT = /^import \{([^}]*)\} from '(@intelliauth\/react-auth-errors(?:\/core)?)';$/gm;
const KIT_ENTRIES: Record<string, unknown> = { '@intelliauth/react-auth-errors': kit, '@intelliauth/react-auth-errors/core': core };

/** Whether an example imports the kit's root entry or `/core`. */
export const importsKit = (code: string): boolean => new RegExp(KIT_IMPORT.source, 'm').test(code);

/**
 * Runs a ```ts example as an async function body (top-level await allowed), its imports of the
 * kit's root entry and `/core` bound to the source and TypeScript-only syntax stripped; returns what
 * it logged, each line as `console.log` formats it.
 */
export async function logsOf(code: string): Promise<string[]> {
  const body = ts.transpileModule(code.replace(KIT_IMPORT, (_, names: string, path: string) => `const {${names}} = entries[${JSON.stringify(path)}];`), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const logged: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
  });
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (entries: unknown) => Promise<void>;
  await new AsyncFunction('entries', body)(KIT_ENTRIES);
  return logged;
}

/** Runs an example as a module (the package's entries bound to the source) and returns its exports. */
export function runExample(code: string): Record<string, unknown> {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, jsx: ts.JsxEmit.ReactJSX },
  });
  const exports: Record<string, unknown> = {};
  const require = (name: string) => {
    if (!(name in MODULES)) throw new Error(`the example imports ${name}, which the README test does not provide`);
    return MODULES[name];
  };
  new Function('exports', 'require', outputText)(exports, require);
  return exports;
}
