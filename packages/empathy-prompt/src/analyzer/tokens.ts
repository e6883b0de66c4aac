/**
 * The words of a text, found in one pass over its characters. Each word is hashed as it is read
 * and looked up by number, so ordinary words cost no string at all; only words that need undoing
 * (leetspeak, masking, stretched letters, other scripts) are cut out and cleaned.
 */

/** A word the lexicon knows. */
export interface Entry {
  word: string;
  /** Bits of the kinds it belongs to. */
  kind: number;
  /** Phrases that start with it, as word hashes. */
  phrases?: { hashes: number[]; category: string; weight: number; aimed?: boolean }[];
}

/**
 * The words of a language in an open-addressing hash table: a lookup is a few array reads, where
 * a `Map` costs a call and a hash of its own for every word of every message.
 */
export interface Lexicon {
  /** Per slot: the entry's index plus one; 0 for an empty slot. */
  slots: Int32Array;
  /** Per slot: the hash stored there. */
  hashes: Int32Array;
  entries: Entry[];
  mask: number;
  /** Words that may hide behind asterisks. */
  maskable: Entry[];
  /** Some words have letters beyond ASCII ("imbécil"). */
  foreign: boolean;
  /**
   * One bit per hash value (modulo 2^16), set for the lexicon's words: most words of a message
   * are not in the lexicon, and a bit in a small table says so faster than the table itself.
   */
  filter: Uint32Array;
}

/** A lexicon of `entries` (their words distinct). */
export function buildLexicon(entries: Entry[], maskable: Entry[]): Lexicon {
  let size = 64;
  while (size < entries.length * 4) size *= 2;
  const lexicon: Lexicon = { slots: new Int32Array(size), hashes: new Int32Array(size), entries, mask: size - 1, maskable, filter: new Uint32Array(2048), foreign: entries.some((entry) => [...entry.word].some((c) => c.charCodeAt(0) > 127)) };
  entries.forEach((entry, index) => {
    const hash = hashWord(entry.word);
    lexicon.filter[(hash >>> 5) & 2047]! |= 1 << (hash & 31);
    let slot = hash & lexicon.mask;
    while (lexicon.slots[slot]) slot = (slot + 1) & lexicon.mask;
    lexicon.slots[slot] = index + 1;
    lexicon.hashes[slot] = hash;
  });
  return lexicon;
}

/** The entry stored under `hash`; its word still has to be checked, as hashes can collide. */
function atHash({ slots, hashes, entries, mask, filter }: Lexicon, hash: number): Entry | undefined {
  if (!((filter[(hash >>> 5) & 2047]! >>> (hash & 31)) & 1)) return undefined;
  for (let slot = hash & mask; slots[slot]; slot = (slot + 1) & mask) {
    if (hashes[slot] === hash) return entries[slots[slot]! - 1];
  }
  return undefined;
}

export interface Tokens {
  count: number;
  /** The text has quotation marks: '"', '“' or an apostrophe outside a word. */
  quotes: boolean;
  /** The kinds of all the words found, together: whether anything needs a closer look. */
  kinds: number;
  /** How many words are in capitals. */
  shouted: number;
  start: Int32Array;
  end: Int32Array;
  /** The lexicon entry of each word, if it has one. */
  entry: (Entry | undefined)[];
  /** The kind bits of each word's entry (0 for none); the reader may refine them in place. */
  kind: Int32Array;
  /** Each word's hash, for matching phrases. */
  hash: Int32Array;
  caps: Uint8Array;
  /** The word starts a new sentence or clause: a stop came before it. */
  breaks: Uint8Array;
}

const seed = 0x811c9dc5;

/** One step of FNV-1a, kept to 30 bits so the engine keeps it a small integer. */
function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;
}

/** The same hash at build time as while scanning. */
export function hashWord(word: string): number {
  let hash = seed;
  for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
  return hash;
}

// Scratch space reused by every call: allocating typed arrays per message costs more than reading
// the message. Analysis is synchronous and never re-entered, so sharing is safe.
let capacity = 0;
let scratch: Tokens;

function buffers(size: number): Tokens {
  if (size > capacity) {
    capacity = Math.max(size, capacity * 2, 256);
    scratch = {
      count: 0,
      quotes: false,
      kinds: 0,
      shouted: 0,
      start: new Int32Array(capacity),
      end: new Int32Array(capacity),
      // Filled to size, so that stores stay in bounds.
      entry: new Array<Entry | undefined>(capacity).fill(undefined),
      hash: new Int32Array(capacity),
      kind: new Int32Array(capacity),
      caps: new Uint8Array(capacity),
      breaks: new Uint8Array(capacity),
    };
  }
  scratch.count = 0;
  scratch.quotes = false;
  scratch.kinds = 0;
  scratch.shouted = 0;
  return scratch;
}

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i' };

const enum Char {
  Other = 0,
  Lower = 1,
  Upper = 2,
  Digit = 3,
  /** @ $ (and ! between letters): leetspeak */
  Leet = 4,
  /** * : masking */
  Star = 5,
  /** ' ’ between letters */
  Apostrophe = 6,
  /** . ! ? ; and line breaks: the end of a clause */
  Stop = 7,
  /** A letter of another script */
  Foreign = 8,
}

// Lower and Upper have the same values as in `Char`, so a letter's class is its flag.
const enum Flag {
  Lower = 1,
  Upper = 2,
  /** Needs cleaning: leetspeak, masking, a curly apostrophe, another script, stretched letters. */
  Clean = 4,
  Masked = 8,
  /** Has letters of another script. */
  Foreign = 16,
  /** Has digits that leetspeak never uses (2, 6, 9): a code or a number, not a disguised word. */
  Numeric = 32,
}

// One table lookup per ASCII character instead of a chain of comparisons.
const ascii = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ascii[c] = Char.Lower;
for (let c = 65; c <= 90; c++) ascii[c] = Char.Upper;
for (let c = 48; c <= 57; c++) ascii[c] = Char.Digit;
ascii[64] = ascii[36] = Char.Leet;
ascii[42] = Char.Star;
ascii[39] = Char.Apostrophe;
for (const c of [46, 63, 59, 10, 33]) ascii[c] = Char.Stop;

function classify(code: number): Char {
  if (code < 128) return ascii[code] as Char;
  if (code === 0x2019) return Char.Apostrophe;
  // Letters of other scripts; punctuation and emoji from U+2000 on separate words.
  return code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7 ? Char.Foreign : Char.Other;
}

function isLetter(code: number): boolean {
  const kind = classify(code);
  return kind === Char.Lower || kind === Char.Upper || kind === Char.Foreign;
}

/**
 * Undoes obfuscation inside one word in a single pass: "m0r0n" → "moron", "sh!t" → "shit",
 * "stuuupid" → "stupid", "D3ATH" → "death".
 */
export function clean(raw: string): string {
  const lower = raw.toLowerCase();
  let word = '';
  for (let i = 0; i < lower.length; i++) {
    let c = lower[i]!;
    if (c === '’') c = "'";
    c = leet[c] ?? c;
    // A letter three times or more is stretched: keep two ("sooo", "asssshole" → "asshole").
    // Stars stay: each hides one letter.
    if (c !== '*' && word.length >= 2 && c === word[word.length - 1] && c === word[word.length - 2]) continue;
    word += c;
  }
  word = word.replace(/^'+|'+$/g, '');
  return word;
}

/** Whether `text` from `start` to `end` spells `word`, ignoring the case of ASCII letters. */
function spells(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90 ? code | 32 : code) !== word.charCodeAt(i - start)) return false;
  }
  return true;
}

export function find(word: string, lexicon: Lexicon): Entry | undefined {
  const entry = atHash(lexicon, hashWord(word));
  return entry?.word === word ? entry : undefined;
}

/** "f***", "sh*t": a masked word is one of the same length with the same visible letters; swearing comes first, as it is masked far more often than slurs. */
function unmask(word: string, lexicon: Lexicon): Entry | undefined {
  return lexicon.maskable.find((entry) => entry.word.length === word.length && [...word].every((c, i) => c === '*' || c === entry.word[i]));
}

/** The entry a cleaned word stands for, if any. */
function undisguise(word: string, masked: boolean, lexicon: Lexicon): Entry | undefined {
  const entry =
    find(word, lexicon) ??
    // "stuuupid" keeps two u's after cleaning; "stupid" has one.
    (/([^*])\1/.test(word) ? find(word.replace(/(.)\1+/g, '$1'), lexicon) : undefined) ??
    (masked ? unmask(word, lexicon) : undefined) ??
    // "niggers*": a trailing star marks a correction, not a hidden letter.
    (word.endsWith('*') ? find(word.replace(/\*+$/, ''), lexicon) : undefined);
  // "tranny’s", "he’s": the word before the apostrophe.
  return entry ?? (word.endsWith("'s") ? find(word.slice(0, -2), lexicon) : undefined);
}

/** The words of `text`. The arrays are shared scratch space: read them before the next call. */
export function tokenize(text: string, lexicon: Lexicon): Tokens {
  const length = text.length;
  // At most one word per two characters.
  const tokens = buffers((length >> 1) + 1);
  // The arrays in locals: the loop stores into them for every word.
  const { start: starts, end: ends, hash: hashes, entry: entries, kind: kinds, caps: capitals, breaks: clauses } = tokens;
  let count = 0;
  let shouted = 0;
  let present = 0;
  let breaks = 0;
  /** Single letters in a row ("s t u p i d"), to join afterwards. */
  let singles = 0;
  let spaced = false;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    // Spaces, between almost every two words, first.
    if (code === 32) {
      i++;
      continue;
    }
    let kind = code < 128 ? (ascii[code] as Char) : classify(code);
    if (kind === Char.Other || kind === Char.Stop || kind === Char.Apostrophe) {
      if (kind === Char.Stop) breaks = 1;
      else if (code === 34 || code === 39 || code === 0x2018 || code === 0x2019 || code === 0x201c) tokens.quotes = true;
      i++;
      continue;
    }
    // A word starts here and runs to the next space, stop or stray punctuation.
    const start = i;
    // "@name" is someone's handle, not leetspeak.
    const mention = code === 64;
    let hash = seed;
    let flags = 0;
    /** Characters of the word that are not letters: digits, stars, apostrophes. */
    let others = 0;
    /** The previous character folded to lower case, and how many times in a row it came. */
    let previous = 0;
    let run = 0;
    /** Nonzero once a character came three times in a row ("stuuupid"). */
    let stretched = 0;
    for (;;) {
      // Plain ASCII letters, the bulk of any text, in a loop of their own without branches.
      for (; i < length; i++) {
        code = text.charCodeAt(i);
        const lower = code | 32;
        if (lower < 97 || lower > 122) break;
        // Bit 5 is clear in capitals: Flag.Upper for them, Flag.Lower otherwise.
        flags |= 2 >> ((code >> 5) & 1);
        run = lower === previous ? run + 1 : 1;
        stretched |= (run + 1) >> 2;
        previous = lower;
        hash = step(hash, lower);
      }
      if (i >= length || code === 32) break;
      kind = code < 128 ? (ascii[code] as Char) : classify(code);
      // "!" is leetspeak between letters ("sh!t"); an apostrophe joins letters ("don't").
      if (code === 33 && isLetter(i + 1 < length ? text.charCodeAt(i + 1) : 32)) kind = Char.Leet;
      else if (kind === Char.Apostrophe && !isLetter(i + 1 < length ? text.charCodeAt(i + 1) : 32)) break;
      if (kind === Char.Other || kind === Char.Stop) break;
      if (kind === Char.Foreign) {
        flags |= Flag.Clean | Flag.Foreign;
      } else {
        others++;
        if (code === 50 || code === 54 || code === 57) flags |= Flag.Numeric;
        flags |= kind === Char.Star ? Flag.Clean | Flag.Masked : kind === Char.Apostrophe && code === 39 ? 0 : Flag.Clean;
      }
      run = code === previous ? run + 1 : 1;
      stretched |= (run + 1) >> 2;
      previous = code;
      hash = step(hash, code);
      i++;
    }
    // "https://t.co/…": an address, not words.
    if (code === 58 && i + 2 < length && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
      while (i < length && text.charCodeAt(i) > 32) i++;
      continue;
    }
    if (stretched) flags |= Flag.Clean;
    const letters = i - start - others;
    if ((letters === 0 && !(flags & Flag.Masked)) || mention) continue;
    // The case of other scripts' letters, once per word; scripts without case count as lower.
    if (flags & Flag.Foreign && !(flags & Flag.Lower)) {
      const word = text.slice(start, i);
      flags |= word === word.toLowerCase() ? Flag.Lower : word !== word.toUpperCase() ? Flag.Lower | Flag.Upper : Flag.Upper;
    }

    let entry: Entry | undefined;
    // A lexicon of plain ASCII words has nothing to find in Arabic, Cyrillic or Chinese.
    if (flags & Flag.Numeric || (flags & Flag.Foreign && !lexicon.foreign)) flags &= ~Flag.Clean;
    if (flags & Flag.Clean) {
      const word = clean(text.slice(start, i));
      entry = undisguise(word, (flags & Flag.Masked) !== 0, lexicon);
      // Phrases match on the word found ("shut the f*** up"), not on its disguise.
      hash = hashWord(entry?.word ?? word);
    } else {
      entry = atHash(lexicon, hash);
      // Hashes can collide; the word decides, compared in place.
      if (entry && !spells(text, start, i, entry.word)) entry = undefined;
      // "tranny's", "he's": the word before the apostrophe.
      if (!entry && others && i - start > 2 && text.charCodeAt(i - 2) === 39 && (text.charCodeAt(i - 1) | 32) === 115) entry = find(text.slice(start, i - 2).toLowerCase(), lexicon);
    }
    const n = count++;
    starts[n] = start;
    ends[n] = i;
    hashes[n] = hash;
    entries[n] = entry;
    const bits = entry ? entry.kind : 0;
    kinds[n] = bits;
    present |= bits;
    const caps = (flags & (Flag.Upper | Flag.Lower)) === Flag.Upper && letters > 1 ? 1 : 0;
    capitals[n] = caps;
    shouted += caps;
    clauses[n] = breaks;
    breaks = 0;
    const space = i < length && text.charCodeAt(i) === 32;
    if (i - start === 1 && space) {
      if (++singles >= 3) spaced = true;
    } else if (i - start > 2 || !space) {
      singles = 0;
    }
  }
  tokens.count = count;
  tokens.shouted = shouted;
  tokens.kinds = present;
  return spaced ? joinSpacedLetters(text, tokens, lexicon) : tokens;
}

/** "what a st u p i d take" → "stupid": runs of one- and two-letter pieces, single spaces between. */
function joinSpacedLetters(text: string, tokens: Tokens, lexicon: Lexicon): Tokens {
  const { start, end } = tokens;
  let write = 0;
  for (let read = 0; read < tokens.count; write++) {
    let j = read;
    let singles = 0;
    // No word is longer than this; the limit keeps a pasted wall of letters linear.
    while (j < tokens.count && j - read < 24 && end[j]! - start[j]! <= 2 && (j === read || start[j] === end[j - 1]! + 1)) {
      if (end[j]! - start[j]! === 1) singles++;
      j++;
    }
    // The longest run from here that spells a word the lexicon knows, read letter by letter.
    let last = read;
    let entry: Entry | undefined;
    if (singles >= 3) {
      let word = '';
      for (let k = read; k < j; k++) {
        word += clean(text.slice(start[k], end[k]));
        const found = k - read >= 2 ? find(word, lexicon) : undefined;
        if (found) {
          entry = found;
          last = k;
          tokens.hash[write] = hashWord(word);
        }
      }
    }
    if (!entry) last = read;
    start[write] = start[read]!;
    end[write] = end[last]!;
    tokens.entry[write] = entry ?? tokens.entry[read];
    tokens.kind[write] = entry ? entry.kind : tokens.kind[read]!;
    if (!entry) tokens.hash[write] = tokens.hash[read]!;
    tokens.caps[write] = entry ? 0 : tokens.caps[read]!;
    tokens.breaks[write] = tokens.breaks[read]!;
    if (entry) tokens.kinds |= entry.kind;
    read = last + 1;
  }
  tokens.count = write;
  return tokens;
}
