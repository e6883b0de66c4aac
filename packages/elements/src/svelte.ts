// Types for the tags in Svelte 5 markup, checked by svelte-check: `import type {} from '@kindred/elements/svelte'`.
// Svelte sets properties on custom elements and listens with `onkin-reaction-change={…}`.
import type { HTMLAttributes } from 'svelte/elements';
import type { KindredTags, TagListeners, TagProperties } from './tags.js';

type SvelteTags = { [Tag in keyof KindredTags]: HTMLAttributes<KindredTags[Tag]['element']> & TagProperties<Tag> & TagListeners<Tag> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface is how Svelte takes element types.
  interface SvelteHTMLElements extends SvelteTags {}
}
