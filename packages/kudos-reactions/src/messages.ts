import type { Formatters } from '@kindred/core';

interface ButtonName {
  label: string;
  /** Absent while unknown or when counts are hidden. */
  count?: number;
  mine: boolean;
}

/**
 * A reaction button's accessible name: label, how many people, whether you reacted. It says the
 * count as the button shows it ("1.2K"), so what people see is what they hear and can say to
 * speech input. A language that orders these differently can write its own function.
 */
const buttonName =
  (one: string, other: string, yours: string) =>
  ({ label, count, mine }: ButtonName, format: Formatters): string =>
    [label, count === undefined ? '' : format.plural(count, { one, other }, format.compact(count)), mine ? yours : '']
      .filter(Boolean)
      .join(', ');

const en = {
  'kudos.toolbar': 'Reactions',
  'kudos.reaction.thanks': 'Thank you',
  'kudos.reaction.support': 'Sending support',
  'kudos.reaction.hear-you': 'I hear you',
  'kudos.reaction.proud': 'Proud of you',
  'kudos.reaction.hug': 'Sending a hug',
  'kudos.button': buttonName('# person', '# people', 'you reacted'),
  'kudos.add': 'Add a reaction',
  'kudos.who': ({ label }: { label: string }) => `Who sent ${label}`,
  'kudos.reactors': ({ label }: { label: string }) => `People who sent ${label}`,
  'kudos.more': ({ count }: { count: number }, format: Formatters) => `and ${format.number(count)} more`,
  'kudos.signIn': 'Sign in to send a reaction.',
  'kudos.failed': ({ label }: { label: string }) => `Couldn't send “${label}”. Please try again.`,
  'kudos.loadFailed': "Couldn't load reactions.",
};

export type KudosMessages = typeof en;

const es: KudosMessages = {
  'kudos.toolbar': 'Reacciones',
  'kudos.reaction.thanks': 'Gracias',
  'kudos.reaction.support': 'Te mando apoyo',
  'kudos.reaction.hear-you': 'Te escucho',
  'kudos.reaction.proud': 'Qué orgullo',
  'kudos.reaction.hug': 'Un abrazo',
  'kudos.button': buttonName('# persona', '# personas', 'has reaccionado'),
  'kudos.add': 'Añadir una reacción',
  'kudos.who': ({ label }) => `Quién envió «${label}»`,
  'kudos.reactors': ({ label }) => `Personas que enviaron «${label}»`,
  'kudos.more': ({ count }, format) => `y ${format.number(count)} más`,
  'kudos.signIn': 'Inicia sesión para enviar una reacción.',
  'kudos.failed': ({ label }) => `No se ha podido enviar «${label}». Inténtalo de nuevo.`,
  'kudos.loadFailed': 'No se han podido cargar las reacciones.',
};

export const kudosMessages = { en, es };
