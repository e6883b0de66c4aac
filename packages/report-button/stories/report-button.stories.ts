import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createMemoryClient, type MemoryClient, type MemoryClientOptions, type SupportResource, type Viewer } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/report-button/kin-report-button.js';
import type { CommunityRule, KinReportButton } from '@kindred/report-button';
import { supportResources as resources } from '../../../.storybook/support-resources.js';

interface Args {
  subject: string;
  subjectType: string;
  authorId: string;
  authorName: string;
  nextSteps: string;
}

interface KindredParameters {
  client?: MemoryClientOptions;
  rules?: CommunityRule[];
  resources?: SupportResource[];
}

const ana: Viewer = { id: 'ana', name: 'Ana' };
const rules: CommunityRule[] = [
  { id: 'kind', title: 'Be kind', description: 'Disagree with ideas, not people.' },
  { id: 'no-diagnosis', title: 'No diagnosing others', description: 'Share experience, not labels.' },
  { id: 'no-ads', title: 'No advertising' },
];

/** The flow as a person meets it: helpers for play functions. */
async function flow(canvas: HTMLElement) {
  const button = canvas.querySelector<KinReportButton>('kin-report-button')!;
  await button.updateComplete;
  const dialog = () => button.shadowRoot!.querySelector('kin-report-dialog')!;
  const root = () => dialog().shadowRoot!;
  const heading = () => root().querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
  const settle = async () => {
    await dialog().updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  };
  return {
    button,
    heading,
    async open() {
      button.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      await waitFor(() => expect(dialog()?.isOpen).toBe(true));
      await settle();
    },
    async choose(label: string) {
      [...root().querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label))!.click();
      await settle();
    },
    async press(name: string) {
      [...root().querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name))!.click();
      await settle();
    },
    text: () => root().querySelector('form')!.textContent!.replace(/\s+/g, ' '),
  };
}

/**
 * Reporting is how a member asks for help when something is wrong. The button is quiet; the flow
 * is a native modal dialog with a step per question, Back that keeps everything typed, drafts that
 * survive reloads, and a receipt with a reference at the end. "I just don't want to see this" is
 * not a report: it offers hiding, muting and blocking instead.
 *
 * Keyboard: Tab and arrow keys through each step, Enter for Next, Escape to leave (asking first if
 * something was typed); focus goes to each step's heading, and back to the button on close.
 */
const meta: Meta<Args> = {
  title: 'Components/Report button',
  component: 'kin-report-button',
  args: { subject: 'comment-9', subjectType: 'comment', authorId: 'u7', authorName: 'Sam', nextSteps: '' },
  parameters: { kindred: {} },
  render: (args, { parameters, id }) => {
    const { client = {}, rules: hostRules = [], resources: hostResources = resources } = parameters.kindred as KindredParameters;
    // Each story has its own viewer, so one story's drafts, receipts and outbox are not another's.
    const viewer = { ...ana, id: `ana-${id}` };
    const memory = createMemoryClient({ viewer, ...client });
    return html`<kin-provider .client=${memory} .viewer=${viewer} .resources=${hostResources}>
      <article aria-label="Comment by ${args.authorName}" style="max-inline-size: 36rem">
        <p><strong>${args.authorName}</strong>: Honestly, people like you are why this forum is dying.</p>
        <kin-report-button
          subject=${args.subject}
          subject-type=${args.subjectType}
          author-id=${args.authorId}
          author-name=${args.authorName}
          next-steps=${args.nextSteps}
          .rules=${hostRules}
        ></kin-report-button>
      </article>
    </kin-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The first step: reasons, each with a one-line description, and the way out that is not a report. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    expect(f.heading()).toBe('Why are you reporting this?');
  },
};

/** With the host's rules, "Breaks community rules" asks which. */
export const WithCommunityRules: Story = {
  parameters: { kindred: { rules } },
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    await f.choose('Breaks community rules');
    await f.press('Next');
    expect(f.text()).toContain('No diagnosing others');
  },
};

/** "I believe it's illegal": the EU Digital Services Act Article 16 notice. */
export const IllegalContentNotice: Story = {
  args: { subjectType: 'post' },
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    await f.choose("I believe it's illegal");
    await f.press('Next');
    expect(f.heading()).toBe('Notice of illegal content');
  },
};

/** Worry routes to care: support resources at once, and how the community will reach out. */
export const WorriedAboutThePerson: Story = {
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    await f.choose("I'm worried about this person");
    await f.press('Next');
    expect(f.text()).toContain('Samaritans');
  },
};

/** Not a report: hide it, or mute or block the author. */
export const DontWantToSeeThis: Story = {
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    await f.press("I just don't want to see this");
    expect(f.heading()).toBe("You don't have to see it");
  },
};

async function sendSpam(canvas: HTMLElement) {
  const f = await flow(canvas);
  await f.open();
  await f.choose('Spam, scam or fake account');
  await f.press('Next');
  await f.press('Next');
  await f.press('Next');
  await f.press('Send report');
  return f;
}

/** A slow network: the button says "Sending…" and cannot send twice. */
export const SlowNetwork: Story = {
  parameters: { kindred: { client: { latencyMs: 4000 } } },
  play: async ({ canvasElement }) => {
    const f = await sendSpam(canvasElement);
    expect(f.text()).toContain('Sending…');
  },
};

/** Offline: the report waits in the outbox and will be sent once, automatically. */
export const FailingNetwork: Story = {
  parameters: { kindred: { client: { failureRate: 1, failureCode: 'network' } } },
  play: async ({ canvasElement }) => {
    const f = await sendSpam(canvasElement);
    await waitFor(() => expect(f.heading()).toBe('Saved, and on its way'));
  },
};

/** The server fails: a clear message, nothing lost, and Send again retries the same report. */
export const ServerError: Story = {
  parameters: { kindred: { client: { failureRate: 1, failureCode: 'server' } } },
  play: async ({ canvasElement }) => {
    const f = await sendSpam(canvasElement);
    await waitFor(() => expect(f.text()).toContain("Your report couldn't be sent."));
  },
};

/** After a report, the button says so, with the status the client reports, and opens the receipt. */
export const AlreadyReportedWithStatus: Story = {
  play: async ({ canvasElement }) => {
    const f = await sendSpam(canvasElement);
    await waitFor(() => expect(f.heading()).toBe('Thank you for telling us'));
    await f.press('Close');
    const client = canvasElement.querySelector('kin-provider')!.client as MemoryClient;
    const fresh = f.button.cloneNode() as KinReportButton;
    client.setReportStatus(client.listReports().find((report) => report.subjectId === fresh.subject)!.id, 'in-review');
    // As after a reload: a new button for the same subject reads the receipt and asks for its status.
    fresh.rules = f.button.rules;
    f.button.replaceWith(fresh);
    await waitFor(() => expect(fresh.shadowRoot!.textContent).toContain('Reported (in review)'));
  },
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    expect(f.heading()).toBe('¿Por qué lo denuncias?');
  },
};

export const RightToLeft: Story = { globals: { dir: 'rtl' }, play: Default.play };

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const f = await flow(canvasElement);
    await f.open();
    await f.choose("I believe it's illegal");
    await f.press('Next');
  },
};

/** On a phone-sized screen the dialog fills the width and scrolls; try the viewport toolbar. */
export const NarrowViewport: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: Default.play,
};
