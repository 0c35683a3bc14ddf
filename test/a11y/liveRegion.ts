/**
 * Counts what a screen reader would hear from a live region: each time its text changes to
 * something non-empty (clearing it says nothing). Reads the mutations synchronously
 * (`takeRecords`), so it works with fake timers.
 */
export function countAnnouncements(region: Element) {
  const observer = new MutationObserver(() => {});
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  let count = 0;
  return () => {
    // React writes a text-only child by adding a text node (from empty) or by changing its data.
    count += observer
      .takeRecords()
      .filter((record) => record.type === 'characterData' || [...record.addedNodes].some((node) => node.textContent)).length;
    return count;
  };
}

// A live region: its own (`aria-live`) or by role, unless turned off.
const LIVE = ['[aria-live]', '[role="status"]', '[role="alert"]', '[role="log"]'].map((selector) => `${selector}:not([aria-live="off"])`).join(', ');
const liveRegionOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(LIVE) ?? null;

/**
 * Counts what a screen reader would hear from the whole page: every live region, the kit's and
 * any other (Radix's per-toast ones included), however many are added. Each look counts each
 * region that got text since the last look once; look after every step that may announce.
 */
export function countPageAnnouncements() {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  let count = 0;
  return () => {
    const regions = new Set<Element>();
    for (const record of observer.takeRecords()) {
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      for (const node of nodes) {
        const region = node.textContent?.trim() ? liveRegionOf(node) : null;
        if (region) regions.add(region);
      }
    }
    count += regions.size;
    return count;
  };
}
