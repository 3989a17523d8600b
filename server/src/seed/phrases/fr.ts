// French template phrases for demo practices and experts.
import type { Phrasebook } from './phrasebook.js';

// Country names take varying prepositions in French (au, en, aux, à), so {place} stands alone.
export const fr: Phrasebook = {
  titles: ['{action} pour les {group} – {place}', '{place} : {action}', '{action} au service des {group} ({place})'],
  actions: [
    'Accompagnement communautaire à la réintégration',
    "Guichet unique d'information pour les migrants",
    'Partenariats locaux pour l’inclusion des migrants',
    'Formation des agents de première ligne',
    'Orientation sécurisée vers les services de protection',
    'Reconnaissance des compétences et formation professionnelle',
    'Canaux numériques de transfert de fonds',
    'Gouvernance municipale des migrations',
  ],
  groups: ['personnes de retour', 'travailleuses migrantes', 'enfants non accompagnés', 'jeunes', 'familles migrantes', 'travailleurs saisonniers', 'membres de la diaspora'],
  summaries: [
    "{org} a travaillé avec {partner} pour soutenir les {group} ({place}), en contribution à l'objectif {objective} du Pacte mondial ({objectiveLabel}).",
    'Une initiative de {org} au service des {group}, par la voie suivante : {action}. Lieu : {place}.',
  ],
  description: [
    "La pratique a démarré en {year} après une évaluation conjointe avec les autorités locales et les associations de migrants.",
    "Elle associe des agents communautaires formés, une gestion des cas et l'orientation vers des services spécialisés.",
    'Les partenaires ont adopté des procédures communes et un protocole de protection des données.',
    'Les participants ont contribué à la conception dès le départ ; des séances de retour ont eu lieu chaque trimestre.',
    "Le genre et l'âge ont été pris en compte à chaque étape, avec des services dédiés aux femmes et aux enfants.",
    '{number} agents des services de santé, d’éducation, du travail et de la police ont été formés.',
    'Les autorités municipales ont cofinancé les activités et les ont intégrées à leur plan de développement local.',
  ],
  results: [
    "{number} personnes ont reçu un appui direct et {percent} % déclarent un meilleur accès aux services.",
    "Les autorités nationales ont adopté les procédures en {year2}.",
    'Le délai moyen d’orientation est passé de plusieurs semaines à {days} jours.',
  ],
  lessons: [
    "L'implication précoce des organisations de migrants a créé la confiance.",
    'Un financement durable au-delà de la phase pilote est nécessaire pour garder le personnel formé.',
    'Passer par les autorités locales a permis de pérenniser les résultats.',
  ],
  replicability: [
    'La boîte à outils et le programme de formation sont librement accessibles et ont été adaptés dans deux pays voisins.',
    'Le modèle est reproductible là où autorités locales et société civile coopèrent déjà.',
  ],
  funding: ['Fonds d’affectation spéciale pluripartenaires pour les migrations', 'Budget national', 'Coopération bilatérale au développement'],
  everywhere: 'plusieurs régions',
  bio: {
    fictional: 'Profil fictif, à des fins de démonstration.',
    sentences: [
      'Travaille sur « {objectiveLabel} » avec les gouvernements et la société civile ({place}).',
      'Conseille les autorités nationales en matière de politique migratoire depuis plus de {number} ans.',
      'Coordonne un réseau régional de praticiens travaillant avec les {group}.',
    ],
  },
};
