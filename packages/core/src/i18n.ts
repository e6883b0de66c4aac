/** Plural forms in `Intl.PluralRules` categories; `#` stands for the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Locale-aware formatting, through `Intl`, for messages and components. */
export interface Formatters {
  readonly locale: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "1.2K" style, for counts. */
  compact(value: number): string;
  /** The form for `count`, with `#` replaced by `shown` (default: the count, formatted). */
  plural(count: number, forms: PluralForms, shown?: string): string;
  /** "3 minutes ago", "yesterday", "in 2 days". */
  relativeTime(date: Date | string | number, now?: number): string;
  /** "Ana, Ben and Cleo". */
  list(items: readonly string[]): string;
}

/**
 * A message is a string, or a function of typed arguments when it needs them: counts, names,
 * dates. Functions get the formatters for the current locale.
 */
// The argument type is per message; `never` lets any argument shape be assigned here.
export type Message = string | ((args: never, format: Formatters) => string);
export type Messages = Record<string, Message>;

/** A package's shipped translations. English is complete; other locales are too when shipped. */
export type Catalog<M extends Messages> = { en: M } & Partial<Record<string, Partial<M>>>;

/** Host overrides keyed by locale ("es", "pt-BR"), then by message id. Also how hosts add a language. */
export type StringOverrides<M extends Messages = Messages> = Partial<Record<string, Partial<M>>>;

/** The arguments a message takes: none for strings, the function's first parameter otherwise. */
export type MessageArgs<T> = T extends (args: infer A, format: Formatters) => string ? [args: A] : [];

export const defaultLocale = 'en';

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language of the nearest `lang` attribute above `element`, across shadow roots. */
export function localeOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return canonical(withLang.getAttribute('lang')) ?? defaultLocale;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return defaultLocale;
}

/** Where to look for a locale's messages: exactly it, then its language, e.g. "es-MX", "es". */
function lookupChain(locale: string): string[] {
  const language = locale.split('-')[0]!;
  return language === locale ? [locale] : [locale, language];
}

/**
 * The first source, in priority order, that has `key` for the locale or its language; failing
 * that, the first that has it in English, so a partly translated locale still reads.
 */
export function findMessage(
  sources: readonly (StringOverrides | undefined)[],
  locale: string,
  key: string,
): Message | undefined {
  for (const tags of [lookupChain(locale), [defaultLocale]]) {
    for (const source of sources) {
      for (const tag of tags) {
        const message = source?.[tag]?.[key];
        if (message !== undefined) return message;
      }
    }
  }
  return undefined;
}

export function renderMessage(message: Message, args: unknown, format: Formatters): string {
  return typeof message === 'string' ? message : (message as (args: unknown, format: Formatters) => string)(args, format);
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

const cache = new Map<string, Formatters>();

/** Formatters for `locale`; the `Intl` objects behind them are made once and reused. */
export function formatters(locale: string): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;

  const numberFormats = new Map<string, Intl.NumberFormat>();
  let pluralRules: Intl.PluralRules | undefined;
  let relativeFormat: Intl.RelativeTimeFormat | undefined;
  let listFormat: Intl.ListFormat | undefined;

  const number = (value: number, options?: Intl.NumberFormatOptions): string => {
    const key = options ? JSON.stringify(options) : '';
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format.format(value);
  };
  const compactOptions: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };
  let compactFormat: Intl.NumberFormat | undefined;

  const created: Formatters = {
    locale,
    number,
    // Counts are formatted on every render of every bar: keep this path free of allocation.
    compact: (value) => (compactFormat ??= new Intl.NumberFormat(locale, compactOptions)).format(value),
    plural(count, forms, shown = number(count)) {
      pluralRules ??= new Intl.PluralRules(locale);
      const form = forms[pluralRules.select(count)] ?? forms.other;
      return form.replaceAll('#', shown);
    },
    relativeTime(date, now = Date.now()) {
      relativeFormat ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      const elapsed = new Date(date).getTime() - now;
      if (Number.isNaN(elapsed)) return '';
      const [unit, size] = relativeUnits.find(([, ms]) => Math.abs(elapsed) >= ms) ?? ['second', 1000];
      return relativeFormat.format(Math.round(elapsed / size), unit);
    },
    list(items) {
      listFormat ??= new Intl.ListFormat(locale, { type: 'conjunction' });
      return listFormat.format(items);
    },
  };
  cache.set(locale, created);
  return created;
}

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes. One observer serves every
 * element; it does not see inside shadow roots, where a `lang` change is rare.
 */
export function onLangChange(listener: () => void): () => void {
  langListeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((notify) => notify()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
