// Checks one locale bundle of the kit against a base bundle (English by default), and its
// terminology against the language's glossary (`locales/<lng>/glossary.json`).
// Used by the `auth-errors-check-locale` command and by the project's own tests.

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
// Forms that name a single quantity may spell it out instead of printing the number.
const MAY_OMIT_COUNT = new Set(['zero', 'one', 'two']);
// i18next uses `key_zero` for a count of 0 when the bundle has it, in every language: an optional
// extra ("No attempts left" rather than "0 attempts left"), never required.
const OPTIONAL_CATEGORY = 'zero';
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
    const allowed = (category) => !categories || categories.includes(category) || category === OPTIONAL_CATEGORY;
    if (m && basePlurals.has(stem)) {
      if (!allowed(m[1])) report('extra', key, `${lng} has no "${m[1]}" plural category`);
      else if (m[1] === OPTIONAL_CATEGORY && !categories?.includes(m[1])) {
        comparePlaceholders(report, key, basePlurals.get(stem), targetKeys.get(key), true);
      }
    } else if (m && baseSingles.has(stem)) {
      // A phrase the base doesn't count may take counted forms where the language needs them
      // (duration.compound, counted by its smaller part); the plain key stays the fallback.
      if (!allowed(m[1])) report('extra', key, `${lng} has no "${m[1]}" plural category`);
      else comparePlaceholders(report, key, baseSingles.get(stem), targetKeys.get(key), false);
    } else if (!baseSingles.has(key)) report('extra', key, 'is not in the base bundle');
  }

  for (const [key, value] of targetKeys) {
    if (typeof value !== 'string') continue;
    checkSpacing(report, key, value, lng);
    for (const [word, script] of mixedScriptWords(value)) {
      report('script', key, `has a word mixing Latin letters with ${script} ones: "${word}"`);
    }
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

// Spacing between CJK text and Latin letters or digits: one convention per language.
// - Japanese: none ("MFAの設定", "10秒以内"), as the JTF style guide and most Japanese UIs write it.
// - Chinese: a space on each side ("设置 MFA", "10 秒内"), as Google's and Microsoft's Chinese UIs
//   and the Chinese Copywriting Guidelines write it; none next to full-width punctuation.
const SPACING = { ja: 'none', zh: 'space' };
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC';
const LATIN_OR_DIGIT = '\\p{Script=Latin}\\p{Nd}';
const FULL_WIDTH_PUNCTUATION = '\\u3001\\u3002\\uFF01\\uFF08\\uFF09\\uFF0C\\uFF1A\\uFF1B\\uFF1F\\u300C\\u300D\\u300E\\u300F';
const SPACING_RULES = {
  none: [
    [new RegExp(`[${CJK}][ \\u00A0]+[${LATIN_OR_DIGIT}]|[${LATIN_OR_DIGIT}][ \\u00A0]+[${CJK}]`, 'u'), 'a space between Japanese and Latin letters or digits'],
  ],
  space: [
    [new RegExp(`[${CJK}][${LATIN_OR_DIGIT}]|[${LATIN_OR_DIGIT}][${CJK}]`, 'u'), 'no space between Chinese and Latin letters or digits'],
  ],
  both: [
    [
      new RegExp(`[${FULL_WIDTH_PUNCTUATION}][ \\u00A0]+\\S|\\S[ \\u00A0]+[${FULL_WIDTH_PUNCTUATION}]`, 'u'),
      'a space next to full-width punctuation',
    ],
  ],
};

/** The spacing convention of `lng` (`none`, `space`), or undefined where there is none to check. */
export function spacingConvention(lng) {
  return SPACING[String(lng).split(/[-_]/)[0].toLowerCase()];
}

/**
 * What a placeholder looks like at its edges once filled: a count is digits; a duration starts
 * with its number and ends with its unit ("1分30秒", "1 分钟 30 秒"); a list or a hotkey could be
 * anything, so nothing is said about its neighbours (a character no rule matches).
 */
function sample(name, convention) {
  const [variable] = name.split(',');
  if (variable.trim() === 'count') return '0';
  if (['time', 'larger', 'smaller'].includes(variable.trim())) return convention === 'space' ? '0 \u79D2' : '0\u79D2';
  return '\uE000';
}

function checkSpacing(report, key, value, lng) {
  const convention = spacingConvention(lng);
  if (!convention) return;
  const filled = value.replace(PLACEHOLDER, (_, double, single) => sample(double ?? single, convention));
  for (const [rule, message] of [...SPACING_RULES[convention], ...SPACING_RULES.both]) {
    const match = rule.exec(filled);
    if (match) report('spacing', key, `has ${message}: "${match[0].replace(/\uE000/g, '…')}"`);
  }
}

// Letters of two scripts inside one word: a Latin look-alike in a Cyrillic, Greek, Arabic or
// Hebrew word (Serbian "кôд" with a Latin ô, Russian "пароль" with a Latin o). It looks right but
// breaks search, spell-checking and hyphenation, and screen readers may mispronounce it. A word is
// a run of letters, combining marks and ZWNJ/ZWJ, so "TLS-соединение", "5xx" and "{{count}}"
// next to a word are not one; combining marks belong to no script, so a Cyrillic о with a
// combining accent (U+0302) is not mixed.
const WORD = /[\p{L}\p{M}\u200C\u200D]+/gu;
const LATIN = /\p{Script=Latin}/u;
const NOT_WITH_LATIN = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
];

/** The words of `text` that mix Latin letters with Cyrillic, Greek, Arabic or Hebrew ones, each with the other script's name. */
export function mixedScriptWords(text) {
  const found = [];
  for (const [word] of String(text).replace(PLACEHOLDER, ' ').matchAll(WORD)) {
    if (!LATIN.test(word)) continue;
    const other = NOT_WITH_LATIN.find(([, letters]) => letters.test(word));
    if (other) found.push([word, other[0]]);
  }
  return found;
}

/**
 * Lower-cases for matching, as the language does (Turkish `I` → `ı`), with one apostrophe and NFC.
 * Placeholders are left out: their names are not words of the language.
 */
function comparable(text, lng) {
  const plain = String(text).normalize('NFC').replace(PLACEHOLDER, ' ').replace(/[\u2019\u2018\u02BC]/g, "'");
  try {
    return plain.toLocaleLowerCase(lng);
  } catch {
    return plain.toLowerCase();
  }
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Which terms `text` uses, each with the first form found: forms match case-insensitively as
 * substrings, except that a form inside a longer form of another term counts as that term only
 * (Danish "adgangskode" is a password, not a code; Chinese "验证码" is a code, not "验证", verify).
 */
function termsUsed(text, terms, lng) {
  const haystack = comparable(text, lng);
  const matches = [];
  for (const [term, forms] of terms) {
    for (const form of forms) {
      const needle = comparable(form, lng);
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        matches.push({ term, form, start: at, end: at + needle.length });
      }
    }
  }
  const used = new Map();
  for (const match of matches) {
    const inside = matches.some(
      (other) => other.term !== match.term && other.start <= match.start && other.end >= match.end && other.end - other.start > match.end - match.start,
    );
    if (!inside && !used.has(match.term)) used.set(match.term, match.form);
  }
  return used;
}

/** The base string a key of the target is translated from: `x_few` → `x_few` or `x_other`; `x_one` of an uncounted `x` → `x`. */
function baseValueOf(baseKeys, key) {
  if (baseKeys.has(key)) return baseKeys.get(key);
  const m = PLURAL_SUFFIX.exec(key);
  if (!m) return undefined;
  const stem = key.slice(0, m.index);
  return baseKeys.get(`${stem}_other`) ?? baseKeys.get(stem);
}

/** Reads a glossary's `terms` as term → list of forms, reporting what is malformed. */
function readTerms(glossary, which, report) {
  const terms = new Map();
  if (!isObject(glossary) || !isObject(glossary.terms)) {
    report('glossary', '', `the ${which} glossary has no "terms" object`);
    return terms;
  }
  for (const [term, forms] of Object.entries(glossary.terms)) {
    if (!Array.isArray(forms) || forms.length === 0 || forms.some((form) => typeof form !== 'string' || form.trim() === '')) {
      report('glossary', '', `the ${which} glossary's term "${term}" is not a list of forms (non-empty strings)`);
    } else terms.set(term, forms);
  }
  return terms;
}

const quoteList = (forms) => forms.map((form) => `"${form}"`).join(', ');

/**
 * Checks the terminology of `target` (a bundle for `lng`) against `base`: for every key,
 * (a) where the base string uses a glossary term, the translation must contain one of the
 * language's forms for it; (b) where the translation contains a form of a term the base string
 * does not use, that is drift. Forms match case-insensitively as substrings, so a language that
 * inflects lists stems ("hasł"); a form inside a longer form of another term counts as that term
 * only. `glossary.exceptions` names, per key, the terms not checked there.
 * Also reports a malformed glossary, a term either glossary lacks, and exceptions that are unknown
 * or not needed.
 * @param {object} base the base bundle (English)
 * @param {object} target the bundle to check
 * @param {string} lng its language
 * @param {{ terms: Record<string, string[]> }} baseGlossary the base language's glossary (locales/en/glossary.json)
 * @param {{ register?: string, terms: Record<string, string[]>, exceptions?: Record<string, string[]> }} glossary the language's glossary
 * @param {string} [baseLng] the base's language, for case-insensitive matching
 * @returns {{ kind: 'term' | 'glossary', key: string, message: string }[]}
 */
export function checkGlossary(base, target, lng, baseGlossary, glossary, baseLng = 'en') {
  const problems = [];
  const report = (kind, key, message) => problems.push({ kind, key, message });
  const baseTerms = readTerms(baseGlossary, 'base', report);
  const terms = readTerms(glossary, lng, report);
  if (!isObject(base) || !isObject(target) || problems.length > 0) return problems;

  for (const term of baseTerms.keys()) {
    if (!terms.has(term)) report('glossary', '', `the glossary lacks the term "${term}"`);
  }
  for (const [term, forms] of terms) {
    for (const form of forms) {
      for (const [word, script] of mixedScriptWords(form)) {
        report('glossary', '', `the glossary's term "${term}" has a form with a word mixing Latin letters with ${script} ones: "${word}"`);
      }
    }
  }
  for (const term of terms.keys()) {
    if (!baseTerms.has(term)) report('glossary', '', `the glossary has a term the base glossary does not: "${term}"`);
  }

  if ('register' in glossary && (typeof glossary.register !== 'string' || glossary.register.trim() === '')) {
    report('glossary', '', 'the glossary\'s "register" is not a description of how the copy addresses the user ("formal (Sie)")');
  }

  const exceptions = new Map();
  const declared = glossary.exceptions ?? {};
  const targetKeys = flatten(target);
  if (!isObject(declared)) report('glossary', '', 'the glossary\'s "exceptions" is not an object');
  else {
    for (const [key, list] of Object.entries(declared)) {
      if (!targetKeys.has(key)) report('glossary', key, 'has an exception but is not a key of the bundle');
      else if (!Array.isArray(list) || list.length === 0) report('glossary', key, 'has an exception that is not a list of terms');
      else {
        for (const term of list) {
          if (!terms.has(term) || !baseTerms.has(term)) report('glossary', key, `has an exception for an unknown term: "${term}"`);
        }
        exceptions.set(key, new Set(list));
      }
    }
  }

  const baseKeys = flatten(base);
  for (const [key, value] of targetKeys) {
    const baseValue = baseValueOf(baseKeys, key);
    if (typeof value !== 'string' || typeof baseValue !== 'string') continue;
    const usedInBase = termsUsed(baseValue, baseTerms, baseLng);
    const usedInTarget = termsUsed(value, terms, lng);
    for (const [term] of baseTerms) {
      const forms = terms.get(term);
      if (!forms) continue;
      const inBase = usedInBase.get(term);
      const inTarget = usedInTarget.get(term);
      const drift = inBase && !inTarget
        ? `lacks the term ${term} (${quoteList(forms)}): the base says "${inBase}"`
        : !inBase && inTarget
          ? `says "${inTarget}" (${term}), a term the base does not use here`
          : undefined;
      const excepted = exceptions.get(key)?.has(term);
      if (drift && !excepted) report('term', key, drift);
      if (!drift && excepted) report('glossary', key, `has an exception for ${term} that is not needed`);
    }
  }
  return problems;
}
