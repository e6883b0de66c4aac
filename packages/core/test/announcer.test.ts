import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { announce } from '@kindred/core';
import { announced } from '@kindred/test-utils';

describe('announce', () => {
  it('speaks politely through a status region without moving focus', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>Thanks</button>`);
    button.focus();
    announce('Reaction added');
    await waitUntil(() => announced() === 'Reaction added');
    expect(document.activeElement).to.equal(button);
    const region = document.querySelector('[data-kindred-announcer] [role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
  });

  it('interrupts through an alert region when assertive', async () => {
    announce('Could not send', { politeness: 'assertive' });
    await waitUntil(() => announced('assertive') === 'Could not send');
    expect(document.querySelector('[data-kindred-announcer] [role="alert"]')!.getAttribute('aria-live')).to.equal(
      'assertive',
    );
  });

  it('says the same message again when it happens again', async () => {
    announce('Saved');
    announce('Saved');
    await waitUntil(() => document.querySelectorAll('[data-kindred-announcer] [role="status"] > *').length >= 2);
  });

  it('speaks from inside an open modal dialog, which hides the rest of the page', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog><button>Close</button></dialog>`);
    dialog.showModal();
    announce('Step 2 of 4', { from: dialog.querySelector('button')! });
    await waitUntil(() => dialog.querySelector('[role="status"]')?.textContent === 'Step 2 of 4');
    expect(dialog.firstElementChild?.hasAttribute('data-kindred-announcer')).to.equal(true);
    dialog.close();
  });

  it('finds the modal around an element in a shadow root, and uses the page once it closes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<dialog><p>Report</p></dialog>';
    const dialog = root.querySelector('dialog')!;
    dialog.showModal();
    announce('Inside', { from: root.querySelector('p')! });
    await waitUntil(() => dialog.textContent?.includes('Inside'));
    dialog.close();
    announce('Outside', { from: root.querySelector('p')! });
    await waitUntil(() => announced() === 'Outside');
  });

  it('recreates its regions if the page removed them', async () => {
    announce('First');
    await waitUntil(() => announced() === 'First');
    document.querySelectorAll('[data-kindred-announcer]').forEach((region) => region.remove());
    announce('Second');
    await waitUntil(() => announced() === 'Second');
  });
});
