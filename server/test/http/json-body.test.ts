// JSON bodies for write routes, exercised through a small contract fragment since no write route exists yet.
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { buildContract } from '../../src/http/contract.js';
import type { HubEnv } from '../../src/http/env.js';
import { jsonBody } from '../../src/http/json-body.js';
import { problemErrorHandler, problemNotFound } from '../../src/http/problem.js';
import { silentLogger } from '../../src/http/logger.js';
import { call } from '../helpers/contract-check.js';

const fragment = {
  openapi: '3.1.0',
  info: { title: 'fragment', version: '1' },
  paths: {
    '/submissions': {
      post: {
        operationId: 'submitPractice',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Submission' } } },
        },
        responses: { '201': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Submission: {
        type: 'object',
        required: ['title', 'objectives', 'contact'],
        properties: {
          title: { type: 'string', minLength: 3, maxLength: 200 },
          objectives: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/ObjectiveNumber' } },
          contact: { $ref: '#/components/schemas/Contact' },
          endYear: { oneOf: [{ type: 'integer', minimum: 1900 }, { type: 'null' }] },
        },
      },
      Contact: {
        type: 'object',
        required: ['email'],
        properties: { email: { type: 'string', format: 'email' } },
      },
      ObjectiveNumber: { type: 'integer', minimum: 1, maximum: 23 },
    },
  },
};

function appWith(maxBytes?: number) {
  const contract = buildContract(fragment);
  const app = new Hono<HubEnv>();
  app.post('/submissions', jsonBody(contract, 'submitPractice', { maxBytes }), (c) => c.json({ received: c.get('body') }, 201));
  app.notFound(problemNotFound);
  app.onError(problemErrorHandler(silentLogger));
  return app;
}

const valid = { title: 'Safe pathways', objectives: [5], contact: { email: 'someone@example.org' } };

function post(body: string, contentType = 'application/json') {
  return { method: 'POST', body, headers: { 'Content-Type': contentType } };
}

describe('JSON request bodies', () => {
  it('accepts a body the contract describes and hands it to the route', async () => {
    const { status, json } = await call(appWith(), '/submissions', post(JSON.stringify(valid)));
    expect(status).toBe(201);
    expect(json).toEqual({ received: valid });
  });

  it('accepts JSON media types with parameters and +json suffixes', async () => {
    expect((await call(appWith(), '/submissions', post(JSON.stringify(valid), 'application/json; charset=utf-8'))).status).toBe(201);
    expect((await call(appWith(), '/submissions', post(JSON.stringify(valid), 'application/merge-patch+json'))).status).toBe(201);
  });

  it('refuses unknown fields at every depth, naming each by JSON pointer', async () => {
    const body = { ...valid, isAdmin: true, contact: { email: 'someone@example.org', phone: '1' } };
    const { status, json } = await call(appWith(), '/submissions', post(JSON.stringify(body)));
    expect(status).toBe(400);
    const fields = (json as { errors: { field: string; in: string }[] }).errors.map((e) => `${e.in}:${e.field}`);
    expect(fields).toEqual(expect.arrayContaining(['body:/isAdmin', 'body:/contact/phone']));
  });

  it('names missing, wrongly typed and out-of-range fields together', async () => {
    const body = { title: 'x', objectives: [24, 'five'] };
    const { status, json } = await call(appWith(), '/submissions', post(JSON.stringify(body)));
    expect(status).toBe(400);
    const fields = (json as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/title', '/objectives/0', '/objectives/1', '/contact']));
  });

  it('checks formats such as email', async () => {
    const body = { ...valid, contact: { email: 'not an email' } };
    const { status, json } = await call(appWith(), '/submissions', post(JSON.stringify(body)));
    expect(status).toBe(400);
    expect((json as { errors: { field: string }[] }).errors[0]?.field).toBe('/contact/email');
  });

  it('allows null where a oneOf allows it, without tripping the closed-object rule', async () => {
    const { status } = await call(appWith(), '/submissions', post(JSON.stringify({ ...valid, endYear: null })));
    expect(status).toBe(201);
  });

  it('answers 400 for malformed JSON and for a missing body', async () => {
    const malformed = await call(appWith(), '/submissions', post('{"title": '));
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ errors: [{ field: '/', in: 'body' }] });
    const missing = await call(appWith(), '/submissions', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ errors: [{ field: '/', in: 'body', message: 'is required' }] });
  });

  it('answers 415 for a body that is not JSON', async () => {
    const { status, json } = await call(appWith(), '/submissions', post('title=x', 'application/x-www-form-urlencoded'));
    expect(status).toBe(415);
    expect(json).toMatchObject({ type: '/problems/unsupported-media-type', errors: [{ field: 'Content-Type', in: 'header' }] });
    expect((await call(appWith(), '/submissions', post(JSON.stringify(valid), 'text/plain'))).status).toBe(415);
  });

  it('answers 413 for a body over the limit, whether or not its length is announced', async () => {
    const big = JSON.stringify({ ...valid, title: 'x'.repeat(2000) });
    const announced = await call(appWith(1024), '/submissions', post(big));
    expect(announced.status).toBe(413);
    expect(announced.json).toMatchObject({ type: '/problems/payload-too-large', status: 413 });

    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 256) controller.enqueue(bytes.slice(i, i + 256));
        controller.close();
      },
    });
    const chunked = await call(appWith(1024), '/submissions', {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('refuses to build for an operation without a JSON body', () => {
    const contract = buildContract(fragment);
    expect(() => jsonBody(contract, 'noSuchOperation')).toThrow(/noSuchOperation/);
  });
});
