import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient, type KindredClient } from '@kindred/core';
import { announced, nextEvent, recordingClient } from '@kindred/test-utils';
import type { KinKudosReactions } from '@kindred/kudos-reactions';
import { ana, bar, button, labels, message, until } from './helpers.js';

describe('<kin-kudos-reactions>', () => {
  describe('what people see and hear', () => {
    it('is a labelled toolbar of toggle buttons with text labels, emoji hidden from assistive tech', async () => {
      const element = await bar(createMemoryClient({ viewer: ana }), ana);
      const toolbar = element.shadowRoot!.querySelector('[role="toolbar"]')!;
      expect(toolbar.getAttribute('aria-label')).to.equal('Reactions');
      expect(labels(element)).to.deep.equal(['Thank you', 'Sending support', 'I hear you', 'Proud of you', 'Sending a hug']);
      for (const emoji of element.shadowRoot!.querySelectorAll('[part~="emoji"]')) {
        expect(emoji.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(button(element, 'Thank you').getAttribute('aria-pressed')).to.equal('false');
      await expect(element).to.be.accessible();
    });

    it('names each button with its label, how many people, and whether you reacted', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { support: 11, thanks: 12_400 } } } });
      await client.setReaction('p1', 'support', true, { idempotencyKey: 'k' });
      const element = await bar(client, ana);
      await until(element, () => button(element, 'Sending support').getAttribute('aria-pressed') === 'true');

      expect(button(element, 'Sending support').getAttribute('aria-label')).to.equal('Sending support, 12 people, you reacted');
      expect(button(element, 'Thank you').getAttribute('aria-label')).to.equal('Thank you, 12.4K people');
      expect(button(element, 'Thank you').querySelector('[part~="count"]')!.textContent).to.equal('12.4K');
      expect(button(element, 'I hear you').getAttribute('aria-label')).to.equal('I hear you, 0 people');
      expect(button(element, 'I hear you').querySelector('[part~="count"]')).to.equal(null);
    });

    it('hides numbers, and who reacted, when asked', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: [{ id: 'ben', name: 'Ben' }] } } } });
      const element = await bar(client, ana, html`<kin-kudos-reactions subject="p1" hide-counts></kin-kudos-reactions>`);
      await until(element, () => element.shadowRoot!.querySelector('[aria-busy="false"]') !== null);
      expect(element.shadowRoot!.querySelector('[part~="count"]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part~="who-button"]')).to.equal(null);
      expect(button(element, 'Sending a hug').getAttribute('aria-label')).to.equal('Sending a hug');
    });

    it('shows no numbers until it knows them', async () => {
      const client = createMemoryClient({ viewer: ana, latencyMs: 200, seed: { reactions: { p1: { hug: 3 } } } });
      const element = await bar(client, ana);
      expect(element.shadowRoot!.querySelector('[part~="count"]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[role="toolbar"]')!.getAttribute('aria-busy')).to.equal('true');
      await until(element, () => element.shadowRoot!.querySelector('[part~="count"]') !== null);
    });
  });

  describe('reacting', () => {
    it('changes at once, then confirms with kin-reaction-change', async () => {
      const client = createMemoryClient({ viewer: ana, latencyMs: 50, seed: { reactions: { p1: { hug: 2 } } } });
      const element = await bar(client, ana);
      await until(element, () => button(element, 'Sending a hug').textContent!.includes('2'));

      const hug = button(element, 'Sending a hug');
      const confirmed = nextEvent(element, 'kin-reaction-change');
      hug.click();
      await element.updateComplete;
      expect(hug.getAttribute('aria-pressed')).to.equal('true');
      expect(hug.getAttribute('aria-label')).to.equal('Sending a hug, 3 people, you reacted');

      const change = await confirmed;
      expect([change.subject, change.reaction, change.on]).to.deep.equal(['p1', 'hug', true]);
      expect(change.summary.counts.hug).to.equal(3);
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: { hug: 3 }, mine: ['hug'] });
    });

    it('rolls back, fires kin-error, and says so politely when the client refuses', async () => {
      const client = createMemoryClient({ viewer: ana, latencyMs: 30 });
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[aria-busy="false"]') !== null);
      client.simulate({ failureRate: 1 });

      const support = button(element, 'Sending support');
      const failed = nextEvent(element, 'kin-error');
      support.click();
      await element.updateComplete;
      expect(support.getAttribute('aria-pressed')).to.equal('true');

      expect((await failed).error.code).to.equal('network');
      await element.updateComplete;
      expect(support.getAttribute('aria-pressed')).to.equal('false');
      expect(support.getAttribute('aria-label')).to.equal('Sending support, 0 people');
      expect(message(element)).to.equal("Couldn't send “Sending support”. Please try again.");
      await until(element, () => announced() === message(element), 'the announcement');
    });

    it('lets the last of many rapid clicks win, counting the viewer once', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana, latencyMs: 20 }));
      const element = await bar(client, ana);
      await until(element, () => element.shadowRoot!.querySelector('[aria-busy="false"]') !== null);

      const thanks = button(element, 'Thank you');
      for (let i = 0; i < 5; i++) thanks.click();
      await element.updateComplete;
      expect(thanks.getAttribute('aria-label')).to.equal('Thank you, 1 person, you reacted');
      await until(element, () => calls.setReaction.length > 0 && !element.shadowRoot!.querySelector('[aria-busy="true"]'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: { thanks: 1 }, mine: ['thanks'] });

      for (let i = 0; i < 3; i++) thanks.click();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: {}, mine: [] });
      expect(thanks.getAttribute('aria-pressed')).to.equal('false');
      // Clicks during a call only change the intent: far fewer calls than clicks.
      expect(calls.setReaction.length).to.be.at.most(4);
    });

    it('does nothing when kin-reaction-toggle is cancelled', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana }));
      const element = await bar(client, ana);
      element.addEventListener('kin-reaction-toggle', (event) => event.preventDefault());
      button(element, 'Thank you').click();
      await element.updateComplete;
      expect(button(element, 'Thank you').getAttribute('aria-pressed')).to.equal('false');
      expect(calls.setReaction).to.deep.equal([]);
    });

    it('moves the reaction in single mode', async () => {
      const client = createMemoryClient({ viewer: ana });
      const element = await bar(client, ana, html`<kin-kudos-reactions subject="p1" mode="single"></kin-kudos-reactions>`);
      button(element, 'Sending a hug').click();
      await until(element, () => button(element, 'Sending a hug').getAttribute('aria-pressed') === 'true');
      button(element, 'Sending support').click();
      await element.updateComplete;
      expect(button(element, 'Sending a hug').getAttribute('aria-pressed')).to.equal('false');
      expect(button(element, 'Sending support').getAttribute('aria-pressed')).to.equal('true');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await client.getReactions(['p1'])).p1).to.deep.equal({ counts: { support: 1 }, mine: ['support'] });
    });
  });

  describe('signed out', () => {
    it('shows counts, and asks to sign in instead of reacting', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: null, seed: { reactions: { p1: { hug: 4 } } } }));
      const element = await bar(client, null);
      await until(element, () => button(element, 'Sending a hug').textContent!.includes('4'));
      const asked = nextEvent(element, 'kin-sign-in-request');
      button(element, 'Sending a hug').click();
      await asked;
      await element.updateComplete;
      expect(message(element)).to.equal('Sign in to send a reaction.');
      expect(button(element, 'Sending a hug').getAttribute('aria-pressed')).to.equal('false');
      expect(calls.setReaction).to.deep.equal([]);
    });

    it('asks to sign in when the server says the viewer is not signed in', async () => {
      const element = await bar(createMemoryClient({ viewer: null }), undefined);
      const asked = nextEvent(element, 'kin-sign-in-request');
      button(element, 'Thank you').click();
      await asked;
      await until(element, () => message(element) === 'Sign in to send a reaction.');
      expect(button(element, 'Thank you').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('controlled mode', () => {
    it('shows what the host sets and only reports the toggle', async () => {
      const element = await fixture<KinKudosReactions>(
        html`<kin-kudos-reactions subject="p1" .counts=${{ thanks: 3, hug: 1 }} .mine=${['hug']}></kin-kudos-reactions>`,
      );
      expect(button(element, 'Sending a hug').getAttribute('aria-label')).to.equal('Sending a hug, 1 person, you reacted');
      const toggled = nextEvent(element, 'kin-reaction-toggle');
      button(element, 'Thank you').click();
      const event = await toggled;
      expect([event.subject, event.reaction, event.on]).to.deep.equal(['p1', 'thanks', true]);
      await element.updateComplete;
      expect(button(element, 'Thank you').getAttribute('aria-pressed')).to.equal('false');

      element.counts = { thanks: 4, hug: 1 };
      element.mine = ['hug', 'thanks'];
      await element.updateComplete;
      expect(button(element, 'Thank you').getAttribute('aria-label')).to.equal('Thank you, 4 people, you reacted');
    });

    it('shows nonsense counts sanely', async () => {
      const element = await fixture<KinKudosReactions>(
        html`<kin-kudos-reactions
          subject="p1"
          .counts=${{ thanks: -3, support: Number.NaN, hug: 2.9, 'hear-you': 1e21 }}
          .mine=${'hug'}
        ></kin-kudos-reactions>`,
      );
      expect(button(element, 'Thank you').getAttribute('aria-label')).to.equal('Thank you, 0 people');
      expect(button(element, 'Sending support').getAttribute('aria-label')).to.equal('Sending support, 0 people');
      expect(button(element, 'Sending a hug').getAttribute('aria-label')).to.equal('Sending a hug, 2 people');
      expect(button(element, 'I hear you').querySelector('[part~="count"]')!.textContent).to.equal('9007.2T');
    });
  });

  describe('reaction sets', () => {
    it('replaces the set, rendering hostile labels as text', async () => {
      const reactions = [
        { id: 'star', emoji: '⭐', label: '<img src=x onerror="window.hacked=1">' },
        { id: 'star', emoji: '⭐', label: 'duplicate' },
        { id: '', emoji: '?', label: 'no id' },
        { id: 'wave', emoji: '👋', label: 'Hi', description: 'Say hello' },
      ];
      const element = await fixture<KinKudosReactions>(
        html`<kin-kudos-reactions subject="p1" .reactions=${reactions}></kin-kudos-reactions>`,
      );
      expect(labels(element)).to.deep.equal(['<img src=x onerror="window.hacked=1">', 'Hi']);
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      expect(button(element, 'Hi').title).to.equal('Say hello');
    });

    it('leaves out celebratory reactions in the distress context', async () => {
      const element = await fixture<KinKudosReactions>(html`<kin-kudos-reactions subject="p1" context="distress"></kin-kudos-reactions>`);
      expect(labels(element)).to.deep.equal(['Thank you', 'Sending support', 'I hear you', 'Sending a hug']);
      const custom = [
        { id: 'party', emoji: '🎉', label: 'Party', celebratory: true },
        { id: 'care', emoji: '💛', label: 'Care' },
      ];
      element.reactions = custom;
      await element.updateComplete;
      expect(labels(element)).to.deep.equal(['Care']);
    });

    it('ignores reactions the client reports that the set does not have, with one warning', async () => {
      const client = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { 'mystery-xyz': 5, hug: 1 } } } });
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (text: string) => warnings.push(text);
      try {
        const element = await bar(client, ana, html`
          <kin-kudos-reactions subject="p1"></kin-kudos-reactions><kin-kudos-reactions subject="p1"></kin-kudos-reactions>
        `);
        await until(element, () => button(element, 'Sending a hug').textContent!.includes('1'));
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('mystery-xyz'))).to.have.length(1);
    });
  });

  describe('bad input', () => {
    it('disables the bar and warns once without a subject', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (text: string) => warnings.push(text);
      try {
        const element = await bar(createMemoryClient(), ana, html`<kin-kudos-reactions></kin-kudos-reactions>`);
        element.requestUpdate();
        await element.updateComplete;
        expect(button(element, 'Thank you').disabled).to.equal(true);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('until it has a `subject`'))).to.have.length(1);
    });

    it('recovers from a client that throws or answers garbage', async () => {
      let broken = true;
      const memory = createMemoryClient({ viewer: ana, seed: { reactions: { p1: { hug: 2 } } } });
      const client: KindredClient = {
        ...memory,
        getReactions: (ids) => (broken ? Promise.resolve({ p1: 'lots' } as never) : memory.getReactions(ids)),
        setReaction: () => {
          throw new TypeError('client bug');
        },
      };
      const failed = nextEvent(document, 'kin-error');
      const element = await bar(client, ana);
      expect((await failed).error.code).to.equal('invalid_response');
      await until(element, () => message(element).startsWith("Couldn't load reactions."));

      broken = false;
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="message"] button')!.click();
      await until(element, () => button(element, 'Sending a hug').textContent!.includes('2'), 'the retried load');
      expect(message(element)).to.equal('');

      const refused = nextEvent(element, 'kin-error');
      button(element, 'Thank you').click();
      expect((await refused).error.code).to.equal('server');
      await element.updateComplete;
      expect(button(element, 'Thank you').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('many bars', () => {
    it('loads 50 bars with one getReactions call', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana }));
      const subjects = Array.from({ length: 50 }, (_, i) => `post-${i}`);
      const first = await bar(client, ana, html`${subjects.map((s) => html`<kin-kudos-reactions subject=${s}></kin-kudos-reactions>`)}`);
      await until(first, () => calls.getReactions.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls.getReactions).to.have.length(1);
      expect(calls.getReactions[0]![0]).to.have.length(50);
    });
  });
});
