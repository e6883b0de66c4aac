import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createMemoryClient, kindredErrorCodes, type KindredErrorCode } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import './client-console.js';

interface PlaygroundArgs {
  signedIn: boolean;
  latencyMs: number;
  failureRate: number;
  failureCode: KindredErrorCode;
}

const ana = { id: 'ana', name: 'Ana' };

async function consoleIn(canvas: HTMLElement) {
  const element = canvas.querySelector('demo-client-console')!;
  await element.updateComplete;
  const root = element.shadowRoot!;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim().endsWith(name)) as HTMLButtonElement;
  const result = () => root.querySelector('.result')!.textContent!.trim();
  return { button, result };
}

/**
 * `<kin-provider>` hands a client, the viewer, support resources and string overrides to every
 * Kindred element inside it. These stories drive the shipped memory client through a small demo
 * element; change the controls to simulate a slow or failing network.
 */
const meta: Meta<PlaygroundArgs> = {
  title: 'Core/Provider',
  component: 'kin-provider',
  args: { signedIn: true, latencyMs: 300, failureRate: 0, failureCode: 'network' },
  argTypes: {
    signedIn: { description: 'Whether the provider has a viewer, or `null` (signed out).' },
    latencyMs: { description: 'Simulated delay before every answer.', control: { type: 'range', min: 0, max: 3000, step: 100 } },
    failureRate: { description: 'Share of calls that fail.', control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    failureCode: { description: 'The `KindredError` code failures carry.', control: 'select', options: kindredErrorCodes },
  },
  render: ({ signedIn, latencyMs, failureRate, failureCode }) => {
    const viewer = signedIn ? ana : null;
    const client = createMemoryClient({ viewer, latencyMs, failureRate, failureCode, seed: { reactions: { 'post-1': { thanks: 41 } } } });
    return html`<kin-provider .client=${client} .viewer=${viewer}><demo-client-console></demo-client-console></kin-provider>`;
  },
};
export default meta;

type Story = StoryObj<PlaygroundArgs>;

/** Try the controls: latency, failure rate and code, signed in or out. */
export const Playground: Story = {};

export const ReactingIsIdempotentAndCounted: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const { button, result } = await consoleIn(canvasElement);
    button('Thank you').click();
    await waitFor(() => expect(result()).toMatch(/^Thanked/));
    await waitFor(() => expect(button('Thank you').getAttribute('aria-pressed')).toBe('true'));
  },
};

/** Signed out: reads work, writes are refused with a localized `unauthorized` message. */
export const SignedOut: Story = {
  args: { signedIn: false, latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const { button, result } = await consoleIn(canvasElement);
    button('Thank you').click();
    await waitFor(() => expect(result()).toBe('Please sign in and try again.'));
  },
};

/** Offline, a report waits in the outbox; back online, it is delivered once. */
export const OfflineThenBackOnline: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const { button, result } = await consoleIn(canvasElement);
    button('Offline').click();
    button('Send a report').click();
    await waitFor(() => expect(result()).toMatch(/saved your report/));
    button('Offline').click();
    await waitFor(() => expect(result()).toBe('Delivered what was waiting in the outbox.'));
  },
};

/** Every call takes a second and a half. */
export const SlowNetwork: Story = { args: { latencyMs: 1500 } };

/** Half of all calls fail with a server error. */
export const FlakyServer: Story = { args: { failureRate: 0.5, failureCode: 'server' } };

/** Messages follow the page's `lang`: here Spanish. */
export const Spanish: Story = {
  args: { signedIn: false, latencyMs: 0 },
  globals: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const { button, result } = await consoleIn(canvasElement);
    button('Thank you').click();
    await waitFor(() => expect(result()).toBe('Inicia sesión e inténtalo de nuevo.'));
  },
};

/** A nested provider overrides what it sets (here the viewer) and inherits the rest. */
export const NestedProviders: Story = {
  render: () => {
    const client = createMemoryClient({ viewer: ana });
    return html`
      <kin-provider .client=${client} .viewer=${ana}>
        <demo-client-console></demo-client-console>
        <kin-provider .viewer=${{ id: 'ben', name: 'Ben' }}>
          <demo-client-console></demo-client-console>
        </kin-provider>
      </kin-provider>
    `;
  },
};

export const Dark: Story = { globals: { scheme: 'dark' } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };
