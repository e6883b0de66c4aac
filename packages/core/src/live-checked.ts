import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class LiveCheckedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('liveChecked() goes on the element: <input ?checked=${on} ${liveChecked(on)}>');
  }

  render(_checked: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [checked]: [boolean]) {
    (part.element as HTMLInputElement).checked = checked;
    return nothing;
  }
}

/**
 * Keeps a radio's or checkbox's state in step with `checked` after someone has clicked it, which
 * the `checked` attribute no longer does. Pair it with `?checked=${checked}`: that attribute is the
 * state in server-rendered markup, where a `.checked` binding would print `checked="false"` and so
 * read as checked; element directives do not run on the server.
 */
export const liveChecked = directive(LiveCheckedDirective);
