import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { kindredContext } from './context.js';
import {
  defaultLocale,
  findMessage,
  formatters,
  localeOf,
  onLangChange,
  renderMessage,
  type Catalog,
  type Formatters,
  type MessageArgs,
  type Messages,
  type StringOverrides,
} from './i18n.js';
import { coreMessages, type CoreMessages } from './messages.js';
import { supportResources, usableResources } from './resources.js';
import type { KindredClient, SupportResource, Viewer } from './types.js';

/** An element that uses Kindred: its own `client` and `strings` win over the provider's. */
export interface KindredHost extends ReactiveControllerHost, HTMLElement {
  client?: KindredClient | undefined;
  strings?: StringOverrides | undefined;
}

let contextRootAttached = false;

/**
 * Lets a component reach its client, viewer, support resources and strings: from its own
 * properties first, else from the nearest `<kin-provider>`. Tracks the nearest `lang` and
 * renders messages from the component's catalogue, the provider's overrides and its own.
 */
export class KindredController<M extends Messages = Messages> implements ReactiveController {
  /** The locale messages and numbers are rendered in, from the nearest `lang`. */
  locale = defaultLocale;

  private readonly context: ContextConsumer<typeof kindredContext, KindredHost>;
  private stopWatchingLang?: () => void;

  constructor(
    private readonly host: KindredHost,
    private readonly catalog: Catalog<M> = { en: {} as M },
  ) {
    // Registered before the context consumer, so the context root exists when it first asks.
    host.addController(this);
    this.context = new ContextConsumer(host, { context: kindredContext, subscribe: true });
  }

  hostConnected(): void {
    if (!contextRootAttached) {
      // Holds requests from elements that connect before their provider is defined, and
      // answers them once it is.
      new ContextRoot().attach(document.documentElement);
      contextRootAttached = true;
    }
    this.stopWatchingLang = onLangChange(() => this.updateLocale());
    this.updateLocale();
  }

  hostDisconnected(): void {
    this.stopWatchingLang?.();
  }

  get client(): KindredClient | undefined {
    return this.host.client ?? this.context.value?.client;
  }

  /** The signed-in person; `null` when signed out; `undefined` when no provider said. */
  get viewer(): Viewer | null | undefined {
    return this.context.value?.viewer;
  }

  /** The provider's support resources that are safe to link and meant for this language. */
  get resources(): SupportResource[] {
    return usableResources(this.context.value?.resources, this.locale);
  }

  /** The resources as a list, or where to find local help when there are none. */
  renderResources(): TemplateResult {
    return supportResources(this.resources, {
      fallback: this.translate('support.fallback'),
      findHelpline: this.translate('support.findHelpline'),
    });
  }

  get format(): Formatters {
    return formatters(this.locale);
  }

  /** The message `key` in the current locale, with the element's and provider's overrides applied. */
  t<K extends keyof (M & CoreMessages) & string>(key: K, ...args: MessageArgs<(M & CoreMessages)[K]>): string {
    return this.translate(key, args[0]);
  }

  private translate(key: string, args?: unknown): string {
    const sources = [this.host.strings, this.context.value?.strings, this.catalog, coreMessages];
    const message = findMessage(sources as StringOverrides[], this.locale, key) ?? key;
    return renderMessage(message, args, this.format);
  }

  private updateLocale(): void {
    const locale = localeOf(this.host);
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }
}
