// Types for the tags themselves in React 19 JSX, which sets properties and listens to events on
// custom elements: `<kin-kudos-reactions subject="p1" onkin-reaction-change={…} />`. Import once:
// `import type {} from '@kindred/react/jsx'`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KindredTags, TagListeners, TagProperties } from '@kindred/elements';

type ReactTags = {
  [Tag in keyof KindredTags]: DetailedHTMLProps<HTMLAttributes<KindredTags[Tag]['element']>, KindredTags[Tag]['element']> &
    TagProperties<Tag> &
    TagListeners<Tag> & { class?: string };
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface is how React takes element types.
    interface IntrinsicElements extends ReactTags {}
  }
}
