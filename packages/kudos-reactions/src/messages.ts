import type { Formatters } from '@kindred/core';

interface ButtonName {
  label: string;
  /** Absent while unknown or when counts are hidden. */
  count?: number;
  mine: boolean;
}

// The name says the count as the button shows it ("1.2K"), so what people see is what they hear
// and what speech-input users can say.

const en = {
  'kudos.toolbar': 'Reactions',
  'kudos.reaction.thanks': 'Thank you',
  'kudos.reaction.support': 'Sending support',
  'kudos.reaction.hear-you': 'I hear you',
  'kudos.reaction.proud': 'Proud of you',
  'kudos.reaction.hug': 'Sending a hug',
  'kudos.button': ({ label, count, mine }: ButtonName, format: Formatters) =>
    [label, count === undefined ? '' : format.plural(count, { one: '# person', other: '# people' }, format.compact(count)), mine ? 'you reacted' : '']
      .filter(Boolean)
      .join(', '),
  'kudos.add': 'Add a reaction',
  'kudos.who': ({ label }: { label: string }) => `Who sent ${label}`,
  'kudos.reactors': ({ label }: { label: string }) => `People who sent ${label}`,
  'kudos.more': ({ count }: { count: number }, format: Formatters) => `and ${format.number(count)} more`,
  'kudos.showMore': 'Show more',
  'kudos.loading': 'Loading…',
  'kudos.signIn': 'Sign in to send a reaction.',
  'kudos.failed': ({ label }: { label: string }) => `Couldn't send “${label}”. Please try again.`,
  'kudos.loadFailed': "Couldn't load reactions.",
  'kudos.retry': 'Try again',
};

export type KudosMessages = typeof en;

const es: KudosMessages = {
  'kudos.toolbar': 'Reacciones',
  'kudos.reaction.thanks': 'Gracias',
  'kudos.reaction.support': 'Te mando apoyo',
  'kudos.reaction.hear-you': 'Te escucho',
  'kudos.reaction.proud': 'Qué orgullo',
  'kudos.reaction.hug': 'Un abrazo',
  'kudos.button': ({ label, count, mine }, format) =>
    [label, count === undefined ? '' : format.plural(count, { one: '# persona', other: '# personas' }, format.compact(count)), mine ? 'has reaccionado' : '']
      .filter(Boolean)
      .join(', '),
  'kudos.add': 'Añadir una reacción',
  'kudos.who': ({ label }) => `Quién envió «${label}»`,
  'kudos.reactors': ({ label }) => `Personas que enviaron «${label}»`,
  'kudos.more': ({ count }, format) => `y ${format.number(count)} más`,
  'kudos.showMore': 'Ver más',
  'kudos.loading': 'Cargando…',
  'kudos.signIn': 'Inicia sesión para enviar una reacción.',
  'kudos.failed': ({ label }) => `No se ha podido enviar «${label}». Inténtalo de nuevo.`,
  'kudos.loadFailed': 'No se han podido cargar las reacciones.',
  'kudos.retry': 'Reintentar',
};

export const kudosMessages = { en, es };
