import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KindredClient, SupportResource, Viewer } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/report-button/kin-report-button.js';
import type { KinReportButton, KinReportDialog } from '@kindred/report-button';

// A new Ana for every test: drafts, receipts and queued reports belong to a viewer, and one
// test's queued report must not be delivered by another test's client.
export let ana: Viewer;
let tests = 0;
beforeEach(() => {
  ana = { id: `ana-${tests++}`, name: 'Ana' };
});

/** A report button for comment-9 by Sam inside a provider, or `content` instead. */
export async function reportButton(
  client: KindredClient | undefined,
  options: { viewer?: Viewer | null; resources?: SupportResource[]; content?: TemplateResult } = {},
): Promise<KinReportButton> {
  const content =
    options.content ??
    html`<kin-report-button subject="comment-9" subject-type="comment" author-id="u7" author-name="Sam"></kin-report-button>`;
  const provider = await fixture(
    html`<kin-provider .client=${client} .viewer=${options.viewer === undefined ? ana : options.viewer} .resources=${options.resources}
      >${content}</kin-provider
    >`,
  );
  const button = provider.querySelector('kin-report-button')!;
  await button.updateComplete;
  return button;
}

/** The flow, as someone using it sees it. */
export class Flow {
  constructor(readonly dialog: KinReportDialog) {}

  static async open(button: KinReportButton): Promise<Flow> {
    button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await button.updateComplete;
    const dialog = button.shadowRoot!.querySelector('kin-report-dialog')!;
    const flow = new Flow(dialog);
    await flow.settle();
    return flow;
  }

  get root(): ShadowRoot {
    return this.dialog.shadowRoot!;
  }

  get isOpen(): boolean {
    return this.root.querySelector('dialog')!.open;
  }

  get heading(): string {
    return this.root.querySelector('[part~="heading"]')!.textContent!.trim();
  }

  get text(): string {
    return this.root.querySelector('form')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  async settle(): Promise<void> {
    await this.dialog.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await this.dialog.updateComplete;
  }

  /** The control whose label reads `label`. */
  control<T extends HTMLElement = HTMLInputElement>(label: string): T {
    const found = [...this.root.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
    if (!found) throw new Error(`No field labelled "${label}" in: ${this.text}`);
    return this.root.getElementById(found.htmlFor) as T;
  }

  button(name: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name));
    if (!found) throw new Error(`No button "${name}" in: ${this.text}`);
    return found;
  }

  async choose(label: string): Promise<void> {
    this.control(label).click();
    await this.settle();
  }

  async type(label: string, value: string): Promise<void> {
    const field = this.control<HTMLInputElement | HTMLTextAreaElement>(label);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await this.settle();
  }

  async press(name: string): Promise<void> {
    this.button(name).click();
    await this.settle();
  }

  /** Reports spam and steps through to the review, leaving details and options as they are. */
  async reviewSpam(): Promise<void> {
    await this.choose('Spam, scam or fake account');
    await this.press('Next');
    await this.press('Next');
    await this.press('Next');
  }

  /** Settles when the dialog next closes. */
  closed(): Promise<Event> {
    return new Promise((resolve) => this.dialog.addEventListener('close', resolve, { once: true }));
  }

  /** Presses `name` and waits until the dialog has closed. */
  async closeWith(name: string): Promise<void> {
    const closed = this.closed();
    await this.press(name);
    await closed;
  }

  errorOf(label: string): string {
    const field = this.control(label);
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
    return ids.map((id) => this.root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  }
}
