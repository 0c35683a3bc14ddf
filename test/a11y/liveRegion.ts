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
