#!/usr/bin/env node
// The public API report: every declaration a user of the package can reach through its `exports`
// map, read from the built `.d.mts` files (what TypeScript users compile against), written to
// api/react-auth-errors.api.md. Comments are left out (docs may change freely); so are names the
// build picks (`_$react.`, destructured parameters), so that only real API changes show in review.
//
//   npm run check:api    compare with the committed report; exit 1 on a difference
//   npm run api:update   rewrite the committed report
//
// Needs `npm run build` first. Also checks that the CommonJS declarations (`.d.cts`) describe the
// same API as the ESM ones.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const reportPath = join(root, 'api', 'react-auth-errors.api.md');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const update = process.argv.includes('--update');
const dist = join(root, 'dist');

if (!existsSync(join(dist, 'index.d.mts'))) {
  console.error('dist/index.d.mts is missing: run `npm run build` first.');
  process.exit(2);
}

/**
 * The public entries, from package.json `exports`: subpath → declaration files. A `*` subpath
 * stands for every file its pattern matches (`./locales/*` → one per language).
 */
function entries(kind) {
  const result = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' ? target[kind === 'mts' ? 'import' : 'require']?.types : undefined;
    if (!types) {
      result.push({ subpath, files: [], note: `\`${target}\` (no types)` });
      continue;
    }
    if (!types.includes('*')) {
      result.push({ subpath, files: [{ name: subpath, path: join(root, types) }] });
      continue;
    }
    const [before, after] = types.split('*');
    const full = join(root, before);
    const dir = full.endsWith(sep) ? full.slice(0, -1) : dirname(full);
    const prefix = full.slice(dir.length + 1);
    const files = readdirSync(dir)
      .filter((file) => file.startsWith(prefix) && file.endsWith(after))
      .map((file) => file.slice(prefix.length, file.length - after.length))
      .sort()
      .map((match) => ({ name: subpath.replace('*', match), match, path: join(dir, `${prefix}${match}${after}`) }));
    result.push({ subpath, files });
  }
  return result;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** Rewrites what the build names freely: a destructured parameter becomes `props`. */
const normalise = (context) => {
  const visit = (node) => {
    if (ts.isParameter(node) && (ts.isObjectBindingPattern(node.name) || ts.isArrayBindingPattern(node.name))) {
      return context.factory.updateParameterDeclaration(
        node,
        node.modifiers,
        node.dotDotDotToken,
        context.factory.createIdentifier('props'),
        node.questionToken,
        node.type ? ts.visitNode(node.type, visit) : node.type,
        undefined,
      );
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (node) => ts.visitNode(node, visit);
};

function report(kind) {
  const all = entries(kind);
  const files = all.flatMap((entry) => entry.files.map((file) => file.path));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  const checker = program.getTypeChecker();
  const problems = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    problems.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  const own = (declaration) => {
    const file = declaration.getSourceFile().fileName;
    return resolve(file).startsWith(dist + sep);
  };
  const resolveAlias = (symbol) => (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

  /** The statement that declares `declaration` (a variable's whole `declare const` line). */
  const statementOf = (declaration) =>
    ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;

  const fromJson = (declaration) => /\.json\.d\.[mc]?ts$/.test(declaration.getSourceFile().fileName);

  const print = (declaration) => {
    const source = declaration.getSourceFile();
    if (fromJson(declaration)) {
      // A JSON module's declarations are a namespace per key; its type reads better.
      const symbol = checker.getSymbolAtLocation(declaration.name);
      const expand = (type, indent) => {
        if (!(type.flags & ts.TypeFlags.Object)) return checker.typeToString(type);
        const properties = checker.getPropertiesOfType(type);
        const lines = properties.map((property) => {
          const key = /^[A-Za-z_$][\w$]*$/.test(property.name) ? property.name : JSON.stringify(property.name);
          return `${indent}    ${key}: ${expand(checker.getTypeOfSymbol(property), `${indent}    `)};`;
        });
        return `{\n${lines.join('\n')}\n${indent}}`;
      };
      return `declare const ${symbol.name}: ${expand(checker.getTypeOfSymbol(symbol), '')};`;
    }
    const [transformed] = ts.transform(statementOf(declaration), [normalise]).transformed;
    let text = printer.printNode(ts.EmitHint.Unspecified, transformed, source);
    // `import * as _$react from "react"` → `import("react").`, whatever the build named it.
    for (const statement of source.statements) {
      const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
      if (bindings && ts.isNamespaceImport(bindings)) {
        const alias = bindings.name.text.replace(/[$]/g, '\\$');
        text = text.replace(new RegExp(`(?<![\\w$])${alias}\\.`, 'g'), `import(${statement.moduleSpecifier.getText(source)}).`);
      }
    }
    return text;
  };

  /** The package's own declarations `node` refers to (types, `typeof` values, namespace members). */
  const references = (node, found) => {
    const visit = (child) => {
      let name;
      if (ts.isTypeReferenceNode(child)) name = child.typeName;
      else if (ts.isExpressionWithTypeArguments(child)) name = child.expression;
      else if (ts.isTypeQueryNode(child)) name = child.exprName;
      else if (ts.isExportSpecifier(child)) {
        const local = checker.getExportSpecifierLocalTargetSymbol(child);
        if (local) found.add(resolveAlias(local));
      }
      if (name) {
        const leftmost = (n) => (ts.isQualifiedName(n) ? leftmost(n.left) : ts.isPropertyAccessExpression(n) ? leftmost(n.expression) : n);
        for (const id of new Set([name, leftmost(name)])) {
          const symbol = resolveAlias(checker.getSymbolAtLocation(ts.isQualifiedName(id) ? id.right : id));
          if (symbol && !(symbol.flags & ts.SymbolFlags.TypeParameter)) found.add(symbol);
        }
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
  };

  const sections = [];
  // What the root entry exports: other entries refer to it rather than repeat it.
  let rootExports = new Set();
  for (const entry of all) {
    if (entry.note) {
      sections.push(`## \`${pkg.name}${entry.subpath.slice(1)}\`\n\n${entry.note}\n`);
      continue;
    }
    const bodies = entry.files.map((file) => {
      const source = program.getSourceFile(file.path);
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      if (!moduleSymbol) {
        problems.push(`${relative(root, file.path)}: not a module`);
        return '';
      }
      const exported = checker
        .getExportsOfModule(moduleSymbol)
        .map((symbol) => ({ name: symbol.name, target: resolveAlias(symbol) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const exportedTargets = new Set(exported.map((item) => item.target));
      const blocks = [];
      const referenced = new Set();
      for (const { name, target } of exported) {
        const declarations = (target.declarations ?? []).filter(own);
        const lines = declarations.map(print);
        const local = target.name;
        if (name === 'default') lines.push(`export default ${local};`);
        else if (local !== name) lines.unshift(`// exported as ${name}`);
        blocks.push(lines.join('\n'));
        for (const declaration of declarations) references(statementOf(declaration), referenced);
      }
      if (entry.subpath === '.') rootExports = exportedTargets;
      // Declarations the public ones mention but the entry does not export, transitively.
      const extra = [];
      const fromRoot = new Set();
      const seen = new Set(exportedTargets);
      const queue = [...referenced];
      while (queue.length > 0) {
        const symbol = queue.shift();
        if (seen.has(symbol)) continue;
        seen.add(symbol);
        if (rootExports.has(symbol)) {
          fromRoot.add(symbol.name);
          continue;
        }
        const declarations = (symbol.declarations ?? []).filter(own).filter((d) => !ts.isSourceFile(d));
        if (declarations.length === 0) continue;
        if (declarations.some(fromJson)) {
          extra.push({ name: symbol.name, text: print(declarations[0]) });
          continue;
        }
        extra.push({ name: symbol.name, text: declarations.map(print).join('\n') });
        const more = new Set();
        for (const declaration of declarations) references(statementOf(declaration), more);
        queue.push(...more);
      }
      extra.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      let body = blocks.join('\n\n');
      if (fromRoot.size > 0) {
        body += `\n\n// From ${pkg.name}: ${[...fromRoot].sort().join(', ')}.`;
      }
      if (extra.length > 0) {
        body += `\n\n// Not exported; reachable through the declarations above.\n\n${extra.map((item) => item.text).join('\n\n')}`;
      }
      return body.trimEnd();
    });

    const heading = `## \`${pkg.name}${entry.subpath.slice(1)}\``;
    if (entry.files.length > 1 && entry.files.every((file) => file.match !== undefined)) {
      // A pattern: one block when every match declares the same thing, naming the matches.
      const distinct = new Set(bodies);
      const names = entry.files.map((file) => file.match).join(', ');
      if (distinct.size === 1) {
        sections.push(`${heading}\n\n\`*\`: ${names}\n\n\`\`\`ts\n${[...distinct][0]}\n\`\`\`\n`);
        continue;
      }
      entry.files.forEach((file, i) => sections.push(`## \`${pkg.name}${file.name.slice(1)}\`\n\n\`\`\`ts\n${bodies[i]}\n\`\`\`\n`));
      continue;
    }
    if (entry.files.length === 0) {
      problems.push(`${entry.subpath}: its declaration files are missing from dist/`);
      continue;
    }
    sections.push(`${heading}\n\n\`\`\`ts\n${bodies[0]}\n\`\`\`\n`);
  }
  return { text: sections.join('\n'), problems };
}

const header = `# API report: ${pkg.name}

<!-- Generated by \`npm run api:update\` from the built declarations (dist/**/*.d.mts); checked in CI
     by \`npm run check:api\`. Comments are left out. Review a change here as a change to the public API. -->
`;

const esm = report('mts');
const cjs = report('cts');
const problems = [...esm.problems, ...cjs.problems.map((problem) => `(CommonJS) ${problem}`)];
const normaliseKind = (text) => text.replace(/\.d\.[mc]ts/g, '.d.ts').replace(/\.[mc]js\b/g, '.js');
if (normaliseKind(esm.text) !== normaliseKind(cjs.text)) {
  const a = normaliseKind(esm.text).split('\n');
  const b = normaliseKind(cjs.text).split('\n');
  const first = a.findIndex((line, i) => line !== b[i]);
  problems.push(
    `the CommonJS declarations (.d.cts) describe a different API from the ESM ones (.d.mts), from line ${first + 1}:\n    .d.mts: ${a[first]}\n    .d.cts: ${b[first]}`,
  );
}
if (problems.length > 0) {
  console.error(`API report: the declarations have problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}

const text = `${header}\n${esm.text}`;
const committed = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
if (update) {
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, text);
  console.log(committed === text ? `${relative(root, reportPath)} is up to date.` : `Wrote ${relative(root, reportPath)}.`);
} else if (committed !== text) {
  console.error(`The public API differs from ${relative(root, reportPath)} (- committed, + built):\n`);
  console.error(lineDiff(committed.split('\n'), text.split('\n')));
  console.error('\nIf the change is intended, run `npm run api:update` and commit the report with it.');
  process.exit(1);
} else {
  console.log(`The public API matches ${relative(root, reportPath)}.`);
}

/** A unified-style line diff (longest common subsequence), with two lines of context. */
function lineDiff(a, b) {
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push([' ', a[i++], j++]);
    else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push(['+', b[j], j++]);
    else ops.push(['-', a[i++], j]);
  }
  const keep = new Set();
  ops.forEach(([op], k) => {
    if (op !== ' ') for (let c = k - 2; c <= k + 2; c += 1) keep.add(c);
  });
  const lines = [];
  ops.forEach(([op, line, at], k) => {
    if (!keep.has(k)) return;
    if (!keep.has(k - 1)) lines.push(`@@ report line ${at + 1} @@`);
    lines.push(`${op} ${line}`);
  });
  return lines.join('\n');
}
