/**
 * The words of a text, found in one pass over its characters. The text is first copied into bytes
 * (natively, for ASCII), as reading a string a character at a time costs far more than reading an
 * array; runs of ASCII letters are then read four bytes at a time. Each word is hashed as it is
 * read and looked up by number, so ordinary words cost no string at all; only words that need
 * undoing (leetspeak, masking, stretched letters, other scripts) are cut out and cleaned, once
 * the pass is over.
 */

/** A word the lexicon knows. */
export interface Entry {
  /** Its place in `Lexicon.entries`, from 1: 0 means no entry. */
  id: number;
  word: string;
  /** Bits of the kinds it belongs to. */
  kind: number;
  /** Listed as a word of some kind, not only as the start of a phrase: the reader knows what it is. */
  known: boolean;
  /** Phrases that start with it, as word hashes. */
  phrases?: { hashes: number[]; category: string; weight: number; aimed?: boolean }[];
  /**
   * One bit per second word of its phrases (its hash modulo 32), all of them for a phrase of one
   * word; none without phrases. The word after it rarely has one.
   */
  follows: number;
}

/**
 * The words of a language in an open-addressing hash table: a lookup is a few array reads, where
 * a `Map` costs a call and a hash of its own for every word of every message.
 */
export interface Lexicon {
  /**
   * Two numbers per slot, side by side so that a lookup reads one place in memory: the hash
   * stored there, and where its entry's spelling starts plus one (0 for an empty slot).
   */
  slots: Int32Array;
  /**
   * Every entry's word, to compare a word with in place: the entry's id, the word's length,
   * then its characters as bytes folded to small case, four to a number, and the last none to
   * three in one more.
   */
  spellings: Int32Array;
  /** By id; none at 0. */
  entries: (Entry | undefined)[];
  /**
   * Each entry's `kind` and `follows`, by id (0 for no entry): read for every word as numbers,
   * which a word without an entry reads as well, without a branch.
   */
  kinds: Int32Array;
  follows: Int32Array;
  mask: number;
  /** Words that may hide behind asterisks, by length: a masked word is compared with those of its own. */
  maskable: Entry[][];
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
  // At most a quarter of the slots taken, so that few lookups go past the first.
  let size = 64;
  while (size < entries.length * 4) size *= 2;
  const words = entries.map((entry) => entry.word).join('');
  const lexicon: Lexicon = {
    slots: new Int32Array(size * 2),
    // Per entry its id, its length, a number per four characters, and one for the rest.
    spellings: new Int32Array(3 * entries.length + (words.length >> 2)),
    entries: [undefined, ...entries],
    kinds: new Int32Array(entries.length + 1),
    follows: new Int32Array(entries.length + 1),
    mask: size - 1,
    maskable: [],
    filter: new Uint32Array(2048),
    foreign: /[^\0-\x7f]/.test(words),
  };
  let at = 0;
  entries.forEach((entry, index) => {
    entry.id = index + 1;
    lexicon.kinds[entry.id] = entry.kind;
    lexicon.follows[entry.id] = entry.follows;
    const spelling = at;
    lexicon.spellings[at++] = entry.id;
    lexicon.spellings[at++] = entry.word.length;
    for (let i = 0; i <= entry.word.length; i += 4) {
      // Letters beyond a byte never match a word read fast, which is plain ASCII.
      for (let k = 0; k < 4 && i + k < entry.word.length; k++) lexicon.spellings[at]! |= (Math.min(entry.word.charCodeAt(i + k), 255) | 32) << (k << 3);
      at++;
    }
    const hash = hashWord(entry.word);
    lexicon.filter[(hash >>> 5) & 2047]! |= 1 << (hash & 31);
    let slot = hash & lexicon.mask;
    while (lexicon.slots[2 * slot + 1]) slot = (slot + 1) & lexicon.mask;
    lexicon.slots[2 * slot] = hash;
    lexicon.slots[2 * slot + 1] = spelling + 1;
  });
  for (const entry of maskable) (lexicon.maskable[entry.word.length] ??= []).push(entry);
  return lexicon;
}

/**
 * Where the spelling of the entry stored under `hash` starts, or -1; its word still has to be
 * checked, as hashes can collide.
 */
function atHash({ slots, mask, filter }: Lexicon, hash: number): number {
  if (!((filter[(hash >>> 5) & 2047]! >>> (hash & 31)) & 1)) return -1;
  for (let slot = hash & mask; slots[2 * slot + 1]; slot = (slot + 1) & mask) {
    if (slots[2 * slot] === hash) return slots[2 * slot + 1]! - 1;
  }
  return -1;
}

export interface Tokens {
  count: number;
  /** The text as bytes, one per UTF-16 unit: ASCII as itself, anything else as its class (`Byte`). */
  bytes: Uint8Array;
  /** The text has quotation marks: '"', '“' or an apostrophe outside a word. */
  quotes: boolean;
  /** The kinds of all the words found, together: whether anything needs a closer look. */
  kinds: number;
  /**
   * Where one of the language's phrases may start: each word that starts one and is followed by a
   * word that could be its second. Most drafts have a word that starts one ("you"); few, this.
   */
  phraseStarts: Int32Array;
  /** How many of `phraseStarts` there are (a word may be among them twice). */
  phraseStartCount: number;
  /** How many words are in capitals. */
  shouted: number;
  start: Int32Array;
  end: Int32Array;
  /**
   * The lexicon entry of each word, by id (0 for none). Ids, not the entries themselves: storing
   * an object, or `undefined`, for every word costs the loop more than all its other stores.
   */
  entryId: Int32Array;
  /** Each word's hash, for matching phrases. */
  hash: Int32Array;
  caps: Uint8Array;
  /** The word starts a new sentence or clause: a stop came before it. */
  breaks: Uint8Array;
}

// FNV-1a's offset basis, cut to 30 bits.
const seed = 0x011c9dc5;

/** Mixes into the hash four letters at once (fewer, zero-padded, ending a run) or one other character. */
function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x9e3779b1);
}

/**
 * Spreads the high bits, where the last letters of a run land, into the low ones, which pick the
 * slot; 30 bits keep it a small integer.
 */
function finish(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (hash ^ (hash >>> 13)) & 0x3fffffff;
}

/**
 * The same hash at build time as while scanning: ASCII letters, in either case, four to a step,
 * every run of them ending in a step of what is left (none to three, zero-padded); any other
 * character on its own.
 */
export function hashWord(word: string): number {
  let hash = seed;
  let letters = 0;
  let shift = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) {
      letters |= lower << shift;
      shift += 8;
      if (shift < 32) continue;
      hash = mix(hash, letters);
    } else {
      hash = mix(mix(hash, letters), code);
    }
    letters = 0;
    shift = 0;
  }
  return finish(mix(hash, letters));
}

// Scratch space reused by every call: allocating typed arrays per message costs more than reading
// the message. Analysis is synchronous and never re-entered, so sharing is safe.
let capacity = 0;
let scratch: Tokens;
/** The words to look at again after the loop, each as its index times four plus a `Closer`. */
let closer = new Int32Array(0);
let bytes = new Uint8Array(256);
/** The same bytes, read four at a time. */
let view = new DataView(bytes.buffer);
const encoder = new TextEncoder();

function buffers(size: number): Tokens {
  if (size > capacity) {
    capacity = Math.max(size, capacity * 2, 256);
    scratch = {
      count: 0,
      bytes,
      quotes: false,
      kinds: 0,
      phraseStarts: new Int32Array(capacity * 3),
      phraseStartCount: 0,
      shouted: 0,
      start: new Int32Array(capacity),
      end: new Int32Array(capacity),
      entryId: new Int32Array(capacity),
      hash: new Int32Array(capacity),
      caps: new Uint8Array(capacity),
      breaks: new Uint8Array(capacity),
    };
    closer = new Int32Array(capacity);
  }
  scratch.count = 0;
  scratch.bytes = bytes;
  scratch.quotes = false;
  scratch.kinds = 0;
  scratch.phraseStartCount = 0;
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
  /** A letter three times in a row: "stuuupid". */
  Stretched = 64,
}

/** Why a word is looked at again after the loop, which makes no calls. */
const enum Closer {
  /** Disguised: cleaned, then looked up. */
  Clean = 0,
  /** "tranny's", "he's": looked up without the "'s". */
  Possessive = 1,
  /** Letters of another script and no small ASCII letter: in capitals only if its own letters are. */
  Case = 2,
}

/** What a character beyond ASCII becomes in the bytes: only its class matters to the reader. */
const enum Byte {
  /** ’ */
  RightQuote = 0x80,
  /** ‘ “ */
  OpeningQuote = 0x81,
  /** A letter of another script. */
  Letter = 0x82,
  /** Punctuation, symbols and emoji, which from U+2000 on separate words. */
  Other = 0x83,
  /** … : where a shortened post was cut. */
  Ellipsis = 0x84,
}

// One table lookup per byte instead of a chain of comparisons.
const classes = new Uint8Array(256);
for (let c = 97; c <= 122; c++) classes[c] = Char.Lower;
for (let c = 65; c <= 90; c++) classes[c] = Char.Upper;
for (let c = 48; c <= 57; c++) classes[c] = Char.Digit;
classes[64] = classes[36] = Char.Leet;
classes[42] = Char.Star;
classes[39] = classes[Byte.RightQuote] = Char.Apostrophe;
for (const c of [46, 63, 59, 10, 33]) classes[c] = Char.Stop;
classes[Byte.Letter] = Char.Foreign;

function isLetter(byte: number): boolean {
  const kind = classes[byte];
  return kind === Char.Lower || kind === Char.Upper || kind === Char.Foreign;
}

/**
 * The text as one byte per UTF-16 unit, so that offsets stay the text's own: ASCII as itself,
 * copied natively; anything else as its class.
 */
function toBytes(text: string): Uint8Array {
  const length = text.length;
  // Room for a word read four bytes at a time up to the end.
  if (length + 4 > bytes.length) {
    bytes = new Uint8Array(Math.max(length + 4, bytes.length * 2));
    view = new DataView(bytes.buffer);
  }
  const { read, written } = encoder.encodeInto(text, bytes);
  // As many bytes as characters, and all of them read: the text is ASCII.
  if (read !== length || written !== length) {
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      bytes[i] =
        code < 128 ? code
        : code === 0x2019 ? Byte.RightQuote
        : code === 0x2018 || code === 0x201c ? Byte.OpeningQuote
        : code === 0x2026 ? Byte.Ellipsis
        : code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7 ? Byte.Letter
        : Byte.Other;
    }
  }
  // The end of the text ends its last word.
  bytes[length] = 0;
  return bytes;
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

/**
 * Whether the bytes from `start` to `end` spell the word whose spelling starts at `at`, ignoring
 * the case of ASCII letters: four at a time, folded as the lexicon's are. (Folding touches only
 * capitals among the characters a word read fast can hold: letters, digits, apostrophes.)
 */
function spells(start: number, end: number, spellings: Int32Array, at: number): boolean {
  // The entry's id, then the word's length, then its letters.
  if (end - start !== spellings[at + 1]) return false;
  let i = start;
  for (at += 2; end - i >= 4; i += 4, at++) if ((view.getInt32(i, true) | 0x20202020) !== spellings[at]) return false;
  return ((view.getInt32(i, true) | 0x20202020) & ((1 << ((end - i) << 3)) - 1)) === spellings[at];
}

export function find(word: string, lexicon: Lexicon): Entry | undefined {
  const at = atHash(lexicon, hashWord(word));
  const entry = at < 0 ? undefined : lexicon.entries[lexicon.spellings[at]!];
  return entry?.word === word ? entry : undefined;
}

/** "f***", "sh*t": a masked word is one of the same length with the same visible letters; swearing comes first, as it is masked far more often than slurs. */
function unmask(word: string, lexicon: Lexicon): Entry | undefined {
  return lexicon.maskable[word.length]?.find((entry) => shows(word, entry.word));
}

/** Whether every letter that `masked` shows is the letter of `word` in its place. */
function shows(masked: string, word: string): boolean {
  for (let i = 0; i < masked.length; i++) if (masked[i] !== '*' && masked[i] !== word[i]) return false;
  return true;
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

/** Whether the first three, or the middle three, of up to four letters (zero-padded) are one letter. */
function stretch(letters: number): boolean {
  // A zero byte where a letter equals the next, then where two in a row do.
  const same = letters ^ (letters >>> 8);
  const twice = same | (same >>> 8);
  return (twice & 0xff) === 0 || (twice & 0xff00) === 0;
}

/** The words of `text`. The arrays are shared scratch space: read them before the next call. */
export function tokenize(text: string, lexicon: Lexicon): Tokens {
  const length = text.length;
  const codes = toBytes(text);
  // At most one word per two characters.
  const tokens = buffers((length >> 1) + 1);
  // The arrays in locals: the loop stores into them for every word.
  const { start: starts, end: ends, hash: hashes, entryId: ids, caps: capitals, breaks: clauses, phraseStarts } = tokens;
  const { kinds, follows: followsOf } = lexicon;
  let count = 0;
  let shouted = 0;
  let present = 0;
  let breaks = 0;
  /** Single letters in a row ("s t u p i d"), to join afterwards. */
  let singles = 0;
  let spaced = false;
  let phraseStartCount = 0;
  /** The `follows` bits of the word before. */
  let follows = 0;
  let closerLooks = 0;
  let i = 0;
  while (i < length) {
    let code = codes[i]!;
    // Spaces, between almost every two words, first.
    if (code === 32) {
      i++;
      continue;
    }
    const kind = classes[code] as Char;
    if (kind === Char.Other || kind === Char.Stop || kind === Char.Apostrophe) {
      if (kind === Char.Stop) breaks = 1;
      else if (code === 34 || code === 39 || code === Byte.RightQuote || code === Byte.OpeningQuote) tokens.quotes = true;
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
    /** The word's ASCII letters OR-ed: bit 5 is set in small letters and clear in capitals. */
    let seen = 0;
    for (;;) {
      // Plain ASCII letters, the bulk of any text, four at a time: each byte's top bit says
      // whether it is a letter (from 0x61 to 0x7a, once bit 5 folds capitals to small letters).
      /** The four letters read before these: their last two may start a stretch with the next. */
      let before = 0;
      for (;;) {
        const four = view.getInt32(i, true);
        const folded = four | 0x20202020;
        const marks = (folded + 0x1f1f1f1f) & ~(folded + 0x05050505) & 0x80808080;
        // Letters before the first byte that is not one: 0 to 4. Even none make a step, which
        // ends the run as `hashWord` ends it, so that the loop has a single way out.
        const gaps = ~marks & 0x80808080;
        // The bytes before the first gap, without a branch, which word lengths would make a
        // guess: the lowest gap bit moved down to its byte's first bit, less one (-1 for none).
        const keep = ((gaps & -gaps) >>> 7) - 1;
        const run = (32 - Math.clz32(keep)) >> 3;
        const letters = folded & keep;
        hash = mix(hash, letters);
        seen |= four & keep;
        if ((run > 2 && stretch(letters)) || (before && stretch((before >>> 16) | (letters << 16)))) flags |= Flag.Stretched;
        i += run;
        if (run < 4) break;
        before = letters;
      }
      code = codes[i]!;
      if (code === 32 || i >= length) break;
      let kind = classes[code] as Char;
      // "!" is leetspeak between letters ("sh!t"); an apostrophe joins letters ("don't").
      if (code === 33 && isLetter(codes[i + 1]!)) kind = Char.Leet;
      else if (kind === Char.Apostrophe && !isLetter(codes[i + 1]!)) break;
      if (kind === Char.Other || kind === Char.Stop) break;
      if (kind === Char.Foreign) {
        flags |= Flag.Clean | Flag.Foreign;
      } else {
        others++;
        if (code === 50 || code === 54 || code === 57) flags |= Flag.Numeric;
        flags |= kind === Char.Star ? Flag.Clean | Flag.Masked : kind === Char.Apostrophe && code === 39 ? 0 : Flag.Clean;
      }
      hash = mix(hash, code);
      i++;
    }
    // "https://t.co/…": an address, not words.
    if (code === 58 && i + 2 < length && codes[i + 1] === 47 && codes[i + 2] === 47) {
      while (i < length && codes[i]! > 32) i++;
      continue;
    }
    const letters = i - start - others;
    if ((letters === 0 && !(flags & Flag.Masked)) || mention) continue;
    hash = finish(hash);
    const n = count++;
    if (seen & 0x20202020) flags |= Flag.Lower;
    else if (seen) flags |= Flag.Upper;

    let id = 0;
    // A lexicon of plain ASCII words has nothing to find in Arabic, Cyrillic or Chinese; nor is
    // a number a disguised word.
    const plain = flags & Flag.Numeric || (flags & Flag.Foreign && !lexicon.foreign);
    // "ho…", "nig…": a short word cut off where a post was shortened is the start of another word.
    const cut = code === Byte.Ellipsis && i - start <= 3;
    if (!cut && (plain || !(flags & Flag.Clean))) {
      const at = atHash(lexicon, hash);
      // Hashes can collide; the word decides, compared in place.
      if (at >= 0 && spells(start, i, lexicon.spellings, at)) id = lexicon.spellings[at]!;
      // No word has a letter three times in a row: "stuuupid" is stretched.
      else if (!plain && flags & Flag.Stretched) flags |= Flag.Clean;
      // "tranny's", "he's": the word before the apostrophe.
      else if (others && i - start > 2 && codes[i - 2] === 39 && (codes[i - 1]! | 32) === 115) closer[closerLooks++] = (n << 2) | Closer.Possessive;
    }
    // Calls wait until after the loop: one here would slow every word, as the compiler then keeps
    // less of what it knows about the arrays from one word to the next.
    if (!cut && !plain && flags & Flag.Clean) closer[closerLooks++] = (n << 2) | Closer.Clean;
    starts[n] = start;
    ends[n] = i;
    hashes[n] = hash;
    ids[n] = id;
    if ((follows >>> (hash & 31)) & 1) phraseStarts[phraseStartCount++] = n - 1;
    present |= kinds[id]!;
    follows = followsOf[id]!;
    // Capitals and no small letters; with other scripts' letters, those decide after the loop.
    const caps = (flags & (Flag.Upper | Flag.Lower | Flag.Foreign)) === Flag.Upper && letters > 1 ? 1 : 0;
    if ((flags & (Flag.Foreign | Flag.Lower)) === Flag.Foreign && letters > 1) closer[closerLooks++] = (n << 2) | Closer.Case;
    capitals[n] = caps;
    shouted += caps;
    clauses[n] = breaks;
    breaks = 0;
    // The end of the text ends a spaced word as a space does: "k y s".
    const space = code === 32 || i >= length;
    if (i - start === 1 && space) {
      if (++singles >= 3) spaced = true;
    } else if (i - start > 2 || !space) {
      singles = 0;
    }
  }
  for (let k = 0; k < closerLooks; k++) {
    const n = closer[k]! >> 2;
    const raw = text.slice(starts[n], ends[n]);
    const reason = (closer[k]! & 3) as Closer;
    if (reason === Closer.Case) {
      // Scripts without case count as small letters.
      if (raw !== raw.toLowerCase() && raw === raw.toUpperCase()) {
        capitals[n] = 1;
        shouted++;
      }
      continue;
    }
    let entry: Entry | undefined;
    if (reason === Closer.Clean) {
      const word = clean(raw);
      // Stars stay in a cleaned word: each hides one letter.
      entry = undisguise(word, word.includes('*'), lexicon);
      // Phrases match on the word found ("shut the f*** up"), not on its disguise.
      hashes[n] = hashWord(entry?.word ?? word);
    } else {
      entry = find(raw.slice(0, -2).toLowerCase(), lexicon);
    }
    if (entry !== undefined) {
      ids[n] = entry.id;
      present |= entry.kind;
    }
    // The word's hash or entry has changed: whether a phrase may start before it or at it. (At
    // most two per word, with the one from the loop: `phraseStarts` has room for three.)
    if (n > 0 && mayStartPhrase(followsOf[ids[n - 1]!]!, hashes[n]!)) phraseStarts[phraseStartCount++] = n - 1;
    if (mayStartPhrase(followsOf[ids[n]!]!, n + 1 < count ? hashes[n + 1]! : 0)) phraseStarts[phraseStartCount++] = n;
  }
  // The last word, with no word after it, may be a phrase of one word.
  if (follows & 1) phraseStarts[phraseStartCount++] = count - 1;
  tokens.count = count;
  tokens.shouted = shouted;
  tokens.kinds = present;
  tokens.phraseStartCount = phraseStartCount;
  return spaced ? joinSpacedLetters(text, tokens, lexicon) : tokens;
}

/** Whether a phrase may start at a word whose entry has these `follows` bits, followed by a word with this hash (0 for none). */
export function mayStartPhrase(follows: number, next: number): boolean {
  return ((follows >>> (next & 31)) & 1) !== 0;
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
    tokens.entryId[write] = entry?.id ?? tokens.entryId[read]!;
    if (!entry) tokens.hash[write] = tokens.hash[read]!;
    tokens.caps[write] = entry ? 0 : tokens.caps[read]!;
    tokens.breaks[write] = tokens.breaks[read]!;
    if (entry) tokens.kinds |= entry.kind;
    read = last + 1;
  }
  tokens.count = write;
  // Joined words make new neighbours.
  tokens.phraseStartCount = 0;
  for (let i = 0; i < write; i++) if (mayStartPhrase(lexicon.follows[tokens.entryId[i]!]!, i + 1 < write ? tokens.hash[i + 1]! : 0)) tokens.phraseStarts[tokens.phraseStartCount++] = i;
  return tokens;
}
