import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, type CheckIn, type KindredClient, type SupportResource, type Viewer } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/check-in-card/kin-check-in-card.js';
import type { KinCheckInCard } from '@kindred/check-in-card';
import { announced, nextEvent, recordingClient } from '@kindred/test-utils';

// A new Ana for every test: queued work in the shared outbox belongs to a viewer, and one test's
// queued check-in must not be delivered by another test's client.
let ana: Viewer;
let tests = 0;
beforeEach(() => {
  ana = { id: `ana-${tests++}`, name: 'Ana' };
});
const ben: Viewer = { id: 'ben', name: 'Ben' };

async function card(
  client: KindredClient | undefined,
  { viewer = ana, resources, content }: { viewer?: Viewer | null; resources?: SupportResource[]; content?: ReturnType<typeof html> } = {},
): Promise<KinCheckInCard> {
  const provider = await fixture(
    html`<kin-provider .client=${client} .viewer=${viewer} .resources=${resources}>${content ?? html`<kin-check-in-card></kin-check-in-card>`}</kin-provider>`,
  );
  const element = provider.querySelector('kin-check-in-card')!;
  await element.updateComplete;
  return element;
}

const text = (element: KinCheckInCard) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const radio = (element: KinCheckInCard, name: string, value: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

async function choose(element: KinCheckInCard, name: string, value: string) {
  radio(element, name, value).click();
  await element.updateComplete;
}

async function type(element: KinCheckInCard, selector: string, value: string) {
  const field = element.shadowRoot!.querySelector<HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new InputEvent('input'));
  await element.updateComplete;
}

const submitButton = (element: KinCheckInCard) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;

async function submit(element: KinCheckInCard) {
  submitButton(element).click();
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

describe('<kin-check-in-card>', () => {
  afterEach(() => localStorage.clear());

  describe('checking in', () => {
    it('asks with a labelled group of five moods, each an emoji and a word, private by default', async () => {
      const element = await card(createMemoryClient({ viewer: ana }));
      const legend = element.shadowRoot!.querySelector('legend')!;
      expect(legend.textContent!.trim()).to.equal('How are you doing today?');
      const moods = [...element.shadowRoot!.querySelectorAll('[part~="mood"]')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
      expect(moods).to.deep.equal(['😔 Struggling', '🙁 Low', '😐 Okay', '🙂 Good', '😄 Great']);
      expect(radio(element, 'audience', 'self').checked).to.equal(true);
      expect(submitButton(element).textContent!.trim()).to.equal('Save just for me');
      await expect(element).to.be.accessible();
    });

    it('chooses a mood with the arrow keys', async () => {
      const element = await card(createMemoryClient({ viewer: ana }));
      radio(element, 'mood', '3').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(radio(element, 'mood', '4').checked).to.equal(true);
      expect(element.shadowRoot!.activeElement).to.equal(radio(element, 'mood', '4'));
    });

    it('says where it will go before anything is shared', async () => {
      const element = await card(createMemoryClient({ viewer: ana }));
      await choose(element, 'audience', 'circle');
      expect(submitButton(element).textContent!.trim()).to.equal('Share with my circle');
      await choose(element, 'audience', 'community');
      expect(submitButton(element).textContent!.trim()).to.equal('Share with the community');
    });

    it('sends exactly what was chosen, then shows it calmly, with who can see it', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana }));
      const element = await card(client);
      await choose(element, 'mood', '4');
      await type(element, '#note', '  Slept well for once  ');
      await choose(element, 'audience', 'circle');
      expect(calls.submitCheckIn).to.deep.equal([]);
      const before = nextEvent(element, 'kin-check-in-submit');
      const after = nextEvent(element, 'kin-check-in-submitted');
      await submit(element);
      expect((await before).detail).to.deep.equal({ mood: 4, audience: 'circle', note: 'Slept well for once' });
      expect((await after).detail.author).to.deep.equal(ana);
      await element.updateComplete;
      expect(calls.submitCheckIn[0]![0]).to.deep.equal({ mood: 4, audience: 'circle', note: 'Slept well for once' });
      expect(text(element)).to.contain('Thanks for checking in').and.contain('Good').and.contain('Your circle can see this.');
      expect(element.shadowRoot!.activeElement?.id).to.equal('title');
    });

    it('needs a mood, and says so', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana }));
      const element = await card(client);
      await submit(element);
      expect(calls.submitCheckIn).to.deep.equal([]);
      expect(text(element)).to.contain("Choose how you're doing.");
      expect(element.shadowRoot!.activeElement).to.equal(radio(element, 'mood', '1'));
      expect(radio(element, 'mood', '1').getAttribute('aria-describedby')).to.contain('message');
    });

    it('shows the note limit and stops at it rather than cutting text', async () => {
      const element = await card(createMemoryClient({ viewer: ana }));
      await choose(element, 'mood', '3');
      await type(element, '#note', 'x'.repeat(501));
      expect(text(element)).to.contain('501 of 500 characters');
      await submit(element);
      expect(text(element)).to.contain('This is over the limit.');
      expect(element.shadowRoot!.querySelector<HTMLTextAreaElement>('#note')!.value).to.have.length(501);
    });

    it('asks signed-out people to sign in, sending nothing', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: null }));
      const element = await card(client, { viewer: null });
      await choose(element, 'mood', '3');
      const asked = nextEvent(element, 'kin-sign-in-request');
      await submit(element);
      await asked;
      expect(calls.submitCheckIn).to.deep.equal([]);
      expect(text(element)).to.contain('Sign in to check in.');
    });

    it('hands the check-in to the host when there is no client', async () => {
      const element = await card(undefined);
      await choose(element, 'mood', '5');
      const submitted = nextEvent(element, 'kin-check-in-submit');
      await submit(element);
      expect((await submitted).detail).to.deep.equal({ mood: 5, audience: 'self' });
      expect(text(element)).to.contain('Thanks for checking in');
    });

    it('starts afresh from a stored draft it cannot read', async () => {
      localStorage.setItem(`kindred:draft:check-in:${ana.id}`, JSON.stringify({ savedAt: Date.now(), value: { mood: 7, note: 3 } }));
      const element = await card(createMemoryClient({ viewer: ana }));
      expect(radio(element, 'audience', 'self').checked).to.equal(true);
      expect(element.shadowRoot!.querySelector<HTMLTextAreaElement>('#note')!.value).to.equal('');
    });

    it('uses your own prompt, by attribute or by slot', async () => {
      const byAttribute = await card(undefined, { content: html`<kin-check-in-card prompt="How was the group today?"></kin-check-in-card>` });
      expect(byAttribute.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('How was the group today?');
      const bySlot = await card(undefined, { content: html`<kin-check-in-card><span slot="prompt">Rough week?</span></kin-check-in-card>` });
      const slot = bySlot.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="prompt"]')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('Rough week?');
    });
  });

  describe('support when it is hard', () => {
    const resources = [
      { name: 'Samaritans', description: 'Any time, day or night.', href: 'tel:116123', region: 'UK', lang: 'en' },
      { name: 'Evil', href: 'javascript:alert(1)' },
    ];

    it('offers the provider’s resources inline for a low mood, announced, reachable by Tab, never blocking', async () => {
      const element = await card(createMemoryClient({ viewer: ana }), { resources });
      await choose(element, 'mood', '1');
      const panel = element.shadowRoot!.querySelector('[part~="support"]')!;
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.textContent).to.contain("You don't have to carry this alone").and.contain('Samaritans (UK)').and.not.contain('Evil');
      expect(panel.querySelector('a')!.getAttribute('href')).to.equal('tel:116123');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(announced()).to.equal("You don't have to carry this alone");
      radio(element, 'mood', '1').focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(panel.querySelector('a'));
      expect(submitButton(element).getAttribute('aria-disabled')).to.equal('false');
      await expect(element).to.be.accessible();
    });

    it('points to finding local help when there are no resources', async () => {
      const element = await card(createMemoryClient({ viewer: ana }));
      await choose(element, 'mood', '2');
      expect(element.shadowRoot!.querySelector('[part~="support"]')!.textContent).to.contain('call your local emergency number');
    });

    it('does not show support for okay, good or great', async () => {
      const element = await card(createMemoryClient({ viewer: ana }), { resources });
      for (const mood of ['3', '4', '5']) {
        await choose(element, 'mood', mood);
        expect(element.shadowRoot!.querySelector('[part~="support"]')).to.equal(null);
      }
    });

    it('infers nothing from the note', async () => {
      const element = await card(createMemoryClient({ viewer: ana }), { resources });
      await choose(element, 'mood', '5');
      await type(element, '#note', 'I want to disappear');
      expect(element.shadowRoot!.querySelector('[part~="support"]')).to.equal(null);
    });
  });

  describe('never losing anything', () => {
    it('keeps the draft across a reload and clears it after sharing', async () => {
      const client = createMemoryClient({ viewer: ana });
      const first = await card(client);
      await choose(first, 'mood', '2');
      await type(first, '#note', 'Long day');
      await choose(first, 'audience', 'community');
      const again = await card(client);
      expect(radio(again, 'mood', '2').checked).to.equal(true);
      expect(again.shadowRoot!.querySelector<HTMLTextAreaElement>('#note')!.value).to.equal('Long day');
      expect(radio(again, 'audience', 'community').checked).to.equal(true);
      await submit(again);
      const third = await card(client);
      expect(radio(third, 'mood', '2').checked).to.equal(false);
      expect(radio(third, 'audience', 'self').checked).to.equal(true);
    });

    it('keeps an offline check-in and shares it exactly once when back online', async () => {
      const client = createMemoryClient({ viewer: ana, failureRate: 1 });
      const element = await card(client);
      await choose(element, 'mood', '3');
      await submit(element);
      expect(text(element)).to.contain("You're offline, so we saved your check-in.");
      client.simulate({ failureRate: 0 });
      const delivered = nextEvent(element, 'kin-check-in-submitted');
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await delivered;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(client.listCheckIns()).to.have.length(1);
      await element.updateComplete;
      expect(text(element)).not.to.contain("You're offline");
    });

    it('says when sharing failed, keeps everything, and retries as the same check-in', async () => {
      const { client, calls } = recordingClient(createMemoryClient({ viewer: ana, failureRate: 1, failureCode: 'server' }));
      const element = await card(client);
      await choose(element, 'mood', '3');
      await type(element, '#note', 'meh');
      const failed = nextEvent(element, 'kin-error');
      await submit(element);
      expect((await failed).error.code).to.equal('server');
      await element.updateComplete;
      expect(text(element)).to.contain("Your check-in couldn't be saved. Nothing you wrote is lost.");
      expect(element.shadowRoot!.querySelector<HTMLTextAreaElement>('#note')!.value).to.equal('meh');
      (client as unknown as { simulate(o: object): void }).simulate({ failureRate: 0 });
      await submit(element);
      expect(text(element)).to.contain('Thanks for checking in');
      const keys = calls.submitCheckIn.map((call) => (call[1] as { idempotencyKey: string }).idempotencyKey);
      expect(new Set(keys).size).to.equal(1);
    });
  });

  describe('editing', () => {
    it('offers Edit within the host’s window, and saves changes to the same check-in', async () => {
      const client = createMemoryClient({ viewer: ana });
      const element = await card(client, { content: html`<kin-check-in-card edit-minutes="10"></kin-check-in-card>` });
      await choose(element, 'mood', '2');
      await submit(element);
      const edit = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Edit')!;
      edit.click();
      await element.updateComplete;
      expect(radio(element, 'mood', '2').checked).to.equal(true);
      await choose(element, 'mood', '3');
      expect(submitButton(element).textContent!.trim()).to.equal('Save changes');
      await submit(element);
      expect(client.listCheckIns()).to.have.length(1);
      expect(client.listCheckIns()[0]!.mood).to.equal(3);
    });

    it('offers no Edit when the host allows none', async () => {
      const element = await card(createMemoryClient({ viewer: ana }));
      await choose(element, 'mood', '4');
      await submit(element);
      expect([...element.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Edit');
    });
  });

  describe("showing someone's check-in", () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

    async function shown(client: KindredClient, checkIn: CheckIn, viewer: Viewer = ben) {
      return card(client, { viewer, content: html`<kin-check-in-card .checkIn=${checkIn}></kin-check-in-card>` });
    }

    it('shows who, how, what and when, and lets people reply with care, once each', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const checkIn = { ...(await memory.submitCheckIn({ mood: 1, note: 'Hard week', audience: 'circle' }, { idempotencyKey: 'c' })), createdAt: hoursAgo(3), expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString() };
      const { client, calls } = recordingClient(memory.as(ben));
      const element = await shown(client, checkIn);
      expect(text(element)).to.contain('Ana checked in 3 hours ago').and.contain('Struggling').and.contain('Hard week').and.contain('Disappears in 2 days');
      expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(checkIn.createdAt);
      const group = element.shadowRoot!.querySelector('[part~="replies"]')!;
      expect(group.getAttribute('aria-label')).to.equal('Reply to Ana');

      await type(element, '#reply', 'Here if you need me');
      const thinking = [...group.querySelectorAll('button')].find((b) => b.textContent!.includes('Thinking of you'))!;
      const sent = nextEvent(element, 'kin-support-sent');
      thinking.click();
      thinking.click();
      expect((await sent).detail).to.include({ kind: 'thinking-of-you', note: 'Here if you need me' });
      await element.updateComplete;
      thinking.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(memory.listSupport(checkIn.id)).to.have.length(1);
      expect(thinking.getAttribute('aria-disabled')).to.equal('true');
      expect(thinking.textContent).to.contain('✓');
      expect(calls.sendSupport.length).to.be.at.most(2);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(announced()).to.equal('Sent to Ana.');
    });

    it('asks signed-out people to sign in before replying', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const checkIn = await memory.submitCheckIn({ mood: 2, audience: 'community' }, { idempotencyKey: 'c' });
      const element = await card(memory.as(null), { viewer: null, content: html`<kin-check-in-card .checkIn=${checkIn}></kin-check-in-card>` });
      const asked = nextEvent(element, 'kin-sign-in-request');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="replies"] button')!.click();
      await asked;
      expect(memory.listSupport(checkIn.id)).to.deep.equal([]);
    });

    it('keeps an over-long reply and says so, and retries a failed one as the same reply', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const checkIn = await memory.submitCheckIn({ mood: 2, audience: 'community' }, { idempotencyKey: 'c' });
      const bens = memory.as(ben);
      const { client, calls } = recordingClient(bens);
      const element = await shown(client, checkIn);
      const support = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="replies"] button')!;
      await type(element, '#reply', 'x'.repeat(281));
      support.click();
      await element.updateComplete;
      expect(text(element)).to.contain('This is over the limit.');
      expect(calls.sendSupport).to.deep.equal([]);

      await type(element, '#reply', 'Sending love');
      bens.simulate({ failureRate: 1 });
      const failed = nextEvent(element, 'kin-error');
      support.click();
      expect((await failed).error.code).to.equal('network');
      await element.updateComplete;
      expect(text(element)).to.contain('You seem to be offline.');
      bens.simulate({ failureRate: 0 });
      const sent = nextEvent(element, 'kin-support-sent');
      support.click();
      await sent;
      const keys = calls.sendSupport.map((call) => (call[2] as { idempotencyKey: string }).idempotencyKey);
      expect(new Set(keys).size).to.equal(1);
      expect(memory.listSupport(checkIn.id)).to.have.length(1);
    });

    it('shows your own check-in with who can see it, and no replies', async () => {
      const memory = createMemoryClient({ viewer: ana });
      const checkIn = await memory.submitCheckIn({ mood: 4, audience: 'self' }, { idempotencyKey: 'c' });
      const element = await shown(memory, checkIn, ana);
      expect(text(element)).to.contain('Only you can see this.');
      expect(element.shadowRoot!.querySelector('[part~="replies"]')).to.equal(null);
    });

    it('includes the distress-context reactions bar when that package is on the page', async () => {
      await import('@kindred/kudos-reactions/kin-kudos-reactions.js');
      const memory = createMemoryClient({ viewer: ana });
      const checkIn = await memory.submitCheckIn({ mood: 2, audience: 'community' }, { idempotencyKey: 'c' });
      const element = await shown(memory.as(ben), checkIn);
      const bar = element.shadowRoot!.querySelector('kin-kudos-reactions')!;
      expect(bar.getAttribute('context')).to.equal('distress');
      expect(bar.getAttribute('subject')).to.equal(`check-in:${checkIn.id}`);
    });

    it('shows hostile or broken check-ins safely, with a neutral mood and a warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const broken = { id: 'x', author: { id: 'z', name: '<img src=x onerror=alert(1)>' }, mood: 9, audience: 'galaxy', note: '<script>alert(1)</script>', createdAt: 'not a date' } as unknown as CheckIn;
        const element = await shown(createMemoryClient({ viewer: ben }), broken);
        expect(text(element)).to.contain('<img src=x onerror=alert(1)>').and.contain('Mood not shared').and.contain('<script>alert(1)</script>');
        expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
        const nameless = await shown(createMemoryClient({ viewer: ben }), { ...broken, author: undefined } as unknown as CheckIn);
        expect(text(nameless)).to.contain('Someone checked in');
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('mood 9'))).to.equal(true);
    });
  });

  describe('languages, directions and schemes', () => {
    it('speaks Spanish', async () => {
      const element = await card(createMemoryClient({ viewer: ana }), { content: html`<div lang="es"><kin-check-in-card></kin-check-in-card></div>` });
      expect(element.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('¿Cómo estás hoy?');
      expect(submitButton(element).textContent!.trim()).to.equal('Guardar solo para mí');
      await choose(element, 'mood', '1');
      expect(text(element)).to.contain('No tienes que cargar con esto a solas');
    });

    for (const [dir, style] of [['ltr', ''], ['ltr', 'color-scheme: dark'], ['rtl', '']] as const) {
      it(`passes axe ${dir} ${style || 'light'}, composing and shown`, async () => {
        const memory = createMemoryClient({ viewer: ana });
        const element = await card(memory, { content: html`<div dir=${dir} style=${style}><kin-check-in-card></kin-check-in-card></div>` });
        await choose(element, 'mood', '2');
        await expect(element).to.be.accessible();
        await submit(element);
        await expect(element).to.be.accessible();
        const checkIn = await memory.submitCheckIn({ mood: 1, note: 'Hard', audience: 'circle' }, { idempotencyKey: 'k' });
        const other = await card(memory.as(ben), { viewer: ben, content: html`<div dir=${dir} style=${style}><kin-check-in-card .checkIn=${checkIn}></kin-check-in-card></div>` });
        await expect(other).to.be.accessible();
      });
    }

    it('lays out right to left and fits 320 px', async () => {
      const page = await fixture(html`<div dir="rtl" style="inline-size: 320px"><kin-check-in-card></kin-check-in-card></div>`);
      const element = page.querySelector('kin-check-in-card')!;
      await element.updateComplete;
      const moods = [...element.shadowRoot!.querySelectorAll('[part~="mood"]')].map((m) => m.getBoundingClientRect());
      expect(moods[0]!.left).to.be.greaterThan(moods[1]!.left);
      const cardBox = element.shadowRoot!.querySelector('[part~="card"]')!;
      expect(cardBox.scrollWidth).to.be.at.most(cardBox.clientWidth);
    });
  });
});
