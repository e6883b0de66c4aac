import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, type KindredClient } from '@kindred/core';
import { nextEvent, recordingClient } from '@kindred/test-utils';
import type { KinKudosReactions } from '@kindred/kudos-reactions';
import { ana, bar, button, labels, until } from './helpers.js';

function focused(element: KinKudosReactions): string {
  const active = element.shadowRoot!.activeElement as HTMLElement | null;
  return active?.querySelector('[part~="label"]')?.textContent ?? active?.getAttribute('aria-label') ?? '';
}

const people = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `u${i}`, name: `Person ${i + 1}` }));

describe('<kin-kudos-reactions> interaction', () => {
  describe('keyboard', () => {
    it('is one Tab stop; arrows, Home and End move along it, wrapping', async () => {
      const element = await fixture<KinKudosReactions>(html`
        <div><button>before</button><kin-kudos-reactions subject="p1"></kin-kudos-reactions><button>after</button></div>
      `).then((page) => page.querySelector('kin-kudos-reactions')!);
      (element.previousElementSibling as HTMLElement).focus();

      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal('Thank you');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.equal('Sending support');
      await sendKeys({ press: 'End' });
      expect(focused(element)).to.equal('Sending a hug');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.equal('Thank you');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(element)).to.equal('Sending a hug');
      await sendKeys({ press: 'Home' });
      expect(focused(element)).to.equal('Thank you');

      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(element)).to.equal('Sending support');
    });

    it('mirrors the arrows right to left', async () => {
      const element = await fixture<KinKudosReactions>(html`
        <div dir="rtl" lang="ar"><kin-kudos-reactions subject="p1"></kin-kudos-reactions></div>
      `).then((page) => page.querySelector('kin-kudos-reactions')!);
      button(element, 'Thank you').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(element)).to.equal('Sending support');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.equal('Thank you');
    });

    it('reacts with Enter and Space', async () => {
      const client = createMemoryClient({ viewer: ana });
      const element = await bar(client, ana);
      button(element, 'I hear you').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button(element, 'I hear you').getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(button(element, 'I hear you').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('who reacted', () => {
    it('opens a list of names from the keyboard, pages through it, and closes with Escape', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { support: people(12) } } } });
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[part~="who-button"]') !== null);
      const who = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="who-button"]')!;
      expect(who.getAttribute('aria-label')).to.equal('Who sent Sending support');
      expect(who.getAttribute('aria-expanded')).to.equal('false');

      button(element, 'Sending support').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(element.shadowRoot!.activeElement).to.equal(who);
      await sendKeys({ press: 'Enter' });
      const list = () => element.shadowRoot!.querySelector('[part~="reactors"]');
      await until(element, () => list()?.querySelectorAll('li').length === 10, 'the first page');
      expect(who.getAttribute('aria-expanded')).to.equal('true');
      expect(list()!.getAttribute('aria-label')).to.equal('People who sent Sending support');
      expect(list()!.querySelector('li')!.textContent).to.equal('Person 12');
      expect(list()!.textContent).to.contain('and 2 more');

      list()!.querySelector('button')!.click();
      await until(element, () => list()?.querySelectorAll('li').length === 12, 'the second page');
      expect(list()!.textContent).not.to.contain('more');
      await expect(element).to.be.accessible();

      who.focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(list()).to.equal(null);
      expect(element.shadowRoot!.activeElement).to.equal(who);
    });

    it('says how many more when some people are not named', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 40 } } } });
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[part~="who-button"]') !== null);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="who-button"]')!.click();
      await until(element, () => element.shadowRoot!.querySelector('[part~="reactors"]')?.textContent?.includes('and 40 more') ?? false);
    });

    it('says so when the list cannot be loaded', async () => {
      const memory = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 3 } } } });
      const client = { ...memory, listReactors: () => Promise.reject(new Error('down')) };
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[part~="who-button"]') !== null);
      const failed = nextEvent(element, 'kin-error');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="who-button"]')!.click();
      expect((await failed).error.code).to.equal('server');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="reactors"]')!.textContent).to.contain('Something went wrong');
    });

    it('is not offered when the client cannot list reactors', async () => {
      const memory = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 3 } } } });
      const { getReactions, setReaction, submitReport, submitCheckIn } = memory;
      const client: KindredClient = { getReactions, setReaction, submitReport, submitCheckIn };
      const element = await bar(client, ana);
      await until(element, () => button(element, 'Sending a hug').textContent!.includes('3'));
      expect(element.shadowRoot!.querySelector('[part~="who-button"]')).to.equal(null);
    });
  });

  describe('collapsed', () => {
    it('keeps a quiet post quiet behind "Add a reaction", and reveals the rest on demand', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 2 } } } });
      const element = await bar(client, ana, html`<kin-kudos-reactions subject="p1" collapsed></kin-kudos-reactions>`);
      await until(element, () => labels(element).length === 1);
      expect(labels(element)).to.deep.equal(['Sending a hug']);
      const add = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!;
      expect(add.textContent).to.contain('Add a reaction');
      expect(add.getAttribute('aria-expanded')).to.equal('false');

      add.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(labels(element)).to.have.length(5);
      expect(add.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(element)).to.equal('Thank you');

      button(element, 'Thank you').click();
      add.click();
      await element.updateComplete;
      expect(labels(element)).to.deep.equal(['Thank you', 'Sending a hug']);
    });
  });

  describe('live updates', () => {
    it('shows what other people do, without undoing a change still on its way', async () => {
      const client = createMemoryClient({ viewer: ana, latencyMs: 60 });
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[aria-busy="false"]') !== null);

      const ben = client.as({ id: 'ben', name: 'Ben' });
      await ben.setReaction('p1', 'hug', true, { idempotencyKey: 'b1' });
      await until(element, () => button(element, 'Sending a hug').getAttribute('aria-label') === 'Sending a hug, 1 person');

      button(element, 'Thank you').click();
      await ben.setReaction('p1', 'thanks', true, { idempotencyKey: 'b2' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      await element.updateComplete;
      expect(button(element, 'Thank you').getAttribute('aria-pressed')).to.equal('true');
      await until(element, () => button(element, 'Thank you').getAttribute('aria-label') === 'Thank you, 2 people, you reacted');
    });

    it('ignores a malformed push and keeps what it had', async () => {
      const memory = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 2 } } } });
      let push: ((subject: string, summary: never) => void) | undefined;
      const client = { ...memory, subscribe: (_: string[], listener: (subject: string, summary: never) => void) => ((push = listener), () => {}) };
      const element = await bar(client, ana);
      await until(element, () => push !== undefined && button(element, 'Sending a hug').textContent!.includes('2'));
      push!('p1', { counts: 'lots' } as never);
      push!('other', { counts: { hug: 9 }, mine: [] } as never);
      await element.updateComplete;
      expect(button(element, 'Sending a hug').getAttribute('aria-label')).to.equal('Sending a hug, 2 people');
      push!('p1', { counts: { hug: 5 }, mine: [] } as never);
      await element.updateComplete;
      expect(button(element, 'Sending a hug').getAttribute('aria-label')).to.equal('Sending a hug, 5 people');
    });

    it('stops listening when removed', async () => {
      const client = createMemoryClient({ viewer: ana });
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[aria-busy="false"]') !== null);
      element.remove();
      await client.as({ id: 'ben', name: 'Ben' }).setReaction('p1', 'hug', true, { idempotencyKey: 'b' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(button(element, 'Sending a hug').getAttribute('aria-label')).to.equal('Sending a hug, 0 people');
    });
  });

  describe('lazy', () => {
    it('loads only when the bar nears the viewport', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana, seed: { reactions: { far: { hug: 7 } } } }));
      const element = await bar(
        client,
        ana,
        html`<div style="block-size: 5000px"></div>
          <kin-kudos-reactions subject="far" lazy></kin-kudos-reactions>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls.getReactions).to.deep.equal([]);
      element.scrollIntoView();
      await until(element, () => button(element, 'Sending a hug').textContent!.includes('7'), 'the lazy load');
      expect(calls.getReactions).to.deep.equal([[['far']]]);
    });
  });

  describe('languages and directions', () => {
    it('speaks Spanish where the page does', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { support: 12 } } } });
      const element = await bar(client, ana, html`<div lang="es"><kin-kudos-reactions subject="p1"></kin-kudos-reactions></div>`);
      await until(element, () => button(element, 'Te mando apoyo').textContent!.includes('12'));
      expect(element.shadowRoot!.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).to.equal('Reacciones');
      expect(labels(element)).to.deep.equal(['Gracias', 'Te mando apoyo', 'Te escucho', 'Qué orgullo', 'Un abrazo']);
      expect(button(element, 'Te mando apoyo').getAttribute('aria-label')).to.equal('Te mando apoyo, 12 personas');
    });

    it('lays out right to left', async () => {
      const element = await fixture<KinKudosReactions>(html`
        <div dir="rtl" style="inline-size: 40rem"><kin-kudos-reactions subject="p1"></kin-kudos-reactions></div>
      `).then((page) => page.querySelector('kin-kudos-reactions')!);
      const first = button(element, 'Thank you').getBoundingClientRect();
      const second = button(element, 'Sending support').getBoundingClientRect();
      expect(first.left).to.be.greaterThan(second.left);
    });

    for (const [scheme, style] of [
      ['light', ''],
      ['dark', 'color-scheme: dark; background: #0d1117; color: #e6edf3'],
    ] as const) {
      for (const dir of ['ltr', 'rtl']) {
        it(`passes axe in ${scheme}, ${dir}, pressed and not`, async () => {
          const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 3, thanks: 1200 } } } });
          await client.setReaction('p1', 'hug', true, { idempotencyKey: 'k' });
          const element = await bar(
            client,
            ana,
            html`<div dir=${dir} style=${style}><kin-kudos-reactions subject="p1"></kin-kudos-reactions></div>`,
          );
          await until(element, () => button(element, 'Sending a hug').getAttribute('aria-pressed') === 'true');
          await expect(element.parentElement).to.be.accessible();
        });
      }
    }
  });
});
