import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@kindred/core/kin-provider.js';
import '@kindred/empathy-prompt/kin-empathy-prompt.js';
import type { HostAnalyzer, KinEmpathyPrompt, SuggestionGenerator } from '@kindred/empathy-prompt';
import { supportResources as resources } from '../../../.storybook/support-resources.js';

interface Args {
  threshold: number;
  supportOnDistress: boolean;
  includeText: boolean;
  analyzerTimeout: number;
}

interface KindredParameters {
  /** Typed into the field when the story opens. */
  draft?: string;
  analyzer?: HostAnalyzer;
  suggest?: SuggestionGenerator;
}


async function parts(canvas: HTMLElement) {
  const prompt = canvas.querySelector<KinEmpathyPrompt>('kin-empathy-prompt')!;
  await prompt.updateComplete;
  const root = prompt.shadowRoot!;
  const field = canvas.querySelector('textarea')!;
  return {
    prompt,
    field,
    /** What a person sees and hears from the element. */
    text: () => root.textContent!.replace(/\s+/g, ' '),
    status: () => root.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    /** Waits for the hint (or its absence) after the pause in typing. */
    settled: () => new Promise((resolve) => setTimeout(resolve, 600)),
    post: () => canvas.querySelector('form')!.requestSubmit(),
    part: (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`),
  };
}

/**
 * A gentle second look at a reply before it is posted. Wrap the host's own textarea (or point at
 * it with `for`): after each pause in typing, the draft is read **on the device**. When it reads
 * as harsh, a polite hint below the field names the words and offers a kinder phrasing; it never
 * takes focus. On submit, a harsh draft is held **once**: Edit, Post anyway, or "This isn't
 * harsh". Posting is never blocked.
 *
 * Someone writing about their own pain is never nudged; with `support-on-distress` they are
 * offered the provider's support resources.
 *
 * Try typing in the field. Posted replies appear below it, as a host would show them.
 */
const meta: Meta<Args> = {
  title: 'Components/Empathy prompt',
  component: 'kin-empathy-prompt',
  args: { threshold: 0.5, supportOnDistress: false, includeText: false, analyzerTimeout: 1000 },
  argTypes: { threshold: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } } },
  parameters: { kindred: {} },
  render: (args, { parameters, id }): TemplateResult => {
    const { draft = '', analyzer, suggest } = parameters.kindred as KindredParameters;
    const posted = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const field = form.querySelector('textarea')!;
      const item = document.createElement('li');
      item.textContent = field.value;
      form.parentElement!.querySelector('ul')!.append(item);
      field.value = '';
    };
    return html`<kin-provider .resources=${resources}>
      <form @submit=${posted} style="display: grid; gap: 0.5rem; max-inline-size: 36rem">
        <label for="reply-${id}">Your reply</label>
        <kin-empathy-prompt
          threshold=${args.threshold}
          ?support-on-distress=${args.supportOnDistress}
          ?include-text=${args.includeText}
          analyzer-timeout=${args.analyzerTimeout}
          .analyzer=${analyzer}
          .suggest=${suggest}
        >
          <textarea id="reply-${id}" rows="4" style="inline-size: 100%; box-sizing: border-box; font: inherit" .value=${draft}></textarea>
        </kin-empathy-prompt>
        <button style="justify-self: start; font: inherit">Post</button>
      </form>
      <ul aria-label="Posted replies"></ul>
    </kin-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A kind draft: nothing to say, and nothing said. */
export const ReplyBox: Story = {
  parameters: { kindred: { draft: 'Thanks for sharing this. I had the same problem last year and it got better.' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await box.settled();
    expect(box.status()).toBe('');
  },
};

/** While typing: a polite status names the words, offers a kinder phrasing and explains itself. */
export const HarshDraftWithHint: Story = {
  parameters: { kindred: { draft: 'Nobody asked, you clown.' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await waitFor(() => expect(box.status()).toContain('“Nobody asked”'));
    box.part('why')!.setAttribute('open', '');
  },
};

/** On Post: held once, with focus on the question. Edit selects the harsh word in the field. */
export const PreSubmitPrompt: Story = {
  parameters: { kindred: { draft: 'Honestly, you are pathetic.' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    box.post();
    await waitFor(() => expect(box.part('prompt')).not.toBeNull());
    expect(box.text()).toContain('Post anyway');
    expect(canvasElement.querySelectorAll('li')).toHaveLength(0);
  },
};

/** Someone writing about their own pain is never nudged; they are offered support. */
export const SelfDisclosureWithSupport: Story = {
  args: { supportOnDistress: true },
  parameters: { kindred: { draft: "I'm such an idiot. Honestly I feel worthless lately." } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await waitFor(() => expect(box.part('support')).not.toBeNull());
    expect(box.status()).toBe('');
    expect(box.text()).toContain('Samaritans');
  },
};

/** A stricter community: at 0.4, milder drafts get a hint too ("he is so rude" scores 0.45; the default is 0.5). */
export const CustomThreshold: Story = {
  args: { threshold: 0.4 },
  parameters: { kindred: { draft: 'Honestly, he is so rude about this.' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await waitFor(() => expect(box.status()).toContain('“rude”'));
  },
};

const pineapplePolicy: HostAnalyzer = async (draft) => {
  // A host's own policy or model; it may take time, and may be remote.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const at = draft.toLowerCase().indexOf('pineapple');
  return at < 0 ? { harsh: false, score: 0 } : { harsh: true, score: 0.9, categories: ['contempt'], spans: [{ start: at, end: at + 9, category: 'contempt', text: '' }] };
};

const rephrase: SuggestionGenerator = async (draft) => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return [`“${draft.replace(/pineapple/gi, 'fruit')}”, perhaps?`];
};

/**
 * The host's analyzer in place of the on-device one (here: pineapple on pizza is harsh), with a
 * host generator whose suggestions are labelled as machine-written. A slow or failing analyzer
 * falls back to the on-device one after `analyzer-timeout`.
 */
export const CustomAnalyzer: Story = {
  parameters: { kindred: { draft: 'Pineapple belongs on pizza.', analyzer: pineapplePolicy, suggest: rephrase } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await waitFor(() => expect(box.part('machine')).not.toBeNull());
    expect(box.status()).toContain('“Pineapple”');
  },
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  parameters: { kindred: { draft: 'Cállate, eres un idiota.' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await waitFor(() => expect(box.status()).toContain('Esto podría sonar duro'));
  },
};

export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  parameters: { kindred: { draft: 'مرحبا — you are such an idiot' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    await waitFor(() => expect(box.status()).toContain('“idiot”'));
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  parameters: { kindred: { draft: 'STOP POSTING THIS, YOU IDIOT' } },
  play: async ({ canvasElement }) => {
    const box = await parts(canvasElement);
    box.post();
    await waitFor(() => expect(box.part('prompt')).not.toBeNull());
  },
};

/** Attached by `for`: the element sits anywhere near the field, which stays where the host put it. */
export const AttachedByFor: Story = {
  render: (_args, { id }) => html`<form style="display: grid; gap: 0.5rem; max-inline-size: 36rem" @submit=${(e: Event) => e.preventDefault()}>
    <label for="comment-${id}">Comment</label>
    <input id="comment-${id}" style="font: inherit" value="shut up, loser" />
    <kin-empathy-prompt for="comment-${id}"></kin-empathy-prompt>
  </form>`,
  play: async ({ canvasElement }) => {
    const prompt = canvasElement.querySelector<KinEmpathyPrompt>('kin-empathy-prompt')!;
    await waitFor(() => expect(prompt.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('“shut up”'));
  },
};
