import { html, type TemplateResult } from 'lit';
import type { SupportResource } from './types.js';

const safeSchemes = new Set(['https:', 'http:', 'tel:', 'sms:']);

/**
 * The resources fit to show: a name and a link a browser can safely follow (`javascript:` and the
 * like are dropped), in the viewer's language or in none in particular.
 */
export function usableResources(resources: unknown, locale: string): SupportResource[] {
  if (!Array.isArray(resources)) return [];
  const language = locale.split('-')[0]!.toLowerCase();
  return resources.filter((resource: Partial<SupportResource> | null): resource is SupportResource => {
    if (typeof resource?.name !== 'string' || !resource.name.trim() || typeof resource.href !== 'string') return false;
    let scheme: string;
    try {
      scheme = new URL(resource.href).protocol;
    } catch {
      return false;
    }
    const lang = typeof resource.lang === 'string' ? resource.lang.split('-')[0]!.toLowerCase() : undefined;
    return safeSchemes.has(scheme) && (!lang || lang === language);
  });
}

export interface SupportText {
  /** Shown when the host supplied no resources for this language. */
  fallback: string;
  findHelpline: string;
}

/** A list of resources, or, when there are none, where to find local help. Text only, never HTML. */
export function supportResources(resources: SupportResource[], text: SupportText): TemplateResult {
  if (resources.length === 0) {
    return html`<p part="resources">${text.fallback} <a href="https://findahelpline.com">${text.findHelpline}</a></p>`;
  }
  return html`<ul part="resources">
    ${resources.map(
      (resource) =>
        html`<li>
          <a href=${resource.href}>${resource.name}</a>${resource.region ? html` (${resource.region})` : ''}${resource.description
            ? html`<br />${resource.description}`
            : ''}
        </li>`,
    )}
  </ul>`;
}
