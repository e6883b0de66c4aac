/** The kinds of harshness the analyzer tells apart. */
export type Category = 'insult' | 'contempt' | 'dismissive' | 'threat' | 'identity-attack' | 'profanity' | 'shouting' | 'sexual';

/** How a word behaves in a sentence. */
export type WordKind =
  | 'noun' // an insult for a person: "idiot"
  | 'adjective' // insulting only about people: "stupid"
  | 'slur' // an attack on who someone is
  | 'dehumanizing' // "vermin", "parasites": about people, not pests
  | 'profanity' // harsh only when aimed at someone
  | 'violent' // "kill", "shoot": harsh when wished or threatened at someone
  | 'hate' // "hate", "despise": harsh at people, fine at Mondays
  | 'sexual' // harassment when aimed at someone
  | 'second' // you
  | 'third' // he, she, they
  | 'self' // I, me
  | 'group' // people, women, immigrants …
  | 'negation'
  | 'report' // called, said, wrote
  | 'joy' // congrats, amazing
  | 'modal' // should, will, gonna: wishes and intentions
  | 'weak' // insults and slurs that also name things, heeded only when aimed: "a trash episode", "cheese and crackers"
  | 'experiencer' // hate or harm whose target is its subject: "they disgust me", "you should die", "they were shot"
  | 'gerund' // reporting as a topic: "saying", "calling"
  | 'imperative' // orders that make capitals shouting: "stop", "shut"
  | 'reflexive' // the writer as object: "me", "myself"
  | 'feeling' // "you may feel worthless" describes, it does not insult; "hatred" is the writer's only with "I feel …"
  | 'clause' // words that start a new clause: "but"
  | 'thing' // "-ers" words that are not people: "printers", "numbers" (known, and nothing more)
  | 'function' // words that name nothing: "and", "as", "now" (known, and nothing more)
  | 'copula' // "is", "are", "was": what follows says what the subject is
  | 'positive' // what a person can be denied: "not welcome", "no respect", "not human"
  | 'act' // after an insult, makes it describe a deed: "a dumbass move"
  | 'possessive' // "your", "their": what follows belongs to someone, it is not them
  | 'comparative' // "better", "more": after a negation, a comparison ("no better than rats")
  | 'identity' // "I'm", "we", "fellow": claiming a name for oneself ("we are queer and proud")
  | 'infinitive' // "to": what follows is not an order ("too early to fuck off")
  | 'reply' // a negation that can also be an answer of its own: "no, you idiot"
  | 'plural'; // "they", "them": a group named before them ("women … they are vile")

export interface Phrase {
  /** Space-separated words. */
  words: string;
  category: Category;
  weight: number;
  /** Harsh only with a person right after it: "get rid of them", not "get rid of clutter". */
  aimed?: boolean;
}

/** Everything the analyzer knows about one language. Add a language by writing one of these. */
export interface Language {
  code: string;
  /**
   * Space-separated, in small letters, by kind. A word for people (noun, slur, dehumanizing, weak,
   * group) not ending in "s" is also learnt with one: list only other plurals ("thieves").
   */
  words: Partial<Record<WordKind, string>>;
  phrases: Phrase[];
  /** Harmless compounds that contain a harsh word ("graham crackers", "hi ho"): never read as harsh. */
  ordinary?: string[];
  /**
   * Kinder ways to say it, per category: tips and rephrasings in this language. `{word}` stands
   * for the words that drove it; each category needs at least one template without it.
   */
  suggestions: Record<Category, string[]>;
}
