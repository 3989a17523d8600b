// The demo page's own behaviour: language and colour-scheme switchers, and a practice to show in full.

/** The page's own words; the widgets bring their own six languages. English is read from the page. */
const PAGE_TEXT = {
  ar: {
    kicker: 'شبكة الأمم المتحدة المعنية بالهجرة',
    title: 'أدوات مركز شبكة الهجرة',
    intro: 'جميع الأدوات، مباشرة على البيانات التجريبية لهذا المركز. كل أداة وسم واحد في أي صفحة.',
    language: 'اللغة',
    theme: 'نظام الألوان',
    light: 'فاتح',
    dark: 'داكن',
    auto: 'حسب النظام',
    repository: 'مستودع الممارسات',
    feed: 'موجز إقليمي',
    experts: 'دليل الخبراء',
    library: 'الأدوات والمكتبة',
    practice: 'ممارسة واحدة',
    signIn: 'تسجيل الدخول',
    outbox: 'لا يغادر أي بريد إلكتروني هذا المركز التجريبي: رمزك في صندوق الصادر.',
    outboxLink: 'افتح صندوق الصادر',
    more: 'المزيد',
    partnerPage: 'صفحة شريك (وسم برنامج نصي واحد)',
    regionalPlatform: 'منصة إقليمية (موجزات مصفّاة)',
    reactPage: 'صفحة React',
    contributePage: 'المساهمة بممارسة (تسجيل الدخول واستمارة التقديم)',
    reviewDesk: 'مكتب المراجعة (للمراجعين والقيّمين)',
    apiReference: 'مرجع واجهة البرمجة',
    sri: 'إصدار البرنامج النصي وبصمة SRI',
  },
  es: {
    kicker: 'Red de las Naciones Unidas sobre la Migración',
    title: 'Widgets del Migration Network Hub',
    intro: 'Todos los widgets, en vivo con los datos de demostración de este hub. Cada uno es una sola etiqueta en cualquier página.',
    language: 'Idioma',
    theme: 'Esquema de colores',
    light: 'Claro',
    dark: 'Oscuro',
    auto: 'Según el sistema',
    repository: 'Repositorio de prácticas',
    feed: 'Un feed regional',
    experts: 'Directorio de expertos',
    library: 'Herramientas y biblioteca',
    practice: 'Una práctica',
    signIn: 'Iniciar sesión',
    outbox: 'Ningún correo sale de este hub de demostración: su código está en la bandeja de salida.',
    outboxLink: 'Abrir la bandeja de salida',
    more: 'Más',
    partnerPage: 'Una página de socio (una etiqueta script)',
    regionalPlatform: 'Una plataforma regional (feeds filtrados)',
    reactPage: 'Una página React',
    contributePage: 'Contribuir una práctica (inicio de sesión y formulario)',
    reviewDesk: 'La mesa de revisión (para revisores y curadores)',
    apiReference: 'Referencia de la API',
    sri: 'Versión del script y hash SRI',
  },
  fr: {
    kicker: 'Réseau des Nations Unies sur les migrations',
    title: 'Widgets du Migration Network Hub',
    intro: 'Tous les widgets, en direct sur les données de démonstration de ce hub. Chacun tient en une balise sur n’importe quelle page.',
    language: 'Langue',
    theme: 'Couleurs',
    light: 'Clair',
    dark: 'Sombre',
    auto: 'Selon le système',
    repository: 'Répertoire de pratiques',
    feed: 'Un fil régional',
    experts: 'Annuaire d’experts',
    library: 'Outils et bibliothèque',
    practice: 'Une pratique',
    signIn: 'Connexion',
    outbox: 'Aucun e-mail ne quitte ce hub de démonstration : votre code est dans la boîte d’envoi.',
    outboxLink: 'Ouvrir la boîte d’envoi',
    more: 'Plus',
    partnerPage: 'Une page partenaire (une balise script)',
    regionalPlatform: 'Une plateforme régionale (fils filtrés)',
    reactPage: 'Une page React',
    contributePage: 'Proposer une pratique (connexion et formulaire)',
    reviewDesk: 'Le bureau d’évaluation (pour les évaluateurs et les curateurs)',
    apiReference: 'Référence de l’API',
    sri: 'Version du script et empreinte SRI',
  },
  ru: {
    kicker: 'Сеть ООН по миграции',
    title: 'Виджеты Migration Network Hub',
    intro: 'Все виджеты вживую на демонстрационных данных этого хаба. Каждый — один тег на любой странице.',
    language: 'Язык',
    theme: 'Цветовая схема',
    light: 'Светлая',
    dark: 'Тёмная',
    auto: 'Как в системе',
    repository: 'Репозиторий практик',
    feed: 'Региональная лента',
    experts: 'Каталог экспертов',
    library: 'Инструменты и библиотека',
    practice: 'Одна практика',
    signIn: 'Вход',
    outbox: 'Письма из этого демонстрационного хаба не уходят: ваш код — в исходящих.',
    outboxLink: 'Открыть исходящие',
    more: 'Ещё',
    partnerPage: 'Страница партнёра (один тег script)',
    regionalPlatform: 'Региональная платформа (отфильтрованные ленты)',
    reactPage: 'Страница на React',
    contributePage: 'Предложить практику (вход и форма подачи)',
    reviewDesk: 'Стол рецензирования (для рецензентов и кураторов)',
    apiReference: 'Справочник API',
    sri: 'Версия скрипта и хеш SRI',
  },
  zh: {
    kicker: '联合国移民问题网络',
    title: '移民网络中心小组件',
    intro: '所有小组件，实时连接本中心的示例数据。每个小组件在任何网页上只需一个标签。',
    language: '语言',
    theme: '配色',
    light: '浅色',
    dark: '深色',
    auto: '跟随系统',
    repository: '实践资料库',
    feed: '区域信息流',
    experts: '专家名录',
    library: '工具和资料库',
    practice: '单项实践',
    signIn: '登录',
    outbox: '此演示中心不会真正发送电子邮件：验证码在发件箱中。',
    outboxLink: '打开发件箱',
    more: '更多',
    partnerPage: '合作伙伴页面（一个脚本标签）',
    regionalPlatform: '区域平台（筛选后的信息流）',
    reactPage: 'React 页面',
    contributePage: '提交实践（登录和提交表单）',
    reviewDesk: '评审台（供评审人和管理员使用）',
    apiReference: 'API 参考',
    sri: '脚本版本和 SRI 哈希',
  },
};

const english = Object.fromEntries(
  [...document.querySelectorAll('[data-text]')].map((node) => [node.dataset.text, node.textContent]),
);

/** The whole page follows: the widgets read <html lang>, and Arabic turns the layout right to left. */
function setLanguage(lang) {
  const text = PAGE_TEXT[lang] ?? english;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = text[node.dataset.text] ?? english[node.dataset.text];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = `${text.title} · demo`;
}

function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  for (const widget of document.querySelectorAll('mnh-practice-list, mnh-practice-detail, mnh-expert-finder, mnh-sign-in')) {
    widget.setAttribute('color-scheme', theme);
  }
}

/** Keeps a setting in the address (`?lang=ar`), beside the filters the practice list keeps there. */
function remember(name, value) {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

function bindSetting(select, apply) {
  const initial = new URL(location.href).searchParams.get(select.name);
  if (initial && [...select.options].some((option) => option.value === initial)) select.value = initial;
  apply(select.value);
  select.addEventListener('change', () => {
    apply(select.value);
    remember(select.name, select.value);
  });
}

/** The detail widget shows the newest practice; the hub's own API says which that is. */
async function showNewestPractice() {
  const detail = document.getElementById('newest-practice');
  const response = await fetch(new URL('/v1/practices?limit=1&sort=newest', document.querySelector('mnh-provider').getAttribute('api')));
  const [newest] = response.ok ? (await response.json()).items : [];
  if (newest) detail.setAttribute('practice', newest.slug);
}

bindSetting(document.getElementById('lang'), setLanguage);
bindSetting(document.getElementById('theme'), setTheme);
document.getElementById('settings').addEventListener('submit', (event) => event.preventDefault());
void showNewestPractice();
