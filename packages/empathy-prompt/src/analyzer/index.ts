import { english } from './english.js';
import type { Category, Language, Phrase, WordKind } from './language.js';
import { buildLexicon, hashWord, mayStartPhrase, tokenize, type Entry, type Lexicon, type Tokens } from './tokens.js';

export { english } from './english.js';
export { spanish } from './spanish.js';
export type { Category, Language, Phrase, WordKind } from './language.js';

/** The exact characters that drove the score, so an interface can point at them. */
export interface Span {
  start: number;
  end: number;
  category: Category;
  text: string;
}

export interface Suggestion {
  category: Category;
  text: string;
  /** Written by a machine (a host-supplied generator), and to be labelled as such. */
  machine?: boolean;
}

export interface Analysis {
  /** Whether the draft reads as harsh at the threshold. */
  harsh: boolean;
  /** 0 (kind) to 1 (very harsh). */
  score: number;
  categories: Category[];
  spans: Span[];
  /** The writer is being hard on themselves ("I feel worthless"): a moment for care, never a nudge. */
  selfDisclosure: boolean;
  suggestions: Suggestion[];
}

export interface AnalyzeOptions {
  /** Score at or above which a draft is harsh. Default `defaultThreshold`. */
  threshold?: number;
  /** Default English. */
  language?: Language;
}

/** Tuned so that on the project's development set fewer than 5% of kind messages are flagged. */
export const defaultThreshold = 0.5;

/** Words in a draft long enough to be considered counsel or a story rather than a retort. */
const longDraft = 40;

/** Enough to point at everything a person could fix by hand; a pasted wall of abuse gets the strongest. */
const maxSpans = 50;

// 32 kinds fill an int32; `thing` and `function` need no bit: a known word is never guessed at,
// and that is all they say.
const enum Bit {
  noun = 1 << 0, adjective = 1 << 1, slur = 1 << 2, dehumanizing = 1 << 3, profanity = 1 << 4,
  violent = 1 << 5, hate = 1 << 6, sexual = 1 << 7, second = 1 << 8, third = 1 << 9,
  self = 1 << 10, group = 1 << 11, negation = 1 << 12, report = 1 << 13, joy = 1 << 14,
  modal = 1 << 15, weak = 1 << 16, experiencer = 1 << 17, copula = 1 << 18, gerund = 1 << 19,
  imperative = 1 << 20, reflexive = 1 << 21, feeling = 1 << 22, clause = 1 << 23,
  positive = 1 << 24, act = 1 << 25, possessive = 1 << 26, comparative = 1 << 27,
  identity = 1 << 28, infinitive = 1 << 29, reply = 1 << 30, plural = 1 << 31,
}

/** The kinds with a bit, in the order of `Bit`, to read a language's lists by name (a list is smaller than a record of bits). */
const kindsByBit = (
  'noun adjective slur dehumanizing profanity violent hate sexual second third self group negation report joy modal weak ' +
  'experiencer copula gerund imperative reflexive feeling clause positive act possessive comparative identity infinitive reply plural'
).split(' ');
const harshKinds = Bit.noun | Bit.adjective | Bit.slur | Bit.dehumanizing | Bit.profanity | Bit.violent | Bit.hate | Bit.sexual;
const pluralKinds = Bit.noun | Bit.weak | Bit.dehumanizing | Bit.group | Bit.slur;

const lexicons = new WeakMap<Language, Lexicon>();
let lastLanguage: Language | undefined;
let lastLexicon: Lexicon | undefined;

/** The language's words as a lexicon looked up by hash; built once per language. */
function lexiconOf(language: Language): Lexicon {
  if (language === lastLanguage) return lastLexicon!;
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    lexicon = buildLexiconOf(language);
    lexicons.set(language, lexicon);
  }
  lastLanguage = language;
  lastLexicon = lexicon;
  return lexicon;
}

function buildLexiconOf(language: Language): Lexicon {
  const byWord = new Map<string, Entry>();
  const entry = (word: string): Entry => {
    let found = byWord.get(word);
    // One shape for every entry keeps property reads monomorphic.
    if (!found) byWord.set(word, (found = { id: 0, word, kind: 0, known: false, phrases: undefined, follows: 0 }));
    return found;
  };
  const learn = (word: string, kinds: number): void => {
    const found = entry(word);
    found.kind |= kinds;
    found.known = true;
  };
  for (const [kind, list] of Object.entries(language.words) as [WordKind, string][]) {
    const index = kindsByBit.indexOf(kind);
    // `thing` and `function` have none.
    const bit = index < 0 ? 0 : 1 << index;
    for (const word of list.split(' ')) {
      learn(word, bit);
      // Plurals are looked up as often as their singulars; knowing them beats stripping them.
      if (bit & pluralKinds && !word.endsWith('s')) learn(`${word}s`, bit);
    }
  }
  // An ordinary compound is a phrase of weight 0: it covers its words and adds nothing.
  const ordinary = (language.ordinary ?? []).map((words): Phrase => ({ words, category: 'insult', weight: 0 }));
  for (const { words, category, weight, aimed } of [...language.phrases, ...ordinary]) {
    // Phrases match by the hashes every word gets; only the first word needs an entry.
    const list = words.split(' ');
    const first = entry(list[0]!);
    (first.phrases ??= []).push({ hashes: list.map(hashWord), category, weight, aimed });
    first.follows |= list.length > 1 ? 1 << (hashWord(list[1]!) & 31) : -1;
  }
  const entries = [...byWord.values()];
  const maskable = (mask: number) => entries.filter((e) => e.kind & mask);
  return buildLexicon(entries, [...maskable(Bit.profanity), ...maskable(Bit.noun | Bit.slur)]);
}

/** The one swear word whose compounds are too many to list ("fuckwit", "fuckface"). */
const swearCompound = /fuck/i;

function lowerAt(at: number): number {
  return tokens.bytes[at]! | 32;
}

/**
 * What a word of at least six letters that the lexicon lacks can still be told by its shape: the
 * endless compounds of one swear word ("fuckwit"), and plural nouns for kinds of people ("waiters",
 * "scientists", "protesters"), unless capitalized mid-sentence, as names are ("the Lakers").
 */
function unknownKind(i: number): number {
  const start = tokens.start[i]!;
  const end = tokens.end[i]!;
  // f u c k
  if (lowerAt(start) === 102 && lowerAt(start + 1) === 117 && lowerAt(start + 2) === 99 && lowerAt(start + 3) === 107) return Bit.profanity;
  if (lowerAt(end - 1) !== 115 || (i > 0 && !tokens.breaks[i] && named(i))) return 0;
  // -ers, -ors, -ists, -ians
  const last = lowerAt(end - 2);
  const before = lowerAt(end - 3);
  if (last === 114) return before === 101 || before === 111 ? Bit.group : 0;
  if (end - start < 7) return 0;
  const first = lowerAt(end - 4);
  return (first === 105 && before === 115 && last === 116) || (first === 105 && before === 97 && last === 110) ? Bit.group : 0;
}

interface Hit {
  from: number;
  to: number;
  category: Category;
  weight: number;
}

type Target = 'you' | 'them' | 'group' | 'self' | 'none';

// The draft being read. Like the tokenizer's buffers this is module state: analysis is synchronous
// and never re-entered, and helpers over shared state cost nothing per call, where closures over
// locals would be allocated afresh for every message.
let text = '';
let tokens: Tokens;
let count = 0;
let lexicon: Lexicon;
/** Each word's entry id, an index into `lexicon.entries`. */
let entryId: Int32Array = new Int32Array(0);
/** The kind bits of each word, read from the lexicon and refined by context. */
let kind: Int32Array = new Int32Array(0);
let clause = new Int32Array(0);
let quoted = new Uint8Array(0);
let anyQuoted = false;
/** Every kind of word present, at a glance. */
let present = 0;
let hits: Hit[] = [];
let selfDisclosure = false;

/** The lexicon entry of word `i`, if it has one. */
function entryAt(i: number): Entry | undefined {
  return lexicon.entries[entryId[i]!];
}

function is(i: number, mask: number): boolean {
  return i >= 0 && i < count && (kind[i]! & mask) !== 0;
}

/** The nearest word within `window` of `i` (before when negative) in the same clause with `mask`. */
function near(i: number, mask: number, window: number): number {
  const step = window < 0 ? -1 : 1;
  for (let j = i + step, n = 0; n < Math.abs(window) && j >= 0 && j < count && clause[j] === clause[i]; j += step, n++) {
    if (kind[j]! & mask) return j;
  }
  return -1;
}

function commaBetween(from: number, to: number): boolean {
  for (let at = tokens.end[from]!; at < tokens.start[to]!; at++) if (tokens.bytes[at] === 44) return true;
  return false;
}

/**
 * Negation reaches the words just after it ("not stupid"), or the rest of its clause up to a
 * comma when it governs a wish or a belief ("we should never …", "I don't think …").
 * Neither reaches past a comma ("no, idiot"), and a reply word not past a person ("no you idiot").
 */
function negated(i: number): boolean {
  /** The wish nearest the word: "never going to change so we should get rid of them" wishes anew. */
  let wish = -1;
  for (let j = i - 1; j >= 0 && i - j <= 12 && clause[j] === clause[i]; j--) {
    if (wish < 0 && kind[j]! & Bit.modal) wish = j;
    // "nothing but", "no better than" do not deny what follows; "why don't we …" proposes it.
    if (!(kind[j]! & Bit.negation) || is(j + 1, Bit.clause | Bit.comparative) || is(j - 1, Bit.imperative)) continue;
    // "no you idiot", "no i would like it if you died": an answer, not a denial of what follows;
    // "no woman deserves to die" denies it.
    const answer = kind[j]! & Bit.reply && is(j + 1, Bit.second | Bit.self | Bit.third);
    // "not banwagoning u retard": a word called to someone ("u retard") is out of the denial's reach.
    if (i - j <= 3 && !commaBetween(j, i) && !answer && !(j < i - 2 && addressed(i - 1))) return true;
    if (answer && is(j + 1, Bit.second | Bit.self)) continue;
    const belief = is(j + 1, Bit.feeling) || is(j + 2, Bit.feeling);
    const governs = belief || is(j - 1, Bit.modal) || is(j + 1, Bit.modal) || is(j + 2, Bit.modal);
    if (!governs || commaBetween(j, i)) continue;
    if (wish < 0 || wish <= j + 2) return true;
    // A denied belief holds the wish after it ("I don't think all Muslims should be deported"),
    // unless a second subject starts another thought ("… they will change so we should …").
    let subjects = 0;
    for (let k = j + 2; k < wish; k++) if (kind[k]! & (Bit.second | Bit.self | Bit.identity | Bit.third | Bit.group) && !(kind[k]! & Bit.possessive)) subjects++;
    if (belief && subjects <= 1) return true;
  }
  return false;
}

/** "my boss called me useless", "you said I was pathetic": reported; "I'd call you an idiot": said. */
function reported(i: number): boolean {
  if (!(present & Bit.report)) return false;
  const j = near(i, Bit.report, -8);
  if (j < 0) return false;
  // A comma and a new subject close what is reported: "then say to kill themselves, you are
  // pathetic"; not when the comma follows the verb ("he said, you are …").
  for (let k = j + 3; k <= i; k++) if (is(k, Bit.second | Bit.self | Bit.third) && commaBetween(k - 1, k)) return false;
  if (is(j, Bit.gerund)) return true;
  // "tell me, idiot" is an order, not a report.
  if (j === 0 || tokens.breaks[j]) return false;
  // "I will call you …" is said as much as "I'd call you …", and "let me say …" too.
  const subject = is(j - 1, Bit.modal) ? j - 2 : j - 1;
  return is(j + 1, Bit.self | Bit.reflexive) || !is(subject, Bit.self | Bit.reflexive) || is(subject, Bit.third);
}

/** A name in the middle of a sentence: "I'll shoot Maarten". */
function named(j: number): boolean {
  if (j >= count || entryAt(j)?.known || tokens.breaks[j] || tokens.caps[j]) return false;
  const code = tokens.bytes[tokens.start[j]!]!;
  return code >= 65 && code <= 90;
}

/**
 * Whom the word at `i` is about: the nearest person before it, or else one just after. Harm done
 * by its subject ("when you want to cut") is about its object only: `subject` false.
 */
function targetOf(i: number, objectFirst: boolean, reach = 6, subject = true): Target {
  if (objectFirst) {
    if (is(i + 1, Bit.second) || is(i + 2, Bit.second)) return 'you';
    if (is(i + 1, Bit.reflexive)) return 'self';
    if (near(i, Bit.group, 4) >= 0) return 'group';
    // Only harm reaches a name: "I'll shoot Maarten", while "I hate Mondays" is about Mondays.
    const after = is(i + 1, Bit.third) ? i + 1 : is(i + 2, Bit.third) ? i + 2 : -1;
    if (after >= 0) return person(after);
    if (kind[i]! & Bit.violent && named(i + 1)) return 'them';
    if (!subject) return 'none';
  }
  // "I was such an idiot", "I feel like a failure" say what the writer is; "I like big bitches"
  // says what they like.
  let says = false;
  /**
   * Past `reach`, only the subject of a form of "to be" counts: a group named before it ("people
   * who grow their own food are nothing but trash") or the writer just before it ("I have been a
   * bit of a shithead").
   */
  let copula = -1;
  for (let j = i - 1; j >= 0 && (i - j <= reach || (copula >= 0 && copula - j <= 6)) && clause[j] === clause[i]; j--) {
    const k = kind[j]!;
    if (k & (Bit.copula | Bit.feeling)) says = true;
    if (k & Bit.copula && copula < 0) copula = j;
    if (i - j > reach) {
      if (k & Bit.group) return 'group';
      if (k & Bit.self && !(k & Bit.reflexive) && copula - j <= 2) return 'self';
      continue;
    }
    // "your broken records are worthless" judges the records, not you.
    if (k & Bit.possessive) continue;
    // "I hate that bitch": the word is whom the hate or harm is for, not the one who feels it.
    if (k & (Bit.hate | Bit.violent)) return 'them';
    // "that makes me a bit of a bastard" describes oneself; "tell me, idiot" calls someone a name.
    if (k & Bit.reflexive && !(k & Bit.self)) {
      if (i - j >= 2 && !commaBetween(j, i)) return 'self';
      continue;
    }
    if (k & Bit.second) return 'you';
    if (k & Bit.self) return says || k & Bit.identity || is(j - 1, Bit.copula) ? 'self' : 'none';
    if (k & Bit.group) return 'group';
    if (k & Bit.third) return person(j);
  }
  if (near(i, Bit.second, 3) >= 0) return 'you';
  if (near(i, Bit.group, 3) >= 0) return 'group';
  return near(i, Bit.third, 2) >= 0 ? 'them' : 'none';
}

/** Whom a third person at `j` is: "they" and "them" point back to a group named before them. */
function person(j: number): Target {
  if (kind[j]! & Bit.plural) for (let k = j - 1; k >= 0; k--) if (kind[k]! & Bit.group) return 'group';
  return 'them';
}

/** "you may feel worthless", "you make me feel stupid": describing a feeling, not judging. */
function felt(i: number): boolean {
  const j = near(i, Bit.feeling, -8);
  return j >= 0 && (is(j - 1, Bit.second | Bit.reflexive) || is(j - 2, Bit.second));
}

/** Sexual talk is harassment when it is short and pointed, not in a long message about health. */
function pointedSex(i: number): boolean {
  // "naked for you", "suck me"; not "what stops you from enjoying sex", "your sex life", "sex with your gf".
  return count <= 12 || is(i - 1, Bit.reflexive) || (count <= longDraft && (addressed(i + 1) || addressed(i + 2)));
}

/** "you", not "your": the person themselves. */
function addressed(j: number): boolean {
  return is(j, Bit.second) && !is(j, Bit.possessive);
}

/** The phrases that may start at word `i`: none unless the word after it could be their second. */
function phrasesAt(i: number): Entry['phrases'] {
  const id = entryId[i]!;
  return mayStartPhrase(lexicon.follows[id]!, i + 1 < count ? tokens.hash[i + 1]! : 0) ? lexicon.entries[id]!.phrases : undefined;
}

/** Whether any of the language's phrases is in the draft, looking only where the tokenizer saw one may start. */
function anyPhrase(): boolean {
  for (let k = 0; k < tokens.phraseStartCount; k++) {
    const i = tokens.phraseStarts[k]!;
    const phrases = entryAt(i)!.phrases;
    if (phrases !== undefined) for (const phrase of phrases) if (matches(phrase.hashes, i)) return true;
  }
  return false;
}

/** Whether the words from `i` on have these hashes (the first is the word's own). */
function matches(hashes: number[], i: number): boolean {
  if (i + hashes.length > count) return false;
  // The second word first: it tells most phrases apart ("you suck", "you people").
  for (let k = 1; k < hashes.length; k++) if (tokens.hash[i + k] !== hashes[k]) return false;
  return true;
}

// Comparators made once, not per draft. Sorting is stable: equals stay in the order found.
function byWeight(a: Hit, b: Hit): number {
  return b.weight - a.weight;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/**
 * Sorts in place, keeping equals in the order found. A draft has a handful of hits, which the
 * built-in sort takes longer to set up for than to sort; a pasted wall of them gets the built-in.
 */
function sortFew<T>(list: T[], order: (a: T, b: T) => number): void {
  if (list.length > 12) {
    list.sort(order);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && order(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
}

function add(from: number, to: number, category: Category, weight: number): void {
  // What is quoted or reported is being talked about, not said to anyone.
  if ((anyQuoted && quoted[from]) || reported(from)) weight *= 0.15;
  if (weight > 0.05) hits.push({ from, to, category, weight });
}

/** Reads a draft and says whether, and where, it reads as harsh. Pure, synchronous and offline. */
export function analyze(draft: string, options: AnalyzeOptions = {}): Analysis {
  const language = options.language ?? english;
  const threshold = typeof options.threshold === 'number' && options.threshold >= 0 && options.threshold <= 1 ? options.threshold : defaultThreshold;
  text = typeof draft === 'string' ? draft : '';
  lexicon = lexiconOf(language);
  tokens = tokenize(text, lexicon);
  count = tokens.count;
  entryId = tokens.entryId;
  // Nothing harsh-looking at all: the common case, answered without further work.
  const denial = (tokens.kinds & (Bit.positive | Bit.negation)) === (Bit.positive | Bit.negation);
  if (!(tokens.kinds & harshKinds) && !denial && tokens.shouted < 3 && !swearCompound.test(text) && !anyPhrase()) {
    return { harsh: threshold <= 0, score: 0, categories: [], spans: [], selfDisclosure: false, suggestions: [] };
  }
  if (count > clause.length) {
    const size = Math.max(count, clause.length * 2, 256);
    kind = new Int32Array(size);
    clause = new Int32Array(size);
    quoted = new Uint8Array(size);
  }
  let kinds = 0;
  /** The kinds of the two words before this one. */
  let previous = 0;
  let beforePrevious = 0;
  for (let i = 0, c = 0; i < count; i++) {
    const found = entryAt(i);
    // A word of six letters or more that is not known (an entry that only starts phrases has no
    // kind) may still be told by its shape.
    const k = found !== undefined && found.known ? found.kind : tokens.end[i]! - tokens.start[i]! >= 6 ? unknownKind(i) : 0;
    kind[i] = k;
    kinds |= k;
    // A new clause after a stop, or after "but" (except "nothing but").
    if (tokens.breaks[i] || (previous & Bit.clause && !(beforePrevious & Bit.negation))) c++;
    clause[i] = c;
    beforePrevious = previous;
    previous = k;
  }
  present = kinds;
  anyQuoted = tokens.quotes && markQuoted();
  hits = [];
  selfDisclosure = false;
  judge();

  // Shouting: most words in capitals, at someone or with an order, and not for joy.
  const caps = tokens.shouted;
  if (caps >= 3 && caps >= count * 0.6 && !(present & Bit.joy)) {
    const pointed = (present & Bit.second) !== 0 || is(0, Bit.imperative);
    // Swearing in capitals ("THIS CLASS IS SHIT") is shouted even with no one named.
    hits.push({ from: 0, to: count - 1, category: 'shouting', weight: pointed ? 0.55 : present & Bit.profanity ? 0.4 : 0.25 });
  }

  // Strongest first, so the first category and suggestion are the ones that matter most.
  sortFew(hits, byWeight);
  let kept = 1;
  const categories: Category[] = [];
  const spans: Span[] = [];
  for (const hit of hits) {
    kept *= 1 - hit.weight;
    // Faint signals (a quoted insult, a lone oath) count towards the score but are not pointed at.
    if (hit.weight < 0.25) continue;
    if (!categories.includes(hit.category)) categories.push(hit.category);
    if (hit.category === 'shouting' || spans.length === maxSpans) continue;
    const start = tokens.start[hit.from]!;
    const end = tokens.end[hit.to]!;
    spans.push({ start, end, category: hit.category, text: text.slice(start, end) });
  }
  sortFew(spans, byStart);
  const score = Math.round((1 - kept) * 1000) / 1000;
  const harsh = score >= threshold;
  return {
    harsh,
    score,
    categories,
    spans,
    selfDisclosure: selfDisclosure && !harsh,
    suggestions: harsh ? suggest(language, categories, spans, count) : [],
  };
}

/** Weighs each harsh-looking word and phrase in its sentence, into `hits`. */
function judge(): void {
  let covered = -1;
  for (let i = 0; i < count; i++) {
    const phrases = phrasesAt(i);
    if (phrases !== undefined) {
      for (const phrase of phrases) {
        const last = i + phrase.hashes.length - 1;
        if (!matches(phrase.hashes, i)) continue;
        if (phrase.weight === 0) {
          covered = Math.max(covered, last);
          continue;
        }
        if (negated(i)) continue;
        if (phrase.aimed && near(last, Bit.group | Bit.third | Bit.second, 4) < 0) continue;
        let weight = phrase.weight;
        // "too early to fuck off": an infinitive, not an order.
        const order = phrase.category === 'dismissive' || phrase.category === 'profanity';
        if (order && !is(last, Bit.second) && (is(i - 1, Bit.infinitive) || is(i - 2, Bit.infinitive)) && near(i, Bit.second, -3) < 0) weight *= 0.3;
        if (phrase.category === 'sexual' && !pointedSex(i)) weight *= 0.3;
        // "nobody cares about me", "I'll deal with it myself": the writer's own lot, not a retort.
        if (phrase.category === 'dismissive' && (is(last + 1, Bit.reflexive) || is(last + 2, Bit.reflexive))) {
          selfDisclosure = true;
          continue;
        }
        // "it may be time to move on": advice in a long, considered message, not a retort.
        if (phrase.category === 'dismissive' && count > longDraft) weight *= 0.6;
        // "People like you are …" opens a judgement; "trans people like you are gorgeous" does not.
        if (phrase.category === 'contempt' && i > 0 && !tokens.breaks[i] && is(i, Bit.group)) weight *= 0.5;
        add(i, last, phrase.category as Category, weight);
        covered = Math.max(covered, last);
      }
    }
    // A word inside a phrase already counted ("go fuck yourself") does not count again.
    if (i <= covered) continue;

    let k = kind[i]!;
    if (k & Bit.positive) {
      // "migrants are not welcome here", "you aren't worthy": a person denied their worth, unless a
      // feeling is described ("you feel you are not worthy").
      if (near(i, Bit.negation, -3) >= 0 && negated(i) && near(i, Bit.feeling, -8) < 0) judgeDenial(i);
      continue;
    }
    // A slur is harsh however it is denied ("I don't support faggots"), unless it is an everyday word too.
    const slur = (k & (Bit.slur | Bit.weak)) === Bit.slur;
    if (!(k & harshKinds) || (!slur && negated(i))) continue;
    // "a dumbass move", "that was a scumbag thing to say": the deed, judged like an adjective.
    if (k & Bit.noun && is(i + 1, Bit.act) && !tokens.breaks[i + 1]) k = Bit.adjective;

    if (k & Bit.slur) {
      // Said of oneself it is reclaimed, not an attack; one that is also an everyday word must be aimed.
      if (!reclaimed(i) && (!(k & Bit.weak) || aimedSlur(i))) add(i, i, 'identity-attack', 0.9);
    } else if (k & Bit.hate) {
      // "hatred", "contempt": the writer's only when they say they feel it.
      if (k & Bit.feeling && near(i, Bit.self, -5) < 0) continue;
      // "he hates you", "you hate yourself": someone else's feeling, told, not the writer's own.
      // ("You disgust me" is the writer's: there the one before the verb is its object.)
      if (!(k & Bit.experiencer) && is(i - 1, Bit.second | Bit.third) && !is(i - 1, Bit.possessive)) continue;
      // "I hate that you went through that", "I hate when you lie": what happened, not the person.
      if (!(k & Bit.feeling) && kind[i + 1] === 0 && addressed(i + 2) && i + 3 < count && !is(i + 3, harshKinds | Bit.group)) continue;
      const target = targetOf(i, !(k & Bit.experiencer));
      if (target === 'self') selfDisclosure = true;
      // "I hate my boss": venting about someone of one's own life, who is not reading.
      else if (target === 'them' && is(i + 1, Bit.self) && is(i + 1, Bit.possessive)) add(i, i, 'contempt', 0.4);
      else if (target !== 'none') add(i, i, target === 'group' ? 'identity-attack' : 'contempt', target === 'you' ? 0.85 : 0.75);
    } else if (k & Bit.violent) {
      // "you hurt real people": what the reader does, told them, not harm the writer means.
      if (!(k & Bit.experiencer) && addressed(i - 1)) continue;
      let target = targetOf(i, true, 6, (k & Bit.experiencer) !== 0);
      // "die, die now": an order to whoever reads it, at the start of a sentence.
      if (target === 'none' && k & Bit.imperative && (i === 0 || tokens.breaks[i])) target = 'you';
      const intent = near(i, Bit.modal, -6) >= 0 || tokens.breaks[i] || i === 0 || is(i - 1, Bit.group);
      if (target === 'self') selfDisclosure = true;
      else if (target !== 'none' && intent) add(i, i, 'threat', target === 'you' ? 0.9 : 0.8);
    } else if (k & (Bit.noun | Bit.adjective | Bit.dehumanizing)) {
      judgeName(i, k);
    } else if (k & Bit.sexual) {
      if (pointedSex(i)) add(i, i, 'sexual', 0.7);
    } else if (!(present & Bit.joy)) {
      // Profanity: harsh when aimed at someone, never when it is joy ("holy shit, congrats!").
      // At someone or at a group, or an oath at the start of a clause with one after: "fuck bulgaria".
      const aimed = near(i, Bit.second, -3) >= 0 || near(i, Bit.second, 2) >= 0 || near(i, Bit.group, 3) >= 0 || near(i, Bit.group, -3) >= 0 ||
        ((tokens.breaks[i] || i === 0) && (is(i + 1, Bit.group | Bit.third) || named(i + 1)));
      add(i, i, 'profanity', aimed ? 0.75 : count <= 3 ? 0.5 : 0.3);
    }
  }
}

/**
 * "I'm a proud queer", "we are faggots", "my fellow dykes": the writer's own. "My" and "our" claim
 * only the word right after them: "answer my texts, fag" is not said of oneself.
 */
function reclaimed(i: number): boolean {
  const j = near(i, Bit.identity, -3);
  return j >= 0 && (j === i - 1 || !(kind[j]! & Bit.possessive));
}

/**
 * A slur that is also an everyday word ("cheese and crackers", "doo wop", "gobbledy gook") counts
 * when it is aimed at someone, stands among other harsh words, or stands almost alone.
 */
function aimedSlur(i: number): boolean {
  const target = targetOf(i, false);
  return (target !== 'none' && target !== 'self' && !attributive(i)) || near(i, harshKinds, -4) >= 0 || near(i, harshKinds, 4) >= 0 || count <= 3;
}

/** What is denied to someone (`i` negated): harsh when it is you or a group. */
function judgeDenial(i: number): void {
  const target = targetOf(i, true);
  if (target === 'you') add(i, i, 'contempt', 0.65);
  else if (target === 'group') add(i, i, 'identity-attack', 0.7);
  else if (target === 'them') add(i, i, 'contempt', 0.4);
}

/**
 * "that horrible experience", "their trash links": a word before a noun the lexicon does not know
 * describes that thing, not a person.
 */
function attributive(i: number): boolean {
  if (i + 1 >= count || entryAt(i + 1)?.known || kind[i + 1] || tokens.breaks[i + 1] || commaBetween(i, i + 1)) return false;
  // "you stupid cow", "they are worthless dirt", "stupid black women": the noun is the person.
  return !is(i - 1, Bit.second | Bit.copula) && !is(i - 2, Bit.copula) && !is(i + 2, Bit.group | Bit.third);
}

/** An insult, an insulting adjective or a dehumanizing word: harsh by whom it is about. */
function judgeName(i: number, k: number): void {
  const target = targetOf(i, false);
  if (target === 'self') {
    selfDisclosure = true;
  } else if (k & Bit.dehumanizing) {
    const close = targetOf(i, false, 3);
    const plural = entryAt(i)!.word.endsWith('s');
    // "they are animals", "you rats", "those fucking animals": about people, not pests.
    if (close === 'group' || close === 'you' || (plural && (close === 'them' || is(i - 1, Bit.profanity)))) add(i, i, 'identity-attack', 0.8);
  } else if (k & Bit.noun && !(k & Bit.weak)) {
    add(i, i, target === 'group' ? 'identity-attack' : 'insult', target !== 'none' ? 0.8 : count <= 4 ? 0.75 : 0.5);
  } else if (target !== 'none' && !felt(i) && !attributive(i)) {
    // A mild name ("trash", "a clown") for someone absent judges how they play or sing, more than who they are.
    const weight = k & Bit.noun && target !== 'them' ? 0.75 : target === 'you' ? 0.7 : target === 'group' ? 0.65 : 0.45;
    add(i, i, target === 'group' ? 'identity-attack' : 'insult', weight);
  } else if (count <= 2) {
    add(i, i, 'insult', 0.6);
  } else if (is(i + 1, Bit.act) && !tokens.breaks[i + 1] && !(k & Bit.noun) && (near(i + 1, Bit.self, 4) < 0 || near(i + 1, Bit.second, 6) >= 0)) {
    // "what a stupid take": aimed at what someone wrote; "a dumb mistake on my part", "stupid
    // question: how do I …" own up to the writer's.
    add(i, i + 1, 'insult', 0.55);
  }
}

// An apostrophe opens a quotation only where it does not end a word (letters, digits, accents).
const quotation = /"[^"\n]{2,}"|“[^”\n]{2,}”|(?<![\w\u00c0-\uffff])'[^'\n]{2,}'(?![\w\u00c0-\uffff])/g;

/** Marks words inside quotation marks: "…", “…”, and '…' where the apostrophes open and close words. Says whether any are. */
function markQuoted(): boolean {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(quotation)) {
    // “@name: …” is a retweet: the words are passed on, not reported.
    if (tokens.bytes[match.index + 1] !== 64) ranges.push([match.index, match.index + match[0].length]);
  }
  // Words and ranges both run in text order: one walk through each.
  for (let i = 0, r = 0; i < count; i++) {
    while (r < ranges.length && ranges[r]![1] <= tokens.start[i]!) r++;
    quoted[i] = r < ranges.length && tokens.start[i]! > ranges[r]![0] && tokens.end[i]! < ranges[r]![1] ? 1 : 0;
  }
  return ranges.length > 0;
}

/**
 * Up to two suggestions for the strongest categories, from the language's templates; `{word}`
 * becomes the word that drove it. The choice follows the draft's length: deterministic, yet not
 * the same sentence every time.
 */
function suggest(language: Language, categories: Category[], spans: Span[], words: number): Suggestion[] {
  return categories.slice(0, 2).map((category) => {
    const word = spans.find((span) => span.category === category)?.text;
    // With no word to name, only the templates that need none.
    const templates = word ? language.suggestions[category] : language.suggestions[category].filter((template) => !template.includes('{word}'));
    const template = templates[words % templates.length]!;
    const at = template.indexOf('{word}');
    // Spliced in, not `replace`d: a "$'" or "$&" in the draft's word would be read as a pattern.
    return { category, text: at < 0 || word === undefined ? template : template.slice(0, at) + word + template.slice(at + 6) };
  });
}
