type Method = 'error' | 'warn';

const allowed = new Set<Method>();
const unexpected: string[] = [];

/** Lets the current test write to console.error / console.warn (it should then assert what was written). */
export function allowConsole(...methods: Method[]): void {
  methods.forEach((method) => allowed.add(method));
}

export const consoleExpectations = {
  reset() {
    allowed.clear();
    unexpected.length = 0;
  },
  record(method: Method, args: unknown[]) {
    if (!allowed.has(method)) unexpected.push(`console.${method}: ${args.map(String).join(' ')}`);
  },
  assertNoneUnexpected() {
    if (unexpected.length > 0) {
      const messages = unexpected.splice(0);
      throw new Error(`Unexpected console output:\n${messages.join('\n')}`);
    }
  },
};
