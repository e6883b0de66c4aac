import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { createMemoryClient, type KindredClient, type Viewer } from '@kindred/core';
import '@kindred/elements/kindred.js';
import { mountThread, threadSeed } from './thread.js';
import { supportResources as resources } from '../../.storybook/support-resources.js';

const viewer: Viewer = { id: 'u-you', name: 'You' };

/**
 * A support-group thread with every element on one memory client that keeps everything in this
 * browser: react, report, check in and reply, then reload the page and find it all still there.
 * The same page runs without a build step in `examples/community/index.html`.
 */
const meta: Meta = {
  title: 'Examples/Community thread',
  parameters: { layout: 'fullscreen' },
  render: (_args, { parameters }) => {
    const container = document.createElement('div');
    const client: KindredClient = createMemoryClient({ viewer, persist: true, storageKey: 'kindred:example-thread', seed: threadSeed });
    mountThread(container, { client, viewer, resources });
    if (parameters.brand) {
      const style = document.createElement('style');
      style.textContent = parameters.brand as string;
      container.className = 'harbour';
      container.prepend(style);
    }
    return container;
  },
};
export default meta;

export const CommunityThread: StoryObj = {
  name: 'Community thread',
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('kin-kudos-reactions')!;
    const thanks = () => [...bar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Thank you'))!;
    await waitFor(() => expect(thanks()).toBeTruthy());
    const pressed = thanks().getAttribute('aria-pressed');
    thanks().click();
    await waitFor(() => expect(thanks().getAttribute('aria-pressed')).not.toBe(pressed));

    const field = canvasElement.querySelector('textarea')!;
    field.value = 'Nobody asked, you clown.';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const prompt = canvasElement.querySelector('kin-empathy-prompt')!;
    await waitFor(() => expect(prompt.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Nobody asked'));
  },
};

/** The same thread in a community's own colours, type and corners: tokens and one part, as in **Theming**. */
export const Branded: StoryObj = {
  parameters: {
    brand: `
      .harbour {
        --kin-color-accent: light-dark(#5b21b6, #c4b5fd);
        --kin-color-on-accent: light-dark(#ffffff, #1e1b4b);
        --kin-color-accent-subtle: light-dark(#ede9fe, #2e1065);
        --kin-color-focus: light-dark(#b45309, #fbbf24);
        --kin-font-family: Georgia, 'Times New Roman', serif;
        --kin-radius: 2px;
        --kin-radius-pill: 2px;
      }
      .harbour .kin-thread { font-family: Georgia, 'Times New Roman', serif; }
      .harbour kin-kudos-reactions::part(button) { text-transform: lowercase; }
    `,
  },
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('kin-kudos-reactions')!;
    await waitFor(() => expect(bar.shadowRoot!.querySelector('button')).toBeTruthy());
    const button = bar.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).borderRadius).toBe('2px');
    expect(getComputedStyle(button).fontFamily).toContain('Georgia');
  },
};
