/**
 * Registers `tag` once. Registering the same class again is a no-op; a different class under a
 * taken tag (usually two copies of a package on one page) warns instead of throwing, so the page
 * keeps working with the first.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `Kindred: <${tag}> is already defined by another class, which stays in use. ` +
        'Two copies of a Kindred package may be loaded on this page.',
    );
  }
}

const warned = new Set<string>();

/** Tells the page's developer about a misuse once, however many elements run into it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`Kindred: ${message}`);
}
