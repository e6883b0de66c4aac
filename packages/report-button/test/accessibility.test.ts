import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createMemoryClient } from '@kindred/core';
import type { KinReportDialog } from '@kindred/report-button';
import '@kindred/report-button/kin-report-dialog.js';
import { ana, Flow, reportButton } from './helpers.js';

describe('<kin-report-button> accessibility', () => {
  afterEach(() => localStorage.clear());

  it('works by keyboard alone: into the dialog, through the steps, and back to the trigger', async () => {
    const client = createMemoryClient({ viewer: ana });
    const button = await reportButton(client);
    const trigger = button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await button.updateComplete;
    const flow = new Flow(button.shadowRoot!.querySelector('kin-report-dialog')!);
    await flow.settle();
    expect(flow.root.activeElement).to.equal(flow.root.querySelector('[part~="heading"]'));

    await sendKeys({ press: 'Tab' });
    expect(flow.root.activeElement).to.equal(flow.control("I'm worried about this person"));
    await sendKeys({ press: 'ArrowDown' });
    expect(flow.control<HTMLInputElement>('Bullying or harassment').checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await flow.settle();
    expect(flow.heading).to.equal('Tell us more');
    expect(flow.root.activeElement).to.equal(flow.root.querySelector('[part~="heading"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await flow.settle();
    expect(flow.control<HTMLInputElement>('Me').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(flow.root.activeElement).to.equal(flow.control('What happened?'));
    await sendKeys({ type: 'Every thread I start' });
    await flow.settle();
    expect(flow.control<HTMLTextAreaElement>('What happened?').value).to.equal('Every thread I start');
    await sendKeys({ press: 'Escape' });
    await flow.settle();
    expect(flow.heading).to.equal('Stop reporting?');
    expect(flow.root.activeElement).to.equal(flow.root.querySelector('[part~="heading"]'));

    const done = flow.closed();
    flow.button('Close').focus();
    await sendKeys({ press: 'Enter' });
    await done;
    expect(button.shadowRoot!.activeElement).to.equal(trigger);
  });

  it('closes at once on Escape when nothing was typed, returning focus', async () => {
    const button = await reportButton(createMemoryClient({ viewer: ana }));
    const flow = await Flow.open(button);
    const done = flow.closed();
    await sendKeys({ press: 'Escape' });
    await done;
    expect(flow.isOpen).to.equal(false);
  });

  it('asks before closing over typed text; Keep writing goes back with everything there', async () => {
    const flow = await Flow.open(await reportButton(createMemoryClient({ viewer: ana })));
    await flow.choose('Hate or discrimination');
    await flow.press('Next');
    await flow.type('What happened?', 'Slurs in the title');
    await flow.press('Cancel');
    expect(flow.heading).to.equal('Stop reporting?');
    expect(flow.text).to.contain('saved on this device for a week');
    await flow.press('Keep writing');
    expect(flow.heading).to.equal('Tell us more');
    expect(flow.control<HTMLTextAreaElement>('What happened?').value).to.equal('Slurs in the title');

    await flow.press('Cancel');
    await flow.closeWith('Discard it');
    expect(localStorage.length).to.equal(0);
  });

  it('opens from a host menu with open(), and returns focus there', async () => {
    const page = await fixture(html`<div>
      <button id="menu-item">Report…</button>
      <kin-report-dialog subject="post-3" author-name="Kai" .client=${createMemoryClient({ viewer: ana })}></kin-report-dialog>
    </div>`);
    const item = page.querySelector<HTMLButtonElement>('#menu-item')!;
    const dialog = page.querySelector<KinReportDialog>('kin-report-dialog')!;
    item.focus();
    await dialog.open();
    const flow = new Flow(dialog);
    expect(flow.isOpen).to.equal(true);
    expect(dialog.isOpen).to.equal(true);
    const done = flow.closed();
    dialog.close();
    await done;
    expect(document.activeElement).to.equal(item);
  });

  it('shows that something was already reported, with its status, and opens the receipt', async () => {
    const client = createMemoryClient({ viewer: ana });
    const first = await Flow.open(await reportButton(client));
    await first.reviewSpam();
    await first.press('Send report');
    const [report] = client.listReports();
    client.setReportStatus(report!.id, 'in-review');

    const button = await reportButton(client);
    for (let i = 0; i < 20 && !button.shadowRoot!.textContent!.includes('in review'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await button.updateComplete;
    }
    const trigger = button.shadowRoot!.querySelector('[part~="button"]')!;
    expect(trigger.textContent!.trim()).to.equal('Reported (in review)');
    const flow = await Flow.open(button);
    expect(flow.heading).to.equal('Thank you for telling us');
    expect(flow.text).to.contain(`Your reference is ${report!.id}.`);
  });

  it('speaks Spanish', async () => {
    const button = await reportButton(createMemoryClient({ viewer: ana }), {
      content: html`<div lang="es">
        <kin-report-button subject="comment-9" subject-type="comment" author-id="u7" author-name="Sam"></kin-report-button>
      </div>`,
    });
    const trigger = button.shadowRoot!.querySelector('[part~="button"]')!;
    expect(trigger.textContent!.trim()).to.equal('Denunciar');
    expect(trigger.getAttribute('aria-label')).to.equal('Denunciar comentario de Sam');
    const flow = await Flow.open(button);
    expect(flow.heading).to.equal('¿Por qué lo denuncias?');
    await flow.choose('Acoso');
    await flow.press('Siguiente');
    expect(flow.heading).to.equal('Cuéntanos más');
    expect(flow.text).to.contain('0 de 2000 caracteres');
  });

  it('lays out right to left, and fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const flow = await Flow.open(
        await reportButton(createMemoryClient({ viewer: ana }), {
          content: html`<div dir="rtl" lang="ar"><kin-report-button subject="c" author-name="Sam"></kin-report-button></div>`,
        }),
      );
      const dialog = flow.root.querySelector('dialog')!;
      expect(getComputedStyle(dialog).direction).to.equal('rtl');
      expect(dialog.getBoundingClientRect().width).to.be.at.most(320);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      const actions = flow.root.querySelector('[part~="actions"]')!.getBoundingClientRect();
      expect(actions.right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const [scheme, dir, style] of [
    ['light', 'ltr', ''],
    ['dark', 'ltr', 'color-scheme: dark'],
    ['light', 'rtl', ''],
  ] as const) {
    it(`passes axe on every step, ${scheme} ${dir}`, async () => {
      const resources = [{ name: 'Samaritans', href: 'tel:116123', region: 'UK' }];
      const button = await reportButton(createMemoryClient({ viewer: ana }), {
        resources,
        content: html`<div dir=${dir} style=${style}>
          <kin-report-button subject="comment-9" subject-type="comment" author-id="u7" author-name="Sam" .rules=${[{ id: 'kind', title: 'Be kind' }]}></kin-report-button>
        </div>`,
      });
      const flow = await Flow.open(button);
      const check = async () => expect(flow.dialog).to.be.accessible();
      await flow.press('Next');
      await check(); // reason, with an error
      await flow.choose("I believe it's illegal");
      await flow.press('Next');
      await flow.press('Next');
      await check(); // the legal notice, with errors
      await flow.type('Which law', 'Copyright');
      await flow.type('Explain why', 'My photo');
      await flow.type('Your name', 'Ana');
      await flow.type('Your email', 'ana@example.org');
      await flow.choose('I believe in good faith');
      await flow.press('Next');
      await check(); // block and mute
      await flow.press('Next');
      await check(); // review
      await flow.press('Cancel');
      await check(); // stop reporting?
      await flow.press('Keep writing');
      await flow.press('Send report');
      await check(); // confirmation with resources
      await flow.press('Close');
      const avoid = await Flow.open(await reportButton(createMemoryClient({ viewer: ana }), { content: html`<div dir=${dir} style=${style}><kin-report-button subject="p2" author-id="u8" author-name="Jo"></kin-report-button></div>` }));
      await avoid.press("I just don't want to see this");
      await avoid.press('Mute Jo');
      await expect(avoid.dialog).to.be.accessible();
    });
  }
});
