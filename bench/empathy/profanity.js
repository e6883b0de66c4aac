// `@2toad/profanity` as the evaluation harness expects an analyzer: harsh when it finds a word.
import { profanity } from '@2toad/profanity';

export const name = '@2toad/profanity 3.3.0';

export function analyze(text) {
  return { harsh: profanity.exists(text) };
}
