import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createMemoryClient, type CheckIn, type MemoryClient, type MemoryClientOptions, type SupportResource, type Viewer } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/check-in-card/kin-check-in-card.js';
import '@kindred/kudos-reactions/kin-kudos-reactions.js';
import type { KinCheckInCard } from '@kindred/check-in-card';
import { supportResources as resources } from '../../../.storybook/support-resources.js';

interface Args {
  prompt: string;
  editMinutes: number;
}

interface KindredParameters {
  client?: MemoryClientOptions;
  resources?: SupportResource[];
  /** Show this check-in, made by `by`, instead of asking. */
  show?: { by: 'friend' | 'me'; mood: CheckIn['mood']; note?: string; audience: CheckIn['audience']; hoursAgo: number };
}

const friend: Viewer = { id: 'riley', name: 'Riley' };

async function parts(canvas: HTMLElement) {
  const card = canvas.querySelector<KinCheckInCard>('kin-check-in-card')!;
  await card.updateComplete;
  const root = card.shadowRoot!;
  return {
    card,
    async mood(value: number) {
      root.querySelector<HTMLInputElement>(`input[name="mood"][value="${value}"]`)!.click();
      await card.updateComplete;
    },
    async submit() {
      root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await card.updateComplete;
    },
    text: () => root.textContent!.replace(/\s+/g, ' '),
  };
}

/**
 * A check-in lets a member say how they are doing in five seconds. Mood is five labelled choices,
 * never colour or emoji alone; the note is optional; the audience defaults to just you and is
 * shown before anything is shared. A low mood puts support within reach inline, never blocking.
 * Nothing is inferred from the note, and nothing is sent before the button is pressed.
 *
 * Given a `checkIn`, the card shows someone's check-in, with structured replies and the
 * distress-context reactions bar when `@kindred/kudos-reactions` is on the page.
 */
const meta: Meta<Args> = {
  title: 'Components/Check-in card',
  component: 'kin-check-in-card',
  args: { prompt: '', editMinutes: 10 },
  argTypes: { editMinutes: { control: { type: 'number', min: 0 } } },
  parameters: { kindred: {} },
  render: (args, { parameters, id }): TemplateResult => {
    const { client = {}, resources: hostResources = resources, show } = parameters.kindred as KindredParameters;
    // Each story has its own viewer, so one story's draft or outbox is not another's.
    const me: Viewer = { id: `ana-${id}`, name: 'Ana' };
    const memory = createMemoryClient({ viewer: me, ...client });
    let checkIn: CheckIn | undefined;
    if (show) {
      const createdAt = new Date(Date.now() - show.hoursAgo * 3600_000).toISOString();
      const author = show.by === 'me' ? me : friend;
      checkIn = { id: `ci-${id}`, author, mood: show.mood, audience: show.audience, createdAt, ...(show.note && { note: show.note }) };
      // The backend needs to know it too, for replies to it.
      void (show.by === 'me' ? memory : memory.as(friend)).submitCheckIn({ mood: show.mood, audience: show.audience }, { idempotencyKey: id });
    }
    return html`<kin-provider .client=${memory} .viewer=${me} .resources=${hostResources}>
      <kin-check-in-card prompt=${args.prompt} edit-minutes=${args.editMinutes} .checkIn=${checkIn}></kin-check-in-card>
    </kin-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Compose: Story = {};

/** Struggling or Low: the provider's resources, inline, in the page's language. */
export const LowMoodWithResources: Story = {
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(1);
    expect(card.text()).toContain('Samaritans');
  },
};

/** No resources supplied: a warm, general pointer to finding local help. */
export const LowMoodWithoutResources: Story = {
  parameters: { kindred: { resources: [] } },
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(2);
    expect(card.text()).toContain('Find a free, confidential helpline near you.');
  },
};

/** After sharing: what was shared, with whom, and an Edit window. */
export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(4);
    await card.submit();
    await waitFor(() => expect(card.text()).toContain('Thanks for checking in'));
  },
};

/** Editing within the window: the same check-in, changed. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(3);
    await card.submit();
    await waitFor(() => expect(card.text()).toContain('Edit'));
    [...card.card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Edit')!.click();
    await card.card.updateComplete;
    expect(card.text()).toContain('Save changes');
  },
};

/** A friend's check-in, with structured replies and the distress-context reactions. */
export const FriendsCheckIn: Story = {
  parameters: { kindred: { show: { by: 'friend', mood: 2, note: 'Rough week at work. Not sleeping much.', audience: 'circle', hoursAgo: 3 } } },
};

/** Your own check-in says who can see it. */
export const OwnCheckIn: Story = {
  parameters: { kindred: { show: { by: 'me', mood: 4, note: 'Walked to the sea today.', audience: 'self', hoursAgo: 26 } } },
};

/** Offline: saved, and shared exactly once when the connection returns. */
export const Offline: Story = {
  parameters: { kindred: { client: { failureRate: 1, failureCode: 'network' } } },
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(3);
    await card.submit();
    await waitFor(() => expect(card.text()).toContain("You're offline"));
    (canvasElement.querySelector('kin-provider')!.client as MemoryClient).simulate({ failureRate: 0 });
  },
};

/** Spanish, with the Spanish-language resources. */
export const Spanish: Story = {
  globals: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(1);
    expect(card.text()).toContain('Teléfono de la Esperanza');
  },
};

export const RightToLeft: Story = { globals: { dir: 'rtl' } };

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const card = await parts(canvasElement);
    await card.mood(2);
  },
};

/** 320 px: the moods wrap, nothing scrolls sideways. */
export const Narrow: Story = {
  render: (args, context) => html`<div style="inline-size: 320px">${meta.render!(args, context)}</div>`,
};
