// <mnh-practice-detail>'s interface text in Russian.
import type { PracticeDetailStrings } from './en.js';

const ru: PracticeDetailStrings = {
  notFound: 'Практика не найдена или не опубликована.',
  description: 'Описание',
  scope: 'Масштаб',
  implementation: 'Реализация',
  since: 'С {start} года',
  implementer: 'Организация-исполнитель',
  partners: 'Партнёры',
  results: 'Результаты',
  lessons: 'Извлечённые уроки',
  replicability: 'Воспроизводимость',
  funding: 'Финансирование',
  language: 'Язык оригинала',
  otherLanguages: 'Доступно также на языках',
  published: 'Опубликовано {date}',
  alsoIn: 'Также на',
};

export default ru;
