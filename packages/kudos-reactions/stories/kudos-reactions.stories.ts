import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createMemoryClient, type KindredClient, type MemoryClient, type MemoryClientOptions, type Viewer } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/kudos-reactions/kin-kudos-reactions.js';
import type { KinKudosReactions, ReactionDefinition } from '@kindred/kudos-reactions';

interface Args {
  subject: string;
  context: 'default' | 'distress';
  mode: 'multiple' | 'single';
  hideCounts: boolean;
  collapsed: boolean;
  lazy: boolean;
}

interface KindredParameters {
  client?: MemoryClientOptions;
  viewer?: Viewer | null;
}

const ana: Viewer = { id: 'ana', name: 'Ana' };
const names = ['Ben', 'Cleo', 'Dev', 'Eli', 'Fran', 'Gus', 'Hana', 'Ike', 'Jo', 'Kai', 'Lu', 'Mo'];
const people = (count: number) => names.slice(0, count).map((name) => ({ id: name.toLowerCase(), name }));

function bar(args: Args, extra: Partial<KinKudosReactions> = {}): TemplateResult {
  return html`<kin-kudos-reactions
    subject=${args.subject}
    context=${args.context}
    mode=${args.mode}
    ?hide-counts=${args.hideCounts}
    ?collapsed=${args.collapsed}
    ?lazy=${args.lazy}
    .reactions=${extra.reactions}
    .counts=${extra.counts ?? {}}
    .mine=${extra.mine ?? []}
  ></kin-kudos-reactions>`;
}

function post(content: TemplateResult, author = 'Sam', text = 'First week back at work after a hard month. Small wins.') {
  return html`<article
    aria-label="Post by ${author}"
    style="max-inline-size: 36rem; padding: 1rem; border: 1px solid #818b98; border-radius: 0.5rem; margin-block-end: 1rem"
  >
    <p style="margin: 0 0 0.25rem"><strong>${author}</strong></p>
    <p style="margin: 0 0 0.75rem">${text}</p>
    ${content}
  </article>`;
}

function connected(content: TemplateResult, client: KindredClient, viewer: Viewer | null = ana) {
  return html`<kin-provider .client=${client} .viewer=${viewer}>${content}</kin-provider>`;
}

async function shadow(canvas: HTMLElement) {
  const element = canvas.querySelector('kin-kudos-reactions')!;
  await element.updateComplete;
  const button = (label: string) =>
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')].find(
      (b) => b.querySelector('[part~="label"]')?.textContent === label,
    )!;
  const message = () => element.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim();
  return { element, button, message };
}

/**
 * Supportive reactions say "I see you" without needing words. Each reaction is a real toggle
 * button with a visible label; counts load in batches with every other bar on the page and change
 * at once when pressed, rolling back honestly if the server refuses.
 *
 * Keyboard: the bar is one Tab stop; arrow keys, Home and End move between reactions (mirrored
 * right to left); Enter or Space reacts.
 */
const meta: Meta<Args> = {
  title: 'Components/Kudos reactions',
  component: 'kin-kudos-reactions',
  args: { subject: 'post-42', context: 'default', mode: 'multiple', hideCounts: false, collapsed: false, lazy: false },
  argTypes: {
    context: { control: 'inline-radio', options: ['default', 'distress'] },
    mode: { control: 'inline-radio', options: ['multiple', 'single'] },
  },
  parameters: {
    kindred: { client: { seed: { reactions: { 'post-42': { thanks: 12, support: people(5), 'hear-you': 3 } } } } },
  },
  render: (args, { parameters }) => {
    const { client = {}, viewer = ana } = parameters.kindred as KindredParameters;
    return connected(post(bar(args)), createMemoryClient({ latencyMs: 150, ...client, viewer }), viewer);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Big communities: counts are compact ("12K") on screen and in the accessible names alike. */
export const LargeCounts: Story = {
  parameters: {
    kindred: { client: { seed: { reactions: { 'post-42': { thanks: 12_400, support: 1_530_000, 'hear-you': 999, proud: 87, hug: 4_210 } } } } },
  },
};

/** A quiet post stays quiet: nothing but "Add a reaction" until someone reacts. */
export const CollapsedQuietPost: Story = {
  args: { collapsed: true, subject: 'post-quiet' },
  play: async ({ canvasElement }) => {
    const { element } = await shadow(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part~="add-button"]')).not.toBeNull());
    expect(element.shadowRoot!.querySelectorAll('[part~="button"]')).toHaveLength(0);
  },
};

/** One reaction per person: choosing another moves it. */
export const SingleMode: Story = { args: { mode: 'single' } };

/** On a post about something hard, celebratory reactions ("Proud of you") are left out. */
export const DistressContext: Story = {
  args: { context: 'distress' },
  parameters: { kindred: { client: { seed: { reactions: { 'post-42': { support: 8, 'hear-you': 4, hug: 6 } } } } } },
  render: (args, { parameters }) => {
    const { client = {} } = parameters.kindred as KindredParameters;
    return connected(
      post(bar(args), 'Riley', "I don't really know why I'm posting. Everything feels heavy lately."),
      createMemoryClient({ ...client, viewer: ana }),
    );
  },
};

/** Signed out, counts still show; pressing a reaction asks to sign in. */
export const SignedOut: Story = {
  parameters: { kindred: { viewer: null, client: { seed: { reactions: { 'post-42': { thanks: 4, hug: 2 } } } } } },
  play: async ({ canvasElement }) => {
    const { button, message } = await shadow(canvasElement);
    await waitFor(() => expect(button('Thank you').textContent).toContain('4'));
    button('Thank you').click();
    await waitFor(() => expect(message()).toBe('Sign in to send a reaction.'));
  },
};

/** The server refuses: the reaction changes at once, then rolls back, and the bar says so. */
export const FailureAndRollback: Story = {
  parameters: { kindred: { client: { seed: { reactions: { 'post-42': { hug: 2 } } } } } },
  play: async ({ canvasElement }) => {
    const { button, message } = await shadow(canvasElement);
    await waitFor(() => expect(button('Sending a hug').textContent).toContain('2'));
    (canvasElement.querySelector('kin-provider')!.client as MemoryClient).simulate({ latencyMs: 600, failureRate: 1 });
    button('Sending a hug').click();
    await waitFor(() => expect(button('Sending a hug').getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(message()).toBe("Couldn't send “Sending a hug”. Please try again."), { timeout: 3000 });
    expect(button('Sending a hug').getAttribute('aria-pressed')).toBe('false');
  },
};

/** No client: the host owns the data, sets `counts` and `mine`, and listens for `kin-reaction-toggle`. */
export const Controlled: Story = {
  render: (args) => post(bar(args, { counts: { thanks: 3, support: 1 }, mine: ['support'] })),
};

/** A set of your own. Labels are always text; descriptions become tooltips and descriptions. */
export const CustomSet: Story = {
  render: (args, { parameters }) => {
    const reactions: ReactionDefinition[] = [
      { id: 'helpful', emoji: '💡', label: 'Helpful', description: 'This answer helped me' },
      { id: 'same', emoji: '🙋', label: 'Same here' },
      { id: 'thanks', emoji: '🙏', label: 'Thanks' },
    ];
    const { client = {} } = parameters.kindred as KindredParameters;
    return connected(post(bar(args, { reactions })), createMemoryClient({ ...client, viewer: ana }));
  },
  parameters: { kindred: { client: { seed: { reactions: { 'post-42': { helpful: 7, same: 2 } } } } } },
};

/** "Who reacted" opens from the ▾ button, by keyboard as well as pointer. */
export const WhoReacted: Story = {
  parameters: { kindred: { client: { seed: { reactions: { 'post-42': { support: people(12), hug: 40 } } } } } },
};

/** Other people's reactions arrive live, while yours stay as you left them. */
export const LiveUpdates: Story = {
  render: (args) => {
    const client = createMemoryClient({ viewer: ana });
    const others = names.map((name) => client.as({ id: name.toLowerCase(), name }));
    let turn = 0;
    const timer = setInterval(() => {
      const other = others[turn++ % others.length]!;
      const reaction = ['thanks', 'support', 'hug'][turn % 3]!;
      void other.setReaction(args.subject, reaction, true, { idempotencyKey: `live-${turn}` });
      if (turn > 30) clearInterval(timer);
    }, 1500);
    return connected(post(bar(args)), client);
  },
};

export const Spanish: Story = { globals: { lang: 'es' } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };

export const Dark: Story = { globals: { scheme: 'dark' } };

/** 200 posts sharing one client: their counts load in one batched call, not 200. */
export const FeedOf200Posts: Story = {
  render: (args) => {
    const subjects = Array.from({ length: 200 }, (_, i) => `feed-${i}`);
    const reactions = Object.fromEntries(subjects.map((s, i) => [s, { thanks: (i * 7) % 23, support: (i * 3) % 5, hug: i % 4 }]));
    const memory = createMemoryClient({ viewer: ana, latencyMs: 100, seed: { reactions } });
    let calls = 0;
    const client: KindredClient = {
      ...memory,
      getReactions: (ids) => {
        calls++;
        const status = document.querySelector('#feed-status');
        if (status) status.textContent = `${calls} getReactions call${calls === 1 ? '' : 's'} for ${subjects.length} posts`;
        return memory.getReactions(ids);
      },
    };
    return html`<p id="feed-status" role="status"></p>
      ${connected(
        html`${subjects.map((subject, i) => post(bar({ ...args, subject }), names[i % names.length], `Post number ${i + 1}`))}`,
        client,
      )}`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('#feed-status')!.textContent).toBe('1 getReactions call for 200 posts'));
  },
};
