import axe from 'axe-core';
import { waitForAnimations } from 'storybook/preview-api';
import { expect } from 'storybook/test';

/**
 * Runs axe on the page now, the way the a11y addon does after each story (every rule but
 * `region`), and fails on any violation. The addon checks the state a story ends in; plays call
 * this for the states they pass through (a hand-off UI, a countdown, an outcome a button clears).
 * axe-core is the a11y addon's own engine.
 */
export async function expectNoA11yViolations(): Promise<void> {
  await waitForAnimations();
  axe.reset();
  axe.configure({ rules: [{ id: 'region', enabled: false }] });
  const result = await axe.run({
    include: [document.body],
    exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']],
  });
  const violations = result.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  await expect(violations).toEqual([]);
}
