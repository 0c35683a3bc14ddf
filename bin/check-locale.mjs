// Checks one locale bundle of the kit against a base bundle (English by default).
// Used by the `auth-errors-check-locale` command and by the project's own tests.

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
// Forms that name a single quantity may spell it out instead of printing the number.
const MAY_OMIT_COUNT = new Set(['zero', 'one', 'two']);
const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}|\{(\w+)\}/g;

/** Flattens a bundle into dotted keys → values. */
export function flatten(bundle, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

/** The placeholders in a string, normalised (`{{ count,number }}` → `count, number`). */
export function placeholders(text) {
  const found = new Set();
  for (const m of String(text).matchAll(PLACEHOLDER)) {
    found.add((m[1] ?? m[2]).split(',').map((part) => part.trim()).join(', '));
  }
  return found;
}

function pluralCategories(lng) {
  try {
    return new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  } catch {
    return undefined;
  }
}

/**
 * Compares `target` (a bundle for language `lng`) with `base`.
 * Returns a list of problems; an empty list means the bundle is complete.
 * @param {object} base
 * @param {object} target
 * @param {string} lng
 * @returns {{ kind: string, key: string, message: string }[]}
 */
export function checkLocale(base, target, lng) {
  const problems = [];
  const report = (kind, key, message) => problems.push({ kind, key, message });
  if (target === null || typeof target !== 'object' || Array.isArray(target)) {
    report('invalid', '', 'the bundle is not a JSON object');
    return problems;
  }
  const categories = pluralCategories(lng);
  if (!categories) report('invalid', '', `"${lng}" is not a language tag Intl.PluralRules understands`);

  const baseKeys = flatten(base);
  const targetKeys = flatten(target);
  const basePlurals = new Map();
  const baseSingles = new Map();
  for (const [key, value] of baseKeys) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m) {
      const stem = key.slice(0, m.index);
      if (m[1] === 'other' || !basePlurals.has(stem)) basePlurals.set(stem, value);
    } else baseSingles.set(key, value);
  }

  for (const [key, value] of targetKeys) {
    if (typeof value !== 'string') report('invalid', key, 'is not a string');
    else if (value.trim() === '') report('empty', key, 'is empty');
  }

  for (const [key, baseValue] of baseSingles) {
    if (!targetKeys.has(key)) {
      report('missing', key, 'is missing');
      continue;
    }
    comparePlaceholders(report, key, baseValue, targetKeys.get(key), false);
  }

  for (const [stem, baseValue] of basePlurals) {
    for (const category of categories ?? ['other']) {
      const key = `${stem}_${category}`;
      if (!targetKeys.has(key)) {
        report('plural', key, categories ? `is missing (${lng} uses the plural categories ${categories.join(', ')})` : 'is missing');
      } else {
        comparePlaceholders(report, key, baseValue, targetKeys.get(key), MAY_OMIT_COUNT.has(category));
      }
    }
  }

  for (const key of targetKeys.keys()) {
    const m = PLURAL_SUFFIX.exec(key);
    const stem = m ? key.slice(0, m.index) : key;
    if (m && basePlurals.has(stem)) {
      if (categories && !categories.includes(m[1])) report('extra', key, `${lng} has no "${m[1]}" plural category`);
    } else if (m && baseSingles.has(stem)) {
      // A phrase the base doesn't count may take counted forms where the language needs them
      // (duration.compound, counted by its smaller part); the plain key stays the fallback.
      if (categories && !categories.includes(m[1])) report('extra', key, `${lng} has no "${m[1]}" plural category`);
      else comparePlaceholders(report, key, baseSingles.get(stem), targetKeys.get(key), false);
    } else if (!baseSingles.has(key)) report('extra', key, 'is not in the base bundle');
  }
  return problems;
}

function comparePlaceholders(report, key, baseValue, value, mayOmitCount) {
  if (typeof value !== 'string') return;
  const expected = placeholders(baseValue);
  const actual = placeholders(value);
  for (const name of expected) {
    if (!actual.has(name) && !(mayOmitCount && name.split(',')[0].trim() === 'count')) {
      report('placeholder', key, `lacks the placeholder {{${name}}}`);
    }
  }
  for (const name of actual) {
    if (!expected.has(name)) report('placeholder', key, `has a placeholder the base does not: {{${name}}}`);
  }
}
