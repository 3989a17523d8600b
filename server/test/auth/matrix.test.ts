// The authorisation matrix, driven by the contract: every signed-in operation × no token, a bad token, each demo role, others' ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type OperationSpec } from '../../src/http/contract.js';
import { call, type Checked } from '../helpers/contract-check.js';
import { FIXTURES, type Fixture, type Params } from './matrix-fixtures.js';
import { EMAILS, matrixWorld, ROLES, type Asker, type DemoRole, type World } from './matrix-world.js';
import { signIn } from './support.js';

const contract = loadContract();
const paths = contract.document.paths as Record<string, Record<string, { security?: Record<string, unknown>[]; 'x-roles'?: unknown }>>;
const declared = (op: OperationSpec) => paths[op.path]?.[op.method.toLowerCase()] ?? {};
const isSignedIn = (op: OperationSpec) => (declared(op).security ?? []).some((requirement) => 'bearerAuth' in requirement);
const xRoles = (op: OperationSpec): unknown => declared(op)['x-roles'];
const signedInOps = contract.operations.filter(isSignedIn);

/** Roles that read every submission; to them no submission is someone else's. */
const READS_ALL: readonly DemoRole[] = ['curator', 'admin'];
/** Path parameters naming an object someone owns or is assigned. */
const OBJECT_PARAMS = ['submission', 'file', 'assignment'];
const objectParams = (op: OperationSpec) => [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((p) => OBJECT_PARAMS.includes(p));
const mayCall = (op: OperationSpec, role: DemoRole) => {
  const roles = xRoles(op) as string[];
  return roles.includes('contributor') || roles.includes(role);
};

let world: World;
beforeAll(async () => {
  world = await matrixWorld();
}, 60_000);
afterAll(() => world.close());

interface Built {
  path: string;
  init: RequestInit;
}

async function build(op: OperationSpec, fixture: Fixture, overrides: Params = {}): Promise<Built> {
  const params: Params = { submission: world.submission, file: world.file, assignment: world.assignment, ...(await fixture.params?.(world)), ...overrides };
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${op.id}: no value for the path parameter {${name}}; give it in FIXTURES.${op.id}.params`);
    return encodeURIComponent(value);
  });
  const headers: Record<string, string> = {};
  let body: RequestInit['body'];
  if (fixture.upload) {
    headers['Content-Type'] = fixture.upload.contentType;
    body = fixture.upload.body;
  } else if (fixture.json) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(await fixture.json(world));
  }
  return { path: fixture.query ? `${path}?${fixture.query}` : path, init: { method: op.method, headers, body } };
}

function send(request: Built, token: string | null, authorization = token ? `Bearer ${token}` : undefined): Promise<Checked> {
  const headers = { ...(request.init.headers as Record<string, string>), ...(authorization ? { Authorization: authorization } : {}) };
  return call(world.app, request.path, { ...request.init, headers });
}

function expectProblem(res: Checked, statuses: number[], who: string) {
  expect(statuses, `${who}: ${res.status} ${res.text.slice(0, 300)}`).toContain(res.status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
}

describe('the contract says who may call each signed-in operation', () => {
  it('has signed-in operations to check', () => {
    expect(signedInOps.length).toBeGreaterThan(15);
  });

  it('every operation says whether it needs sign-in: `security: []` or bearer', () => {
    const silent = contract.operations.filter((op) => declared(op).security === undefined).map((op) => op.id);
    expect(silent, 'operations without a `security` entry in openapi/hub.yaml').toEqual([]);
  });

  it('every signed-in operation lists its roles in x-roles', () => {
    const missing = signedInOps.filter((op) => !Array.isArray(xRoles(op)) || (xRoles(op) as unknown[]).length === 0).map((op) => op.id);
    expect(missing, 'add `x-roles: [...]` to these operations in openapi/hub.yaml').toEqual([]);
    const roleEnum = (contract.resolve({ $ref: '#/components/schemas/Role' }) as { enum: string[] }).enum;
    for (const op of signedInOps) {
      for (const role of xRoles(op) as string[]) expect(roleEnum, `${op.id}: x-roles names an unknown role "${role}"`).toContain(role);
    }
  });

  it('every signed-in operation has a fixture, and every fixture an operation', () => {
    const without = signedInOps.filter((op) => !FIXTURES[op.id]).map((op) => op.id);
    expect(without, 'add a request that succeeds to FIXTURES in test/auth/matrix-fixtures.ts for').toEqual([]);
    const stale = Object.keys(FIXTURES).filter((id) => !signedInOps.some((op) => op.id === id));
    expect(stale, 'FIXTURES entries for operations that are not signed-in operations of the contract').toEqual([]);
  });
});

describe.each(signedInOps.filter((op) => FIXTURES[op.id] && Array.isArray(xRoles(op))).map((op) => ({ id: op.id, op })))('$id', ({ op }) => {
  const fixture = FIXTURES[op.id]!;
  const objects = objectParams(op);
  let request: Built;
  beforeAll(async () => {
    request = await build(op, fixture);
  });

  it('is a 401 problem with a Bearer challenge without a token, with a bad one, and with another scheme', async () => {
    for (const authorization of [undefined, 'Bearer bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtbm90LWF0LWFsbA', 'Basic YWRtaW46YWRtaW4=']) {
      const res = await send(request, null, authorization);
      expectProblem(res, [401], String(authorization));
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    }
  });

  const refusedRoles = ROLES.filter((role) => !mayCall(op, role));
  if (refusedRoles.length > 0) {
    it.each(refusedRoles)('refuses the %s (no x-roles role) with 403 or 404', async (role) => {
      expectProblem(await send(request, world.tokens[role]), [403, 404], role);
    });
  }

  // People who may call it, but to whom the objects belong to someone else: a 404, like an unknown id.
  const outsiders = objects.length > 0 ? ROLES.filter((role) => mayCall(op, role) && !READS_ALL.includes(role)) : [];
  if (outsiders.length > 0) {
    it.each(outsiders)('answers the %s 404 for someone else’s objects', async (role) => {
      expectProblem(await send(request, world.tokens[role]), [404], role);
    });
  }

  // The object under a submission it does not belong to: a 404 even for whoever may act on both.
  if (objects.length > 1) {
    it(`answers ${fixture.as} 404 for an object of another submission`, async () => {
      const mixed = await build(op, fixture, { submission: world.draft });
      expectProblem(await send(mixed, world.tokens[fixture.as]), [404], fixture.as);
    });
  }

  it(`lets ${fixture.as} call it (${fixture.status})`, async () => {
    const token = fixture.freshSession ? (await signIn(world, EMAILS[fixture.as])).accessToken : world.tokens[fixture.as as Asker];
    const res = await send(request, token);
    expect(res.status, res.text.slice(0, 500)).toBe(fixture.status);
  });
});
