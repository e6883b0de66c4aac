// Time from pressing "Report" to the dialog open, laid out, with its heading focused: Kindred's
// button (whose dialog is created on the first press) against a hand-written native <dialog>
// with the same first step, created and opened the same way.
import { createMemoryClient, reportReasons } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import { reportMessages } from '@kindred/report-button';
import '@kindred/report-button/kin-report-button.js';

const en = reportMessages.en;
const client = createMemoryClient({ viewer: { id: 'ana', name: 'Ana' } });
const provider = document.createElement('kin-provider');
provider.client = client;
provider.viewer = { id: 'ana', name: 'Ana' };
document.body.append(provider);

/** The baseline: a careful hand-written trigger that builds the same first step on first press. */
class VanillaReport extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Report';
    button.setAttribute('aria-label', 'Report comment by Sam');
    button.addEventListener('click', () => this.open());
    root.append(button);
  }
  open() {
    const root = this.shadowRoot;
    if (!this.dialog) {
      this.dialog = document.createElement('dialog');
      this.dialog.setAttribute('aria-label', 'Report comment by Sam');
      const form = document.createElement('form');
      const heading = document.createElement('h2');
      heading.tabIndex = -1;
      heading.id = 'heading';
      heading.textContent = en['report.heading.reason'];
      const fieldset = document.createElement('fieldset');
      fieldset.setAttribute('aria-labelledby', 'heading');
      for (const reason of reportReasons.filter((r) => r !== 'rules')) {
        const choice = document.createElement('div');
        const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'reason', id: `reason-${reason}` });
        input.setAttribute('aria-describedby', `reason-${reason}-hint`);
        const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: en[`report.reason.${reason}`] });
        const hint = Object.assign(document.createElement('p'), { id: `reason-${reason}-hint`, textContent: en[`report.reason.${reason}.hint`] });
        choice.append(input, label, hint);
        fieldset.append(choice);
      }
      const actions = document.createElement('div');
      for (const text of ['Cancel', 'Next']) actions.append(Object.assign(document.createElement('button'), { textContent: text }));
      form.append(heading, fieldset, actions);
      this.dialog.append(form);
      root.append(this.dialog);
    }
    this.dialog.showModal();
    root.querySelector('h2').focus();
  }
}
customElements.define('vanilla-report', VanillaReport);

const microtask = () => Promise.resolve();

window.bench = {
  /** Presses a fresh trigger of `kind`; resolves with milliseconds until open, laid out and focused. */
  async open(kind, run) {
    const trigger = document.createElement(kind === 'kindred' ? 'kin-report-button' : 'vanilla-report');
    trigger.setAttribute('subject', `comment-${kind}-${run}`);
    trigger.setAttribute('subject-type', 'comment');
    trigger.setAttribute('author-name', 'Sam');
    provider.append(trigger);
    await trigger.updateComplete;
    const button = trigger.shadowRoot.querySelector('button');
    const start = performance.now();
    button.click();
    const focused = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.localName === 'h2' && active.closest('dialog')?.open;
    };
    for (let i = 0; i < 1000 && !focused(); i++) await microtask();
    const dialog = (trigger.shadowRoot.querySelector('kin-report-dialog')?.shadowRoot ?? trigger.shadowRoot).querySelector('dialog');
    dialog.getBoundingClientRect();
    const ms = performance.now() - start;
    if (!focused()) throw new Error(`${kind}: the dialog did not open with its heading focused`);
    dialog.close();
    trigger.remove();
    return ms;
  },
};
