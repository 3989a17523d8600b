// Fixed lists of given and family names, combined into clearly fictional experts and focal points.

const GIVEN = [
  'Amina', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Farah', 'Gustavo', 'Hana', 'Ibrahim', 'Jana', 'Kwame', 'Leila',
  'Mateo', 'Nadia', 'Oleksandr', 'Priya', 'Qiu', 'Rania', 'Samuel', 'Tamar', 'Usman', 'Valentina', 'Wanjiru', 'Ximena',
  'Yusuf', 'Zeynep', 'Aroha', 'Bilal', 'Carmen', 'Dmitri', 'Esi', 'Fatou', 'Gabriel', 'Hiroshi', 'Ines', 'Jamal',
  'Karin', 'Lucía', 'Mohammed', 'Nilufar', 'Omar', 'Paulo', 'Rosa', 'Sione', 'Thu', 'Vikram', 'Wei', 'Yara',
];

const FAMILY = [
  'Abara', 'Bellweather', 'Castellanos', 'Delacroix-Nyambura', 'Eriksen', 'Farouk', 'Gallardo', 'Haddad',
  'Ilunga', 'Jovanović', 'Kowalczyk', 'Lindqvist', 'Mbeki-Rossi', 'Nakashima', 'Okonkwo', 'Petrenko', 'Quispe',
  'Rahman', 'Santos-Vidal', 'Tembo', 'Umarov', 'Vasquez', 'Wojcik', 'Xiong', 'Yilmaz', 'Zamora', 'Achterberg',
  'Banerjee', 'Coulibaly', 'Dvořák', 'Espinoza', 'Fonseca', 'Grigoryan', 'Hosseini', 'Iversen', 'Juarez',
  'Kariuki', 'Lemaire', 'Morales', 'Ndiaye', 'Oyelaran', 'Park', 'Ramírez', 'Sokolova', 'Tanaka', 'Uddin',
  'Valdivia', 'Whitfield', 'Yamamoto', 'Zhou',
];

/** The n-th fictional person; consecutive n rarely share a family name. */
export function fictionalName(n: number): { given: string; family: string; full: string } {
  const given = GIVEN[n % GIVEN.length] as string;
  const family = FAMILY[(n * 7 + Math.floor(n / GIVEN.length)) % FAMILY.length] as string;
  return { given, family, full: `${given} ${family}` };
}

/** An address at example.org (reserved for documentation, RFC 2606), unique per n. */
export function fictionalEmail(name: { given: string; family: string }, n: number): string {
  const local = `${name.given}.${name.family}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z.]+/g, '');
  return `${local}.${n}@example.org`;
}

/** A number in a range no operator assigns (+1 555-01xx style, kept fictional). */
export function fictionalPhone(n: number): string {
  return `+1 555 01${String(n % 100).padStart(2, '0')}`;
}
