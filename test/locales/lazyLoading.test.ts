// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const ENTRY = resolve(ROOT, 'src/index.ts');
const OTHER_LANGUAGES = readdirSync(resolve(ROOT, 'locales')).filter((lng) => lng !== 'en');

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // a dependency: react, i18next…
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((path) => existsSync(path) && !path.endsWith('/'));
}

/** The relative modules `file` imports statically (import / export … from) and dynamically (import()). */
function importsOf(file: string) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const staticImports: string[] = [];
  const dynamicImports: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly) staticImports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) dynamicImports.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const resolved = (specifiers: string[]) => specifiers.map((specifier) => resolveModule(file, specifier)).filter((path): path is string => path !== undefined);
  return { staticImports: resolved(staticImports), dynamicImports: resolved(dynamicImports) };
}

/** Every module the root entry loads up front, and every module it can load on demand. */
function graph() {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (eager.has(file)) continue;
    eager.add(file);
    if (file.endsWith('.json')) continue;
    const { staticImports, dynamicImports } = importsOf(file);
    queue.push(...staticImports);
    dynamicImports.forEach((path) => lazy.add(path));
  }
  // What a module loaded on demand loads is on demand too (the table of loaders, then each language).
  for (const file of lazy) {
    if (file.endsWith('.json') || eager.has(file)) continue;
    const { staticImports, dynamicImports } = importsOf(file);
    [...staticImports, ...dynamicImports].forEach((path) => lazy.add(path));
  }
  return { eager: [...eager].map((path) => relative(ROOT, path)), lazy: [...lazy].map((path) => relative(ROOT, path)) };
}

describe('the root entry', () => {
  const { eager, lazy } = graph();

  it('should bundle English and no other language', () => {
    expect(eager).toContain('locales/en/auth-errors.json');
    expect(eager.filter((path) => path.startsWith('locales/'))).toEqual(['locales/en/auth-errors.json']);
  });

  it.each(OTHER_LANGUAGES)('should load %s on demand, as its own module', (lng) => {
    expect(lazy).toContain(`locales/${lng}/auth-errors.json`);
    expect(eager).not.toContain(`locales/${lng}/auth-errors.json`);
  });
});
