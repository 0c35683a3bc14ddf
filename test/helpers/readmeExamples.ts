import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as react from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import ts from 'typescript';
import * as kit from '../../src';
import * as toast from '../../src/toast';

const ROOT = resolve(__dirname, '../..');
const README = resolve(ROOT, 'README.md');

/** The ```tsx blocks of a README section (from its `## ` heading to the next one). */
export function readmeExamples(heading: string): string[] {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`README.md has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```tsx\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

const MODULES: Record<string, unknown> = {
  '@intelliauth/react-auth-errors': kit,
  '@intelliauth/react-auth-errors/toast': toast,
  '@intelliauth/react-auth-errors/styles.css': {},
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
      '@intelliauth/react-auth-errors/toast': ['src/toast/index.ts'],
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
