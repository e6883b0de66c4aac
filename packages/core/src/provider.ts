import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { kindredContext, type KindredContext } from './context.js';
import type { StringOverrides } from './i18n.js';
import type { KindredClient, SupportResource, Viewer } from './types.js';

function mergeStrings(outer: StringOverrides = {}, own: StringOverrides = {}): StringOverrides {
  const locales = new Set([...Object.keys(outer), ...Object.keys(own)]);
  return Object.fromEntries([...locales].map((locale) => [locale, { ...outer[locale], ...own[locale] }]));
}

/**
 * Supplies a Kindred client, the signed-in viewer, support resources and string overrides to
 * every Kindred element inside it, through shadow roots too. A nested provider overrides what it
 * sets and inherits the rest from the one around it.
 *
 * @summary Connects the Kindred elements inside it to your backend and viewer.
 * @slot - The page content that holds Kindred elements.
 */
export class KinProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private own: KindredContext = {};

  private readonly outer = new ContextConsumer(this, {
    context: kindredContext,
    subscribe: true,
    callback: () => this.publish(),
  });

  private readonly provider = new ContextProvider(this, { context: kindredContext, initialValue: {} });

  // Own accessors rather than plain reactive properties: descendants must see a new value
  // synchronously, before they first render, not after this element's next update.

  /** The backend every element inside uses, unless an element has its own `client`. */
  @property({ attribute: false })
  get client(): KindredClient | undefined {
    return this.own.client;
  }
  set client(client: KindredClient | undefined) {
    this.set({ client });
  }

  /** The signed-in person, or `null` when signed out. */
  @property({ attribute: false })
  get viewer(): Viewer | null | undefined {
    return this.own.viewer;
  }
  set viewer(viewer: Viewer | null | undefined) {
    this.set({ viewer });
  }

  /** Support resources (helplines, local services) shown when someone may be struggling. */
  @property({ attribute: false })
  get resources(): SupportResource[] | undefined {
    return this.own.resources;
  }
  set resources(resources: SupportResource[] | undefined) {
    this.set({ resources });
  }

  /** Replacement strings by locale and message id, e.g. `{ en: { 'kudos.signIn': '…' } }`. */
  @property({ attribute: false })
  get strings(): StringOverrides | undefined {
    return this.own.strings;
  }
  set strings(strings: StringOverrides | undefined) {
    this.set({ strings });
  }

  private set(change: KindredContext): void {
    this.own = { ...this.own, ...change };
    this.publish();
  }

  private publish(): void {
    const outer = this.outer.value ?? {};
    const own = Object.fromEntries(Object.entries(this.own).filter(([, value]) => value !== undefined));
    this.provider.setValue({ ...outer, ...own, strings: mergeStrings(outer.strings, this.own.strings) });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
