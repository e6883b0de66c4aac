import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportResource } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/empathy-prompt/kin-empathy-prompt.js';
import type { EmpathyDecision, KinEmpathyNudgeEvent, KinEmpathyPrompt } from '@kindred/empathy-prompt';
import type { Analysis } from '@kindred/empathy-prompt/analyzer';
import { announced, nextEvent } from '@kindred/test-utils';

/** Longer than the pause the element waits for after typing. */
const pause = () => aTimeout(500);

interface Reply {
  form: HTMLFormElement;
  field: HTMLTextAreaElement;
  prompt: KinEmpathyPrompt;
  /** What the host's own submit handler received. */
  posted: string[];
}

async function replyBox(attributes = '', { lang = 'en', dir = 'ltr' } = {}): Promise<Reply> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${dir}>
      <form>
        <label for="reply">Your reply</label>
        <kin-empathy-prompt></kin-empathy-prompt>
        <button type="submit">Post</button>
      </form>
    </div>`,
  );
  const prompt = wrapper.querySelector('kin-empathy-prompt')!;
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    prompt.setAttribute(name!, value);
  }
  const field = document.createElement('textarea');
  field.id = 'reply';
  prompt.append(field);
  return hosted(wrapper.querySelector('form')!, field, prompt);
}

function hosted(form: HTMLFormElement, field: HTMLTextAreaElement, prompt: KinEmpathyPrompt): Reply {
  const posted: string[] = [];
  // Like most hosts: post with script, not by navigating.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    posted.push(field.value);
  });
  return { form, field, prompt, posted };
}

async function type(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  field.focus();
  await sendKeys({ type: text });
}

/** Like a paste: the value changes at once, with one input event. */
function paste(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const part = (prompt: KinEmpathyPrompt, name: string) => prompt.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const status = (prompt: KinEmpathyPrompt) => prompt.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const button = (prompt: KinEmpathyPrompt, name: string) =>
  [...prompt.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

async function hinted(reply: Reply, text: string) {
  const nudge = nextEvent(reply.prompt, 'kin-empathy-nudge');
  await type(reply.field, text);
  await nudge;
  await reply.prompt.updateComplete;
}

/** The next nudge of `kind`: a hint may still come from the pause after typing. */
function nextNudge(prompt: KinEmpathyPrompt, kind: 'hint' | 'prompt') {
  return new Promise<void>((resolve) => {
    const listener = (event: KinEmpathyNudgeEvent) => {
      if (event.detail.kind !== kind) return;
      prompt.removeEventListener('kin-empathy-nudge', listener);
      resolve();
    };
    prompt.addEventListener('kin-empathy-nudge', listener);
  });
}

async function submitHeld(reply: Reply) {
  const nudge = nextNudge(reply.prompt, 'prompt');
  reply.form.requestSubmit();
  await nudge;
  await reply.prompt.updateComplete;
  await aTimeout(0);
}

async function decision(prompt: KinEmpathyPrompt, act: () => void): Promise<EmpathyDecision> {
  const event = nextEvent(prompt, 'kin-empathy-decision');
  act();
  return (await event).detail.decision;
}

describe('<kin-empathy-prompt>', () => {
  describe('while typing', () => {
    it('shows a polite hint naming the harsh words, with a kinder way to say it', async () => {
      const reply = await replyBox();
      await hinted(reply, 'You are such an idiot.');

      const status = reply.prompt.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.match(/might come across as harsh: “idiot”/);
      expect(part(reply.prompt, 'suggestions')!.textContent).to.match(/You could try/);
      expect(part(reply.prompt, 'why')!.textContent).to.match(/Why am I seeing this\?/);
      expect(part(reply.prompt, 'why')!.textContent).to.match(/on your device/);
      expect(button(reply.prompt, "This isn't harsh")).to.be.instanceOf(HTMLButtonElement);
      await expect(reply.prompt).to.be.accessible();
    });

    it('never takes focus from the field', async () => {
      const reply = await replyBox();
      await hinted(reply, 'you moron');
      expect(document.activeElement).to.equal(reply.field);
    });

    it('says nothing about a kind draft, and reads nothing on the keystroke itself', async () => {
      const reply = await replyBox();
      let nudges = 0;
      reply.prompt.addEventListener('kin-empathy-nudge', () => nudges++);
      await type(reply.field, 'Thanks, this really helped me.');
      await pause();
      expect(status(reply.prompt)).to.equal('');
      expect(nudges).to.equal(0);
    });

    it('goes away when the draft is fine, and counts that as a revision', async () => {
      const reply = await replyBox();
      await hinted(reply, 'you idiot');
      const revised = decision(reply.prompt, () => paste(reply.field, 'I see it differently.'));
      expect(await revised).to.equal('edited');
      await reply.prompt.updateComplete;
      expect(status(reply.prompt)).to.equal('');
    });

    it('tells the host what was noticed, but not what was written', async () => {
      const reply = await replyBox();
      const nudge = nextEvent(reply.prompt, 'kin-empathy-nudge');
      await type(reply.field, 'you idiot');
      const { detail } = await nudge;
      expect(detail.kind).to.equal('hint');
      expect(detail.categories).to.deep.equal(['insult']);
      expect(detail.score).to.be.within(0.5, 1);
      expect(detail.spans).to.deep.equal([{ start: 4, end: 9, category: 'insult' }]);
      expect(detail).not.to.have.property('text');
    });

    it('includes the text in events when the host opts in', async () => {
      const reply = await replyBox('include-text');
      const nudge = nextEvent(reply.prompt, 'kin-empathy-nudge');
      await type(reply.field, 'you idiot');
      const { detail } = await nudge;
      expect(detail.text).to.equal('you idiot');
      expect(detail.spans[0]!.text).to.equal('idiot');
    });

    it('stops hinting once told "This isn\'t harsh", and thanks the person', async () => {
      const reply = await replyBox();
      await hinted(reply, 'you idiot');
      const answer = decision(reply.prompt, () => button(reply.prompt, "This isn't harsh").click());
      expect(await answer).to.equal('feedback-not-harsh');
      await reply.prompt.updateComplete;
      expect(status(reply.prompt)).to.match(/won't be flagged again/);
      expect(document.activeElement).to.equal(reply.field);

      // Nor is the draft held on submit.
      reply.form.requestSubmit();
      expect(reply.posted).to.deep.equal(['you idiot']);
    });

    it('uses the threshold the host sets', async () => {
      const reply = await replyBox('threshold=0.95');
      await type(reply.field, 'you idiot');
      await pause();
      expect(status(reply.prompt)).to.equal('');
      reply.prompt.threshold = 0.5;
      await pause();
      expect(status(reply.prompt)).to.match(/harsh/);
    });
  });

  describe('before posting', () => {
    it('holds a harsh draft once and moves focus to the prompt', async () => {
      const reply = await replyBox();
      await type(reply.field, 'Nobody asked, you clown.');
      await submitHeld(reply);

      expect(reply.posted).to.deep.equal([]);
      const dialog = part(reply.prompt, 'prompt')!;
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(reply.prompt.shadowRoot!.activeElement).to.equal(dialog);
      expect(dialog.textContent).to.match(/Before you post/);
      expect(dialog.textContent).to.match(/“Nobody asked”/);
      await expect(reply.prompt).to.be.accessible();
    });

    it('is caught even when posted before the pause in typing', async () => {
      const reply = await replyBox();
      paste(reply.field, 'shut up, loser');
      await submitHeld(reply);
      expect(reply.posted).to.deep.equal([]);
    });

    it('Edit returns to the field with the harsh word selected', async () => {
      const reply = await replyBox();
      await type(reply.field, 'honestly you are pathetic');
      await submitHeld(reply);
      expect(await decision(reply.prompt, () => button(reply.prompt, 'Edit').click())).to.equal('edited');
      await reply.prompt.updateComplete;

      expect(part(reply.prompt, 'prompt')).to.equal(null);
      expect(document.activeElement).to.equal(reply.field);
      expect(reply.field.value.slice(reply.field.selectionStart!, reply.field.selectionEnd!)).to.equal('pathetic');
      expect(reply.posted).to.deep.equal([]);
    });

    it('Post anyway posts the draft unchanged, with the button that was pressed', async () => {
      const reply = await replyBox();
      const submitters: (HTMLElement | null)[] = [];
      reply.form.addEventListener('submit', (event) => submitters.push(event.submitter));
      await type(reply.field, 'you idiot');
      const nudge = nextNudge(reply.prompt, 'prompt');
      reply.form.querySelector('button')!.click();
      await nudge;
      await reply.prompt.updateComplete;
      expect(await decision(reply.prompt, () => button(reply.prompt, 'Post anyway').click())).to.equal('posted-anyway');
      expect(reply.posted).to.deep.equal(['you idiot']);
      expect(submitters).to.deep.equal([reply.form.querySelector('button')]);
    });

    it('"This isn\'t harsh" records the feedback and posts', async () => {
      const reply = await replyBox();
      await type(reply.field, 'you idiot');
      await submitHeld(reply);
      expect(await decision(reply.prompt, () => button(reply.prompt, "This isn't harsh").click())).to.equal('feedback-not-harsh');
      expect(reply.posted).to.deep.equal(['you idiot']);
      await aTimeout(150);
      expect(announced()).to.match(/won't be flagged again/);
    });

    it('Escape dismisses it, returns focus, and the same draft is not held twice', async () => {
      const reply = await replyBox();
      await type(reply.field, 'you idiot');
      await submitHeld(reply);
      const answer = nextEvent(reply.prompt, 'kin-empathy-decision');
      await sendKeys({ press: 'Escape' });
      expect((await answer).detail.decision).to.equal('dismissed');
      await reply.prompt.updateComplete;
      expect(document.activeElement).to.equal(reply.field);

      let nudges = 0;
      reply.prompt.addEventListener('kin-empathy-nudge', () => nudges++);
      reply.form.requestSubmit();
      expect(reply.posted).to.deep.equal(['you idiot']);
      expect(nudges).to.equal(0);
    });

    it('lets a kind draft through untouched', async () => {
      const reply = await replyBox();
      await type(reply.field, 'Great point, thank you!');
      reply.form.requestSubmit();
      expect(reply.posted).to.deep.equal(['Great point, thank you!']);
      expect(part(reply.prompt, 'prompt')).to.equal(null);
    });

    it('holds the next draft again once the last one was posted', async () => {
      const reply = await replyBox();
      await type(reply.field, 'you idiot');
      await submitHeld(reply);
      button(reply.prompt, 'Post anyway').click();
      reply.field.value = '';
      await type(reply.field, 'you moron');
      await submitHeld(reply);
      expect(reply.posted).to.deep.equal(['you idiot']);
    });

    it('starts a new draft when the form is reset', async () => {
      const reply = await replyBox();
      await type(reply.field, 'you idiot');
      await submitHeld(reply);
      button(reply.prompt, 'Edit').click();
      reply.form.reset();
      await type(reply.field, 'you clown');
      await submitHeld(reply);
      expect(reply.posted).to.deep.equal([]);
    });

    it('works in a form with no submit button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kin-empathy-prompt><input aria-label="Reply" /></kin-empathy-prompt></form>`);
      const field = form.querySelector('input')!;
      const reply = hosted(form, field as unknown as HTMLTextAreaElement, form.querySelector('kin-empathy-prompt')!);
      await type(field, 'you idiot');
      await submitHeld(reply);
      button(reply.prompt, 'Post anyway').click();
      expect(reply.posted).to.deep.equal(['you idiot']);
    });
  });

  describe('someone writing about their own pain', () => {
    const resources: SupportResource[] = [{ name: 'Samaritans', href: 'tel:116123' }];

    it('is never nudged', async () => {
      const reply = await replyBox();
      let nudges = 0;
      reply.prompt.addEventListener('kin-empathy-nudge', () => nudges++);
      await type(reply.field, "I'm such an idiot, I feel worthless.");
      await pause();
      reply.form.requestSubmit();
      expect(nudges).to.equal(0);
      expect(reply.posted).to.have.length(1);
      expect(part(reply.prompt, 'support')).to.equal(null);
    });

    it('is offered support resources with support-on-distress', async () => {
      const provider = await fixture(html`<kin-provider .resources=${resources}>
        <kin-empathy-prompt support-on-distress><textarea aria-label="Post"></textarea></kin-empathy-prompt>
      </kin-provider>`);
      const prompt = provider.querySelector('kin-empathy-prompt')!;
      await type(prompt.querySelector('textarea')!, 'I feel so worthless today.');
      await pause();
      await prompt.updateComplete;
      const support = part(prompt, 'support')!;
      expect(support.getAttribute('role')).to.equal('region');
      expect(support.querySelector('a')!.getAttribute('href')).to.equal('tel:116123');
      expect(status(prompt)).to.equal('');
      await aTimeout(150);
      expect(announced()).to.match(/going through a lot/);
      await expect(prompt).to.be.accessible();
    });
  });

  describe('attached with for=', () => {
    it('watches the field with that id, and follows it when it is replaced', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <form><textarea id="body" aria-label="Body"></textarea><button>Send</button></form>
        <kin-empathy-prompt for="body"></kin-empathy-prompt>
      </div>`);
      const prompt = wrapper.querySelector('kin-empathy-prompt')!;
      const first = wrapper.querySelector('textarea')!;
      const reply = hosted(wrapper.querySelector('form')!, first, prompt);
      await hinted(reply, 'you idiot');

      const replacement = document.createElement('textarea');
      replacement.id = 'body';
      replacement.setAttribute('aria-label', 'Body');
      first.replaceWith(replacement);
      paste(replacement, 'Thanks so much!');
      await pause();
      await prompt.updateComplete;
      expect(status(prompt)).to.equal('');
      await hinted({ ...reply, field: replacement }, ' You jerk.');
      expect(status(prompt)).to.match(/“jerk”/);
    });

    it('does nothing, without error, when the field is missing or removed', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <form><textarea id="gone" aria-label="Gone"></textarea></form>
        <kin-empathy-prompt for="nowhere"></kin-empathy-prompt>
      </div>`);
      const prompt = wrapper.querySelector('kin-empathy-prompt')!;
      await type(wrapper.querySelector('textarea')!, 'you idiot');
      await pause();
      expect(status(prompt)).to.equal('');

      prompt.htmlFor = 'gone';
      await pause();
      expect(status(prompt)).to.match(/idiot/);
      wrapper.querySelector('textarea')!.remove();
      prompt.threshold = 0.6;
      await pause();
      await prompt.updateComplete;
      expect(status(prompt)).to.equal('');
    });
  });

  describe('a host analyzer', () => {
    const pineapples = (draft: string): Partial<Analysis> => ({ harsh: /pineapple/.test(draft), score: /pineapple/.test(draft) ? 0.9 : 0 });

    it('replaces the on-device one', async () => {
      const reply = await replyBox();
      reply.prompt.analyzer = pineapples;
      await hinted(reply, 'pineapple on pizza');
      expect(part(reply.prompt, 'why')!.textContent).not.to.match(/on your device/);
    });

    it('may answer asynchronously, also when the form is submitted', async () => {
      const reply = await replyBox();
      reply.prompt.analyzer = async (draft) => (await aTimeout(20), pineapples(draft));
      paste(reply.field, 'pineapple');
      await submitHeld(reply);
      expect(reply.posted).to.deep.equal([]);

      const calmReply = await replyBox();
      calmReply.prompt.analyzer = async (draft) => (await aTimeout(20), pineapples(draft));
      paste(calmReply.field, 'apple');
      calmReply.form.requestSubmit();
      await aTimeout(60);
      expect(calmReply.posted).to.deep.equal(['apple']);
    });

    for (const [name, analyzer] of [
      ['too slow', () => new Promise<Partial<Analysis>>(() => {})],
      ['throws', () => {
        throw new Error('model offline');
      }],
      ['rejects', () => Promise.reject(new Error('503'))],
      ['answers with garbage', () => ({ verdict: 'meh' }) as unknown as Partial<Analysis>],
      ['answers with nothing', () => undefined as unknown as Partial<Analysis>],
    ] as const) {
      it(`falls back to the on-device analyzer when it is ${name}`, async () => {
        const reply = await replyBox('analyzer-timeout=50');
        reply.prompt.analyzer = analyzer;
        await hinted(reply, 'you idiot');
        expect(status(reply.prompt)).to.match(/“idiot”/);
      });
    }

    it('cannot inject markup: its spans and suggestions are shown as text', async () => {
      const reply = await replyBox();
      reply.prompt.analyzer = () =>
        ({
          harsh: true,
          score: 0.9,
          spans: [
            { start: 0, end: 5, category: 'insult', text: '<img src=x onerror=alert(1)>' },
            { start: -1, end: 999, category: 'insult', text: '' },
          ],
          suggestions: [{ category: 'insult', text: '<b>be nice</b>' }],
          categories: ['insult', 'not-a-category'],
        }) as unknown as Partial<Analysis>;
      await hinted(reply, 'hello there');
      expect(status(reply.prompt)).to.match(/“hello”/);
      expect(status(reply.prompt)).to.contain('<b>be nice</b>');
      expect(reply.prompt.shadowRoot!.querySelector('b, img')).to.equal(null);
    });
  });

  describe('a suggestion generator', () => {
    it('adds phrasings labelled as written by a machine', async () => {
      const reply = await replyBox();
      reply.prompt.suggest = async () => ['I disagree, and here is why.'];
      await hinted(reply, 'you idiot');
      expect(part(reply.prompt, 'suggestions')!.textContent).to.match(/I disagree, and here is why/);
      expect(part(reply.prompt, 'machine')!.textContent).to.match(/Suggested by a machine/);
    });

    it('falls back to the built-in suggestions when it fails', async () => {
      const reply = await replyBox('analyzer-timeout=50');
      reply.prompt.suggest = () => Promise.reject(new Error('quota'));
      await hinted(reply, 'you idiot');
      expect(part(reply.prompt, 'suggestions')!.textContent).to.match(/You could try/);
      expect(part(reply.prompt, 'machine')).to.equal(null);
    });
  });

  describe('languages and directions', () => {
    it('reads and speaks Spanish', async () => {
      const reply = await replyBox('', { lang: 'es' });
      await hinted(reply, 'eres un idiota');
      expect(status(reply.prompt)).to.match(/Esto podría sonar duro: «idiota»/);
      await submitHeld(reply);
      expect(button(reply.prompt, 'Publicar igualmente')).to.be.instanceOf(HTMLButtonElement);
      await expect(reply.prompt).to.be.accessible();
    });

    it('works right to left, with mixed scripts', async () => {
      const reply = await replyBox('', { lang: 'ar', dir: 'rtl' });
      await hinted(reply, 'مرحبا you idiot');
      expect(status(reply.prompt)).to.match(/idiot/);
      await expect(reply.prompt).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('stays calm for empty, whitespace and emoji-only drafts', async () => {
      const reply = await replyBox();
      for (const text of ['   ', '😀🎉🙏']) {
        paste(reply.field, text);
        await pause();
        expect(status(reply.prompt)).to.equal('');
      }
      reply.form.requestSubmit();
      expect(reply.posted).to.deep.equal(['😀🎉🙏']);
    });

    it('reads 100 KB of pasted text', async () => {
      const reply = await replyBox();
      const nudge = nextEvent(reply.prompt, 'kin-empathy-nudge');
      paste(reply.field, `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1800)} you idiot`);
      expect((await nudge).detail.categories).to.deep.equal(['insult']);
    });

    it('copes with its field being removed while the prompt is open', async () => {
      const reply = await replyBox();
      await type(reply.field, 'you idiot');
      await submitHeld(reply);
      reply.field.remove();
      button(reply.prompt, 'Post anyway').click();
      button(reply.prompt, 'Edit')?.click();
      expect(reply.posted).to.deep.equal([]);
    });
  });
});
