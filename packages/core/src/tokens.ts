import { unsafeCSS } from 'lit';

export interface Token {
  /** One value, or a light and a dark value chosen by the element's `color-scheme`. */
  value: string | readonly [light: string, dark: string];
  description: string;
}

/**
 * The design tokens every Kindred element reads, as `--kin-<name>` custom properties with
 * these defaults. Colours meet WCAG AA contrast on `color-surface` in both schemes.
 */
export const tokens = {
  'color-text': { value: ['#1f2328', '#e6edf3'], description: 'Body text.' },
  'color-text-muted': { value: ['#59636e', '#9198a1'], description: 'Secondary text: hints, counts, timestamps.' },
  'color-surface': { value: ['#ffffff', '#0d1117'], description: 'Backgrounds of dialogs and cards.' },
  'color-surface-subtle': { value: ['#f6f8fa', '#151b23'], description: 'Resting background of buttons and panels.' },
  'color-border': { value: ['#818b98', '#6e7681'], description: 'Borders of controls (3:1 against the surface).' },
  'color-accent': { value: ['#0f6e5c', '#56c9a9'], description: 'Chosen reactions, primary actions, links.' },
  'color-on-accent': { value: ['#ffffff', '#0d1117'], description: 'Text on the accent colour.' },
  'color-accent-subtle': { value: ['#e7f5f1', '#12302a'], description: 'Background of chosen, pressed items.' },
  'color-danger': { value: ['#b42318', '#ff7b72'], description: 'Errors.' },
  'color-focus': { value: ['#0a5bd3', '#5ea8ff'], description: 'The focus ring.' },
  'font-family': { value: 'inherit', description: "The host page's font by default." },
  'font-size-sm': { value: '0.875rem', description: 'Counts, hints, secondary text.' },
  'font-size-md': { value: '1rem', description: 'Body text.' },
  'font-weight-strong': { value: '600', description: 'Headings and emphasis.' },
  'line-height': { value: '1.5', description: 'Body text line height.' },
  'space-1': { value: '0.25rem', description: 'Smallest gap.' },
  'space-2': { value: '0.5rem', description: 'Gap between related items.' },
  'space-3': { value: '0.75rem', description: 'Padding inside controls.' },
  'space-4': { value: '1rem', description: 'Gap between groups.' },
  'space-5': { value: '1.5rem', description: 'Padding of dialogs and cards.' },
  radius: { value: '0.5rem', description: 'Corners of controls and cards.' },
  'radius-pill': { value: '999px', description: 'Corners of pill-shaped buttons.' },
  'focus-ring-width': { value: '2px', description: 'Width of the focus ring.' },
  'focus-ring-offset': { value: '2px', description: 'Space between a control and its focus ring.' },
  'motion-duration': { value: '150ms', description: 'Length of transitions; 0 when reduced motion is asked for.' },
  'motion-easing': { value: 'cubic-bezier(0.2, 0, 0, 1)', description: 'Easing of transitions.' },
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof tokens;

/** A token's default as CSS: `light-dark()` for colours. */
export function tokenDefault({ value }: Token): string {
  return typeof value === 'string' ? value : `light-dark(${value[0]}, ${value[1]})`;
}

const declarations = Object.entries(tokens)
  .map(([name, token]) => `--_kin-${name}: var(--kin-${name}, ${tokenDefault(token)});`)
  .join('\n');

/**
 * Include first in every component's styles. It resolves each `--kin-*` token, or its default,
 * into a private `--_kin-*` property the component's CSS reads, and honours reduced motion.
 */
export const tokenStyles = unsafeCSS(`
  :host { ${declarations} }
  @media (prefers-reduced-motion: reduce) { :host { --_kin-motion-duration: 0ms; } }
`);
