import type { SupportResource } from '@kindred/core';

/** Real services, as a community would list them on its provider; the stories' support panels show these. */
export const supportResources: SupportResource[] = [
  { name: 'Samaritans', description: 'Talk to someone, any time, day or night.', href: 'tel:116123', region: 'UK and Ireland', lang: 'en' },
  { name: '988 Suicide & Crisis Lifeline', description: 'Call or text 988.', href: 'tel:988', region: 'US', lang: 'en' },
  { name: 'Crisis Text Line', description: 'Text HOME to 741741.', href: 'sms:741741', region: 'US', lang: 'en' },
  { name: 'Teléfono de la Esperanza', description: 'Escucha las 24 horas.', href: 'tel:717003717', region: 'España', lang: 'es' },
];
