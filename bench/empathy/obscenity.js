// The `obscenity` package as the evaluation harness expects an analyzer: its recommended English
// matcher, harsh when anything matches.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export const name = 'obscenity 0.4.6';

export function analyze(text) {
  return { harsh: matcher.hasMatch(text) };
}
