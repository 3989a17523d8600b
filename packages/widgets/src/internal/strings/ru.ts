// Interface text every widget shares in Russian.
import type { CommonStrings } from './en.js';

const ru: CommonStrings = {
  loading: 'Загрузка…',
  retry: 'Повторить',
  unreachable: 'Не удалось связаться с сервисом. Проверьте подключение и попробуйте снова.',
  failed: 'При загрузке произошла ошибка.',
  noApi: 'Не указан адрес хаба: задайте атрибут api или поместите виджет внутрь <mnh-provider>.',
  close: 'Закрыть',
  loadMore: 'Показать ещё',
  shown: '{shown} из {total}',
  any: 'Все',
  search: 'Поиск',
  objectives: 'Цели Глобального договора',
  principles: 'Руководящие принципы',
  themes: 'Тематические области',
  regions: 'Регионы',
  countries: 'Страны',
  languages: 'Языки',
  organisation: 'Организация',
  links: 'Ссылки',
  newTab: '(откроется в новой вкладке)',
};

export default ru;
