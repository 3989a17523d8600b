// <mnh-hub>'s interface text in Russian.
import type { HubStrings } from './en.js';

const ru: HubStrings = {
  hub: 'Центр Сети по миграции',
  intro: 'Практики, инструменты и эксперты для безопасной, упорядоченной и легальной миграции от Сети ООН по миграции и её партнёров.',
  views: {
    home: 'Главная',
    practices: 'Практики',
    resources: 'Инструменты и библиотека',
    experts: 'Эксперты',
    discussions: 'Обсуждения',
    support: 'Запросы о поддержке',
    submit: 'Предложить практику',
    review: 'Рецензирование',
  },
  byTheme: 'По тематическим областям',
  byPrinciple: 'По руководящим принципам',
  byRegion: 'По регионам',
  numbers: 'Цифры вкратце',
  allPractices: 'Все практики',
  allResources: 'Вся библиотека',
  openResource: 'Открыть ресурс',
  type: 'Тип',
  publisher: 'Издатель',
  year: 'Год',
  notFound: 'Страница не найдена',
  notFoundText: 'Этой страницы нет или она больше не опубликована.',
};

export default ru;
