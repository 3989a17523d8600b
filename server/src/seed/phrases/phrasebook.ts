// The shape of a language's template phrases for generating demo practices and experts.

/**
 * Templates hold placeholders in braces, filled by the generator: {org} {partner} {group} {place}
 * {action} {objective} {objectiveLabel} {year} {year2} {number} {percent} {days}.
 */
export interface Phrasebook {
  /** Title patterns built from {action}, {group} and {place}. */
  titles: readonly string[];
  /** Activities for titles; English also has some per objective (see en.ts). */
  actions: readonly string[];
  groups: readonly string[];
  summaries: readonly string[];
  /** Sentences drawn without repetition to make up a description. */
  description: readonly string[];
  results: readonly string[];
  lessons: readonly string[];
  replicability: readonly string[];
  funding: readonly string[];
  /** Stands for {place} in a practice of global scope. */
  everywhere: string;
  /** Experts' bios in this language; the first sentence marks the profile as fictional. */
  bio: { fictional: string; sentences: readonly string[] };
}

/** Fills {placeholders} from `values`; an unknown placeholder is left as it is, to be seen in review. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
