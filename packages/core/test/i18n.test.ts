import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { formatters, localeOf, type KinProvider } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import type { KinTestConsumer } from '@kindred/test-utils';
import '@kindred/test-utils';

function text(consumer: KinTestConsumer): string {
  return consumer.shadowRoot!.textContent!.trim();
}

class ShadowLang extends LitElement {
  override render() {
    return html`<div lang="es"><kin-test-consumer></kin-test-consumer></div>`;
  }
}
customElements.define('shadow-lang', ShadowLang);

describe('localization', () => {
  describe('locale', () => {
    it('follows the nearest lang attribute', async () => {
      const page = await fixture(html`<div lang="es-MX"><kin-test-consumer></kin-test-consumer></div>`);
      const consumer = page.querySelector<KinTestConsumer>('kin-test-consumer')!;
      expect(consumer.kindred.locale).to.equal('es-MX');
      expect(text(consumer)).to.equal('Hola, guest');
    });

    it('finds lang across shadow roots', async () => {
      const host = await fixture<ShadowLang>(html`<shadow-lang></shadow-lang>`);
      const consumer = host.shadowRoot!.querySelector<KinTestConsumer>('kin-test-consumer')!;
      await consumer.updateComplete;
      expect(text(consumer)).to.equal('Hola, guest');
      expect(localeOf(host)).to.equal(document.documentElement.lang || 'en');
    });

    it('re-renders when the page language changes', async () => {
      const page = await fixture(html`<div lang="en"><kin-test-consumer></kin-test-consumer></div>`);
      const consumer = page.querySelector<KinTestConsumer>('kin-test-consumer')!;
      expect(text(consumer)).to.equal('Hello, guest');
      page.setAttribute('lang', 'es');
      await nextFrame();
      await consumer.updateComplete;
      expect(text(consumer)).to.equal('Hola, guest');
    });

    it('falls back to English for a language it does not have, or a broken lang', async () => {
      const page = await fixture(html`
        <div lang="ja"><kin-test-consumer id="ja"></kin-test-consumer></div>
        <div lang="%%%"><kin-test-consumer id="broken"></kin-test-consumer></div>
      `);
      const ja = page.parentElement!.querySelector<KinTestConsumer>('#ja')!;
      const broken = page.parentElement!.querySelector<KinTestConsumer>('#broken')!;
      expect(text(ja)).to.equal('Hello, guest');
      expect(broken.kindred.locale).to.equal('en');
    });
  });

  describe('messages', () => {
    it('uses provider overrides, which hosts also use to add a language', async () => {
      const strings = { en: { greeting: 'Welcome' }, fr: { greeting: 'Bonjour' } };
      const provider = await fixture<KinProvider>(html`
        <kin-provider .strings=${strings}>
          <kin-test-consumer id="en"></kin-test-consumer>
          <div lang="fr-CA"><kin-test-consumer id="fr"></kin-test-consumer></div>
          <div lang="es"><kin-test-consumer id="es"></kin-test-consumer></div>
        </kin-provider>
      `);
      const [en, fr, es] = ['#en', '#fr', '#es'].map((id) => provider.querySelector<KinTestConsumer>(id)!);
      expect([text(en!), text(fr!), text(es!)]).to.deep.equal(['Welcome, guest', 'Bonjour, guest', 'Hola, guest']);
    });

    it("lets an element's own strings win over its provider's", async () => {
      const provider = await fixture<KinProvider>(html`
        <kin-provider .strings=${{ en: { greeting: 'Welcome' } }}>
          <kin-test-consumer .strings=${{ en: { greeting: 'Hey' } }}></kin-test-consumer>
        </kin-provider>
      `);
      expect(text(provider.querySelector<KinTestConsumer>('kin-test-consumer')!)).to.equal('Hey, guest');
    });

    it('merges nested providers per message, the nearest winning', async () => {
      const outer = await fixture<KinProvider>(html`
        <kin-provider .strings=${{ en: { greeting: 'Welcome', 'error.network': 'Offline!' } }}>
          <kin-provider .strings=${{ en: { greeting: 'Hi there' } }}>
            <kin-test-consumer></kin-test-consumer>
          </kin-provider>
        </kin-provider>
      `);
      const consumer = outer.querySelector<KinTestConsumer>('kin-test-consumer')!;
      expect(text(consumer)).to.equal('Hi there, guest');
      expect(consumer.kindred.t('error.network')).to.equal('Offline!');
    });

    it('fills gaps in a partial translation from English', async () => {
      const page = await fixture(html`
        <kin-provider .strings=${{ de: { greeting: 'Hallo' } }}>
          <div lang="de"><kin-test-consumer></kin-test-consumer></div>
        </kin-provider>
      `);
      const consumer = page.querySelector<KinTestConsumer>('kin-test-consumer')!;
      expect(text(consumer)).to.equal('Hallo, guest');
      expect(consumer.kindred.t('people', { count: 2 })).to.equal('2 people');
    });

    it('renders plurals and core messages in the current locale', async () => {
      const page = await fixture(html`<div lang="es"><kin-test-consumer></kin-test-consumer></div>`);
      const consumer = page.querySelector<KinTestConsumer>('kin-test-consumer')!;
      expect(consumer.kindred.t('people', { count: 1 })).to.equal('1 persona');
      expect(consumer.kindred.t('people', { count: 1200 })).to.equal('1200 personas');
      expect(consumer.kindred.t('error.timeout')).to.equal('Ha tardado demasiado. Inténtalo de nuevo.');
    });

    it('shows the message id rather than nothing when a message is missing everywhere', async () => {
      const consumer = await fixture<KinTestConsumer>(html`<kin-test-consumer></kin-test-consumer>`);
      expect(consumer.kindred.t('no.such.message' as 'greeting')).to.equal('no.such.message');
    });
  });

  describe('formatters', () => {
    const en = formatters('en');
    const es = formatters('es');

    it('formats numbers and compact counts per locale', () => {
      expect(en.number(1234.5)).to.equal('1,234.5');
      expect(es.number(12345.5)).to.equal('12.345,5');
      expect(en.compact(12_400)).to.equal('12.4K');
      expect(es.compact(1_500_000)).to.equal('1,5\u00a0M');
    });

    it('chooses plural forms with Intl.PluralRules', () => {
      const forms = { one: '# reply', other: '# replies' };
      expect([0, 1, 2].map((n) => en.plural(n, forms))).to.deep.equal(['0 replies', '1 reply', '2 replies']);
      expect(en.plural(12_400, forms, en.compact(12_400))).to.equal('12.4K replies');
    });

    it('says how long ago, in words', () => {
      const now = Date.parse('2026-11-25T12:00:00Z');
      expect(en.relativeTime(now - 5 * 60_000, now)).to.equal('5 minutes ago');
      expect(en.relativeTime(now - 24 * 3600_000, now)).to.equal('yesterday');
      expect(en.relativeTime(new Date(now + 3 * 3600_000).toISOString(), now)).to.equal('in 3 hours');
      expect(es.relativeTime(now - 2 * 24 * 3600_000, now)).to.equal('anteayer');
      expect(en.relativeTime(now, now)).to.equal('now');
      expect(en.relativeTime('not a date', now)).to.equal('');
    });

    it('joins lists', () => {
      expect(en.list(['Ana', 'Ben', 'Cleo'])).to.equal('Ana, Ben, and Cleo');
      expect(es.list(['Ana', 'Ben', 'Cleo'])).to.equal('Ana, Ben y Cleo');
    });

    it('reuses formatters per locale', () => {
      expect(formatters('en')).to.equal(en);
    });
  });
});
