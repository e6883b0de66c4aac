import type { Analysis, Category, Language, Span, Suggestion } from './analyzer/index.js';

/** What a host analyzer is given: the draft, the threshold in force and the language of the page. */
export interface HostAnalyzerOptions {
  threshold: number;
  language: Language;
}

/**
 * A replacement for the on-device analyzer: a better model, a server-side check, a policy of the
 * host's own. It may answer at once or with a promise; it must give at least `score` or `harsh`.
 */
export type HostAnalyzer = (draft: string, options: HostAnalyzerOptions) => Partial<Analysis> | Promise<Partial<Analysis>>;

/**
 * Kinder phrasings written by a host's own generator, such as a language model. They are shown
 * labelled as machine-written.
 */
export type SuggestionGenerator = (draft: string, analysis: Analysis) => string[] | Promise<string[]>;

const categories: readonly Category[] = ['insult', 'contempt', 'dismissive', 'threat', 'identity-attack', 'profanity', 'shouting', 'sexual'];
const isCategory = (value: unknown): value is Category => categories.includes(value as Category);
/** Long enough for any rephrasing worth reading in a hint. */
const maxSuggestionLength = 280;

/** The answer of `work`, or a rejection once `ms` have passed. */
export function withTimeout<T>(work: T | Promise<T>, ms: number): Promise<T> {
  if (!(work instanceof Promise)) return Promise.resolve(work);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * A host analyzer's answer made safe to show, or `undefined` when it is not an answer at all.
 * Spans must lie inside the draft and their text is read from the draft, never from the answer.
 */
export function readAnalysis(value: unknown, draft: string, threshold: number): Analysis | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const answer = value as Record<string, unknown>;
  const score = typeof answer.score === 'number' && answer.score >= 0 && answer.score <= 1 ? answer.score : undefined;
  const harsh = typeof answer.harsh === 'boolean' ? answer.harsh : score !== undefined ? score >= threshold : undefined;
  if (harsh === undefined) return undefined;
  const spans: Span[] = (Array.isArray(answer.spans) ? answer.spans : []).flatMap((span: Partial<Span> | null) => {
    const { start, end, category } = span ?? {};
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! > draft.length || start! >= end! || !isCategory(category)) return [];
    return [{ start: start!, end: end!, category, text: draft.slice(start, end) }];
  });
  const named = Array.isArray(answer.categories) ? answer.categories.filter(isCategory) : [];
  return {
    harsh,
    score: score ?? (harsh ? 1 : 0),
    categories: [...new Set([...named, ...spans.map((span) => span.category)])],
    spans,
    selfDisclosure: answer.selfDisclosure === true && !harsh,
    suggestions: readSuggestions(answer.suggestions, named[0] ?? spans[0]?.category ?? 'insult', false),
  };
}

/** At most two suggestions of readable length; plain strings are about `category`; `machine` marks a generator's. */
export function readSuggestions(value: unknown, category: Category, machine: boolean): Suggestion[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item: unknown): Partial<Suggestion> => (typeof item === 'string' ? { text: item } : ((item ?? {}) as Partial<Suggestion>)))
    .filter((item) => typeof item.text === 'string' && item.text.trim() !== '')
    .slice(0, 2)
    .map((item) => ({
      category: isCategory(item.category) ? item.category : category,
      text: item.text!.trim().slice(0, maxSuggestionLength),
      ...(machine && { machine: true }),
    }));
}
