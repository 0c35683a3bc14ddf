import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { logsOf, typeErrors } from '../helpers/readmeExamples';

/** The ```ts blocks of the README's Core API section that show what they log (`// → …`). */
function coreExamples(): string[] {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('\n## Core API\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string).filter((code) => code.includes('// →'));
}

const examples = coreExamples();

describe('README.md Core API examples', () => {
  it('should have examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  // A TypeScript program of its own: slow to build.
  it('should type-check as the package’s users would write them', { timeout: 60_000 }, () => {
    expect(typeErrors(examples)).toEqual([]);
  });

  it.each(examples.map((code) => [code.split('\n').find((line) => line.includes('// →'))?.trim(), code]))(
    'should log what its comments say: %s',
    async (_first, code) => {
      const expected = [...(code as string).matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((match) => match[1]);

      expect(await logsOf(code as string)).toEqual(expected);
    },
  );
});
