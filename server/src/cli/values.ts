// Checks for the values admin commands take, each failing with a usage message naming the option.
import { toOrigin } from '../http/origin.js';
import type { OrganisationKind, OrganisationRecord, Role, Store } from '../store/types.js';
import { ORGANISATION_KINDS } from '../taxonomy/vocabularies.js';
import { RefusedError, UsageError } from './errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GRANTABLE: readonly Role[] = ['reviewer', 'curator', 'moderator', 'admin'];

export function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required.`);
  return value.trim();
}

export function email(value: string | undefined): string {
  const text = required(value, 'email').toLowerCase();
  if (!EMAIL.test(text) || text.length > 254) throw new UsageError(`--email must be an email address, not "${text}".`);
  return text;
}

export function kind(value: string | undefined): OrganisationKind {
  const text = required(value, 'kind');
  const found = ORGANISATION_KINDS.find((k) => k.key === text);
  if (!found) throw new UsageError(`--kind must be one of ${ORGANISATION_KINDS.map((k) => k.key).join(', ')}, not "${text}".`);
  return found.key;
}

export async function country(store: Store, value: string | undefined): Promise<string | null> {
  if (value === undefined) return null;
  const code = value.trim().toUpperCase();
  if (!(await store.taxonomy.knownCountries()).has(code)) {
    throw new UsageError(`--country must be an ISO 3166-1 alpha-3 code such as KEN, not "${value}".`);
  }
  return code;
}

export function role(value: string | undefined): Role {
  const text = required(value, 'role');
  if (text === 'contributor') {
    throw new UsageError(`Everyone signed in is a contributor already; --role must be one of ${GRANTABLE.join(', ')}.`);
  }
  const found = GRANTABLE.find((r) => r === text);
  if (!found) throw new UsageError(`--role must be one of ${GRANTABLE.join(', ')}, not "${text}".`);
  return found;
}

export function origins(values: string[] | undefined): string[] {
  if (!values?.length) throw new UsageError('--origin is required (repeat it for several origins).');
  return values.map((value) => {
    try {
      return toOrigin(value);
    } catch (error) {
      throw new UsageError(`--origin: ${(error as Error).message}`);
    }
  });
}

/** An organisation by id (`org_…`) or exact name, any case. */
export async function organisation(store: Store, value: string): Promise<OrganisationRecord> {
  const found = value.startsWith('org_') ? await store.organisations.get(value) : await store.organisations.findByName(value);
  if (!found) throw new RefusedError(`No organisation is called "${value}"; create it first with: hub org create --name "${value}" --kind <kind>`);
  return found;
}
