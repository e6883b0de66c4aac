import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KindredClient, Viewer } from '@kindred/core';
import '@kindred/core/kin-provider.js';
import '@kindred/kudos-reactions/kin-kudos-reactions.js';
import type { KinKudosReactions } from '@kindred/kudos-reactions';

export const ana: Viewer = { id: 'ana', name: 'Ana' };

/** A bar inside a provider with `client` and `viewer`; extra markup goes around the provider. */
export async function bar(
  client: KindredClient | undefined,
  viewer: Viewer | null | undefined,
  content: TemplateResult = html`<kin-kudos-reactions subject="p1"></kin-kudos-reactions>`,
): Promise<KinKudosReactions> {
  const provider = await fixture(html`<kin-provider .client=${client} .viewer=${viewer}>${content}</kin-provider>`);
  const element = provider.querySelector('kin-kudos-reactions')!;
  await element.updateComplete;
  return element;
}

/** The reaction button whose visible label is `label`. */
export function button(element: KinKudosReactions, label: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')].find(
    (candidate) => candidate.querySelector('[part~="label"]')?.textContent === label,
  );
  if (!found) throw new Error(`No reaction button labelled "${label}"`);
  return found;
}

export function labels(element: KinKudosReactions): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.textContent!);
}

/** Waits until `check` holds, re-rendering in between. */
export async function until(element: KinKudosReactions, check: () => boolean, what = 'the condition'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await element.updateComplete;
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export function message(element: KinKudosReactions): string {
  const part = element.shadowRoot!.querySelector<HTMLElement>('[part~="message"]')!;
  return part.hidden ? '' : part.textContent!.trim().replace(/\s+/g, ' ');
}
