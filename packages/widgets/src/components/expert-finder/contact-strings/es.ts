// <mnh-expert-finder>'s contact form text in Spanish.
import type { ContactStrings } from './en.js';

const es: ContactStrings = {
  title: 'Escribir a {name}',
  privacy: 'El hub envía su mensaje por correo electrónico; la persona experta le responde directamente a su dirección. La suya sigue siendo privada.',
  signInFirst: 'Inicie sesión para escribir a esta persona experta.',
  subject: 'Asunto',
  message: 'Mensaje',
  left: 'Quedan {n} caracteres',
  send: 'Enviar mensaje',
  sending: 'Enviando…',
  cancel: 'Cancelar',
  sent: 'Su mensaje está en camino. La persona experta le responderá por correo electrónico.',
  tooMany: 'Ha enviado tantos mensajes como el hub permite por ahora. Vuelva a intentarlo dentro de {minutes} minutos.',
  contactOff: 'Esta persona experta no acepta mensajes a través del hub.',
  failed: 'No se pudo enviar el mensaje. Vuelva a intentarlo.',
};

export default es;
