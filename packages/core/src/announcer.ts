/** Polite waits for a pause in speech; assertive interrupts, for problems that need action now. */
export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  politeness?: Politeness;
  /**
   * The element speaking. When it sits inside an open modal dialog, the message is spoken from
   * inside that dialog, because a modal hides everything outside it from assistive technology.
   */
  from?: Element;
}

type Regions = Record<Politeness, HTMLElement>;

const regionsByContainer = new WeakMap<Element, Regions>();
/** Lets a freshly inserted region register with assistive technology before it speaks. */
const speakDelayMs = 100;
/** Long enough to be read; short enough that old messages are not found by browsing. */
const keepMs = 5000;

function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function modalAround(element: Element | undefined): Element | undefined {
  for (let node = element ?? null; node; node = composedParent(node)) {
    if (node instanceof HTMLDialogElement && node.matches(':modal')) return node;
  }
  return undefined;
}

function createRegions(container: Element): Regions {
  const wrapper = document.createElement('div');
  wrapper.dataset.kindredAnnouncer = '';
  // Visually hidden but present in the accessibility tree.
  wrapper.style.cssText =
    'position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  const region = (role: string, live: Politeness): HTMLElement => {
    const element = document.createElement('div');
    element.setAttribute('role', role);
    element.setAttribute('aria-live', live);
    // Only the newly added line is read, not everything still in the region.
    element.setAttribute('aria-atomic', 'false');
    wrapper.append(element);
    return element;
  };
  const regions = { polite: region('status', 'polite'), assertive: region('alert', 'assertive') };
  // First child: content a component renders into its dialog is never disturbed by it.
  container.prepend(wrapper);
  regionsByContainer.set(container, regions);
  return regions;
}

/** Tells screen-reader users `message` without moving focus. */
export function announce(message: string, { politeness = 'polite', from }: AnnounceOptions = {}): void {
  const container = modalAround(from) ?? document.body;
  const existing = regionsByContainer.get(container);
  // The page may have replaced the container's content since.
  const regions = existing?.polite.isConnected ? existing : createRegions(container);
  setTimeout(() => {
    const line = document.createElement('div');
    line.textContent = message;
    regions[politeness].append(line);
    setTimeout(() => line.remove(), keepMs);
  }, speakDelayMs);
}
