import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createMemoryClient, KinProvider, type KindredClient } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import type { KinTestConsumer } from '@kindred/test-utils';
import '@kindred/test-utils';

const ana = { id: 'ana', name: 'Ana' };
const ben = { id: 'ben', name: 'Ben' };

/** Puts its children's consumer two shadow roots deep, as a host app's own components would. */
class NestedShadows extends LitElement {
  override render() {
    return html`<nested-shadow-inner></nested-shadow-inner>`;
  }
}
class NestedShadowInner extends LitElement {
  override render() {
    return html`<kin-test-consumer></kin-test-consumer>`;
  }
}
customElements.define('nested-shadows', NestedShadows);
customElements.define('nested-shadow-inner', NestedShadowInner);

function text(consumer: KinTestConsumer): string {
  return consumer.shadowRoot!.textContent!.trim();
}

describe('<kin-provider>', () => {
  it('reaches elements inside nested shadow roots', async () => {
    const client = createMemoryClient();
    const provider = await fixture<KinProvider>(
      html`<kin-provider .client=${client} .viewer=${ana}><nested-shadows></nested-shadows></kin-provider>`,
    );
    const inner = provider.querySelector('nested-shadows')!.shadowRoot!.querySelector('nested-shadow-inner')!;
    await (inner as LitElement).updateComplete;
    const consumer = inner.shadowRoot!.querySelector('kin-test-consumer')!;
    await consumer.updateComplete;
    expect(consumer.kindred.client).to.equal(client);
    expect(text(consumer)).to.equal('Hello, Ana');
  });

  it('lets a nested provider override what it sets and inherit the rest', async () => {
    const outerClient = createMemoryClient();
    const outer = await fixture<KinProvider>(html`
      <kin-provider .client=${outerClient} .viewer=${ana} .resources=${[{ name: 'Helpline', href: 'tel:116123' }]}>
        <kin-test-consumer id="outside"></kin-test-consumer>
        <kin-provider .viewer=${ben}>
          <kin-test-consumer id="inside"></kin-test-consumer>
        </kin-provider>
      </kin-provider>
    `);
    const outside = outer.querySelector<KinTestConsumer>('#outside')!;
    const inside = outer.querySelector<KinTestConsumer>('#inside')!;
    await inside.updateComplete;
    expect(text(outside)).to.equal('Hello, Ana');
    expect(text(inside)).to.equal('Hello, Ben');
    expect(inside.kindred.client).to.equal(outerClient);
    expect(inside.kindred.resources.map((r) => r.name)).to.deep.equal(['Helpline']);

    const innerClient = createMemoryClient();
    outer.querySelector<KinProvider>('kin-provider kin-provider')!.client = innerClient;
    expect(inside.kindred.client).to.equal(innerClient);
    expect(outside.kindred.client).to.equal(outerClient);
  });

  it('passes later changes from an outer provider through a nested one', async () => {
    const outer = await fixture<KinProvider>(html`
      <kin-provider .viewer=${ana}><kin-provider><kin-test-consumer></kin-test-consumer></kin-provider></kin-provider>
    `);
    const consumer = outer.querySelector<KinTestConsumer>('kin-test-consumer')!;
    outer.viewer = ben;
    await consumer.updateComplete;
    expect(text(consumer)).to.equal('Hello, Ben');
  });

  it('updates consumers when the viewer signs in or out', async () => {
    const provider = await fixture<KinProvider>(html`<kin-provider .viewer=${null}><kin-test-consumer></kin-test-consumer></kin-provider>`);
    const consumer = provider.querySelector<KinTestConsumer>('kin-test-consumer')!;
    expect(consumer.kindred.viewer).to.equal(null);
    expect(text(consumer)).to.equal('Hello, guest');

    provider.viewer = ana;
    await consumer.updateComplete;
    expect(text(consumer)).to.equal('Hello, Ana');

    provider.viewer = null;
    await consumer.updateComplete;
    expect(text(consumer)).to.equal('Hello, guest');
  });

  it("prefers an element's own client to the provider's", async () => {
    const providerClient = createMemoryClient();
    const own: KindredClient = createMemoryClient();
    const provider = await fixture<KinProvider>(
      html`<kin-provider .client=${providerClient}><kin-test-consumer .client=${own}></kin-test-consumer></kin-provider>`,
    );
    expect(provider.querySelector<KinTestConsumer>('kin-test-consumer')!.kindred.client).to.equal(own);
  });

  it('leaves elements outside any provider without a client, in controlled mode', async () => {
    const consumer = await fixture<KinTestConsumer>(html`<kin-test-consumer></kin-test-consumer>`);
    expect(consumer.kindred.client).to.equal(undefined);
    expect(consumer.kindred.viewer).to.equal(undefined);
    expect(consumer.kindred.resources).to.deep.equal([]);
  });

  it('reaches elements that connected before the provider was defined', async () => {
    class LateProvider extends KinProvider {}
    const client = createMemoryClient();
    const late = document.createElement('late-provider') as KinProvider;
    late.innerHTML = '<kin-test-consumer></kin-test-consumer>';
    late.client = client;
    late.viewer = ana;
    const container = await fixture(html`<div></div>`);
    container.append(late);
    const consumer = late.querySelector<KinTestConsumer>('kin-test-consumer')!;
    expect(consumer.kindred.client).to.equal(undefined);

    customElements.define('late-provider', LateProvider);
    await (late as LitElement).updateComplete;
    await consumer.updateComplete;
    expect(consumer.kindred.client).to.equal(client);
    expect(text(consumer)).to.equal('Hello, Ana');
  });

  it('reflects its own settings, not inherited ones, in its properties', async () => {
    const client = createMemoryClient();
    const outer = await fixture<KinProvider>(html`<kin-provider .client=${client}><kin-provider></kin-provider></kin-provider>`);
    const inner = outer.querySelector<KinProvider>('kin-provider')!;
    expect(inner.client).to.equal(undefined);
    expect(outer.client).to.equal(client);
    inner.strings = { en: { greeting: 'Hi' } };
    inner.resources = [];
    expect(inner.strings).to.deep.equal({ en: { greeting: 'Hi' } });
    expect(inner.resources).to.deep.equal([]);
  });

  it('passes on only support resources that are safe to link and meant for the language', async () => {
    const resources = [
      { name: 'Samaritans', href: 'tel:116123', region: 'UK', lang: 'en' },
      { name: 'Teléfono de la Esperanza', href: 'tel:717003717', lang: 'es' },
      { name: 'Everywhere', href: 'https://findahelpline.com' },
      { name: 'Evil', href: 'javascript:alert(1)' },
      { name: 'Broken', href: 'not a url' },
      { name: '', href: 'https://x.org' },
      null,
    ];
    const provider = await fixture<KinProvider>(html`
      <kin-provider .resources=${resources}>
        <kin-test-consumer id="en"></kin-test-consumer>
        <div lang="es-MX"><kin-test-consumer id="es"></kin-test-consumer></div>
      </kin-provider>
    `);
    const names = (id: string) => provider.querySelector<KinTestConsumer>(id)!.kindred.resources.map((r) => r.name);
    expect(names('#en')).to.deep.equal(['Samaritans', 'Everywhere']);
    expect(names('#es')).to.deep.equal(['Teléfono de la Esperanza', 'Everywhere']);
  });

  it('renders resources as text links, or where to find help when there are none', async () => {
    const { supportResources } = await import('@kindred/core');
    const { render } = await import('lit');
    const text = { fallback: 'Call your local emergency number.', findHelpline: 'Find a helpline.' };
    const list = document.createElement('div');
    render(supportResources([{ name: '<b>Line</b>', href: 'sms:85258', region: 'UK', description: 'Text SHOUT' }], text), list);
    expect(list.querySelector('a')!.getAttribute('href')).to.equal('sms:85258');
    expect(list.querySelector('a')!.textContent).to.equal('<b>Line</b>');
    expect(list.textContent!.replace(/\s+/g, ' ')).to.contain('(UK)').and.contain('Text SHOUT');
    const none = document.createElement('div');
    render(supportResources([], text), none);
    expect(none.textContent).to.contain('Call your local emergency number.');
    expect(none.querySelector('a')!.href).to.equal('https://findahelpline.com/');
  });

  it('lays out as if it were not there', async () => {
    const provider = await fixture<KinProvider>(html`<kin-provider></kin-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});
