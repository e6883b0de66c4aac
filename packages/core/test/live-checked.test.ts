import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { liveChecked } from '@kindred/core';

const choices = (chosen: string) =>
  html`${['calm', 'tense'].map((value) => html`<input type="radio" name="mood" value=${value} ?checked=${chosen === value} ${liveChecked(chosen === value)} />`)}`;

describe('liveChecked', () => {
  it('puts the choice back after someone clicked another one, which the attribute alone does not', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    render(choices('calm'), form);
    const [calm, tense] = form.querySelectorAll('input');
    tense!.click();
    expect(calm!.checked).to.equal(false);
    render(choices('calm'), form);
    expect(calm!.checked).to.equal(true);
    expect(tense!.checked).to.equal(false);
  });

  it('says where it belongs when bound to anything but an element', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<input title=${liveChecked(true)} />`, host)).to.throw(/goes on the element/);
  });
});
