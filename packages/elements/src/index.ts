// The API of every package, from one specifier; importing it registers nothing.
export * from '@kindred/core';
export * from '@kindred/kudos-reactions';
export * from '@kindred/report-button';
export * from '@kindred/check-in-card';
export * from '@kindred/empathy-prompt';
export { analyze, defaultThreshold, english, spanish, type Analysis, type AnalyzeOptions, type Category, type Language, type Span, type Suggestion } from '@kindred/empathy-prompt/analyzer';
export type { KindredTags, TagListeners, TagProperties } from './tags.js';
