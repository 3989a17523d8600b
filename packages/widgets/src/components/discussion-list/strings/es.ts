// <mnh-discussion-list>'s interface text in Spanish.
import type { DiscussionListStrings } from './en.js';

const es: DiscussionListStrings = {
  title: 'Espacios de discusión',
  empty: 'No hay espacios de discusión abiertos en este momento.',
  kinds: { topic: 'Tema', event: 'Evento' },
  states: { open: 'Abierto', upcoming: 'Próximo', closed: 'Cerrado' },
  until: 'Abierto hasta el {date}',
  opens: 'Abre el {date}',
  comments: { one: '{n} comentario', other: '{n} comentarios' },
  locked: 'Bloqueada',
  noDiscussions: 'Todavía no hay discusiones.',
};

export default es;
