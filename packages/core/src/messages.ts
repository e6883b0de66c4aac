import type { KindredErrorCode } from './errors.js';
import type { OutboxKind } from './outbox.js';

type ErrorMessages = Record<`error.${KindredErrorCode}`, string>;
type OutboxMessages = Record<`outbox.${'queued' | 'delivered' | 'failed'}.${OutboxKind}`, string>;

/** Strings every component may show: what went wrong, what happened to queued work, common words. */
type CommonMessages = Record<
  | 'common.back'
  | 'common.cancel'
  | 'common.close'
  | 'common.loading'
  | 'common.next'
  | 'common.retry'
  | 'common.showMore'
  | 'support.fallback'
  | 'support.findHelpline',
  string
>;

export type CoreMessages = ErrorMessages & OutboxMessages & CommonMessages;

const en: CoreMessages = {
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.next': 'Next',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.showMore': 'Show more',
  'support.fallback': 'If you or someone else is in danger right now, call your local emergency number.',
  'support.findHelpline': 'Find a free, confidential helpline near you.',
  'error.network': "You seem to be offline. Check your connection and try again.",
  'error.timeout': 'That took too long. Please try again.',
  'error.rate_limited': 'Lots of activity right now. Please wait a moment and try again.',
  'error.unauthorized': 'Please sign in and try again.',
  'error.forbidden': "You don't have permission to do that.",
  'error.not_found': "We couldn't find that. It may have been removed.",
  'error.invalid_input': 'Something here needs another look.',
  'error.invalid_response': 'Something went wrong on our side. Please try again.',
  'error.server': 'Something went wrong on our side. Please try again.',
  'outbox.queued.report': "You're offline, so we saved your report. We'll send it as soon as you're back online.",
  'outbox.queued.check-in': "You're offline, so we saved your check-in. We'll share it as soon as you're back online.",
  'outbox.delivered.report': 'Your saved report has been sent.',
  'outbox.delivered.check-in': 'Your saved check-in has been shared.',
  'outbox.failed.report': "Your saved report couldn't be sent. Please open it and try again.",
  'outbox.failed.check-in': "Your saved check-in couldn't be shared. Please open it and try again.",
};

const es: CoreMessages = {
  'common.back': 'Atrás',
  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.next': 'Siguiente',
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.showMore': 'Ver más',
  'support.fallback': 'Si tú u otra persona estáis en peligro ahora mismo, llama al número de emergencias local.',
  'support.findHelpline': 'Encuentra cerca de ti una línea de ayuda gratuita y confidencial.',
  'error.network': 'Parece que no tienes conexión. Revísala e inténtalo de nuevo.',
  'error.timeout': 'Ha tardado demasiado. Inténtalo de nuevo.',
  'error.rate_limited': 'Hay mucha actividad ahora mismo. Espera un momento e inténtalo de nuevo.',
  'error.unauthorized': 'Inicia sesión e inténtalo de nuevo.',
  'error.forbidden': 'No tienes permiso para hacer eso.',
  'error.not_found': 'No lo hemos encontrado. Puede que se haya eliminado.',
  'error.invalid_input': 'Hay algo que conviene revisar.',
  'error.invalid_response': 'Algo ha fallado por nuestra parte. Inténtalo de nuevo.',
  'error.server': 'Algo ha fallado por nuestra parte. Inténtalo de nuevo.',
  'outbox.queued.report':
    'No tienes conexión, así que hemos guardado tu denuncia. La enviaremos en cuanto vuelvas a estar en línea.',
  'outbox.queued.check-in':
    'No tienes conexión, así que hemos guardado tu estado. Lo compartiremos en cuanto vuelvas a estar en línea.',
  'outbox.delivered.report': 'Hemos enviado la denuncia que quedó guardada.',
  'outbox.delivered.check-in': 'Hemos compartido tu estado, que había quedado guardado.',
  'outbox.failed.report': 'No hemos podido enviar la denuncia guardada. Ábrela e inténtalo de nuevo.',
  'outbox.failed.check-in': 'No hemos podido compartir tu estado guardado. Ábrelo e inténtalo de nuevo.',
};

export const coreMessages = { en, es };
