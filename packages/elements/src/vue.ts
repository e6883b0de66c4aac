// Types for the tags in Vue templates, checked by vue-tsc: `import type {} from '@kindred/elements/vue'`.
// Vue itself must be told the tags are custom elements: `isCustomElement: (tag) => tag.startsWith('kin-')`.
import type { DefineComponent } from 'vue';
import type { KindredTags, TagProperties } from './tags.js';

/** `kin-reaction-change` → `KinReactionChange`: how Vue names the prop behind `@kin-reaction-change`. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<Name>;

type VueListeners<Tag extends keyof KindredTags> = {
  [Name in keyof KindredTags[Tag]['events'] & string as `on${Pascal<Name>}`]?: (event: KindredTags[Tag]['events'][Name]) => void;
};

type VueTags = { [Tag in keyof KindredTags]: DefineComponent<TagProperties<Tag> & VueListeners<Tag>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface is how Vue takes global components.
  interface GlobalComponents extends VueTags {}
}
