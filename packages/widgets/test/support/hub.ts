// What the tests share: the real hub's addresses, its answers fetched directly, and DOM helpers.
import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

declare global {
  var MNH_TEST: {
    api: string;
    flakyApi: string;
    member: { email: string; name: string; organisation: string };
  };
}

/** The real hub, seeded, started by web-test-runner.config.mjs. */
export const api = globalThis.MNH_TEST.api;
/** The same hub on an address that `hubUp(false)` takes down and `hubUp(true)` brings back. */
export const flakyApi = globalThis.MNH_TEST.flakyApi;
/** A person the hub knows, with an organisation. */
export const member = globalThis.MNH_TEST.member;

export async function hubUp(up: boolean): Promise<void> {
  await executeServerCommand('mnh-hub', { up });
}

/** What the hub itself answers, to compare the widgets with. */
export async function hubGet<T>(path: string): Promise<T> {
  const response = await fetch(api + path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = shadow(el).querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in ${el.localName}`);
  return found;
}

export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...shadow(el).querySelectorAll<E>(selector)];
}

/** Text as a reader sees it: whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `selector` matches inside the element's shadow root, and for the render after it. */
export async function until(el: LitElement, selector: string, message?: string): Promise<void> {
  await waitUntil(() => shadow(el).querySelector(selector), message ?? `${selector} never appeared`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** Requests the page made to the hub whose URL contains `part`, from the browser's own timing. */
export function requestsTo(part: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));
}

/** Lets the test page's origin make signed-in requests, as the hub does for a registered partner site. */
export async function registerTestOrigin(): Promise<void> {
  await executeServerCommand('mnh-partner-site', { origin: location.origin });
}

/** The sign-in code the hub last emailed to `email`, read from its outbox. */
export async function signInCode(email: string): Promise<string> {
  const code = await executeServerCommand<string | null, { email: string }>('mnh-sign-in-code', { email });
  if (!code) throw new Error(`no sign-in code was emailed to ${email}`);
  return code;
}
