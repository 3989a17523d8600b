// Drives <mnh-practice-form> as a contributor does: its six steps by their labels, then submission.
import type { Locator } from 'playwright-core';

/** What a contributor types into the form; keys are the hub's taxonomy keys, as the selects' values. */
export interface PracticeInput {
  title: string;
  summary: string;
  description: string;
  language: string;
  /** Checkbox names, e.g. `6 · Recruitment and decent work`. */
  objectives: string[];
  principle: { label: string; justification: string };
  country: string;
  scope: string;
  organisation: { name: string; kind: string };
  /** Needed when the organisation is not the contributor's own. */
  focalPoint?: { name: string; email: string };
  startYear: number;
  endYear: number;
  status: string;
  results: string;
}

/** The heading of the step shown. */
export const stepHeading = (form: Locator) => form.locator('[part="step-heading"]');

/** Opens a step from the step list, and waits for its heading. */
export async function openStep(form: Locator, name: string): Promise<void> {
  await form.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true }).click();
  await stepHeading(form).filter({ hasText: name }).waitFor();
}

/** Next, then the following step's heading. */
async function next(form: Locator, name: string): Promise<void> {
  await form.getByRole('button', { name: 'Next', exact: true }).click();
  await stepHeading(form).filter({ hasText: name }).waitFor();
}

/** Adds one value to a list with a select and an Add button (countries, languages). */
async function addToList(form: Locator, selectId: string, value: string): Promise<void> {
  const field = form.locator('[part~="field"]', { has: form.page().locator(`#${selectId}`) });
  await field.locator('select').selectOption(value);
  await field.getByRole('button', { name: 'Add', exact: true }).click();
}

/**
 * Fills a new practice in, step by step, and submits it for review; resolves once the form thanks
 * the contributor. A form opened on an older draft is started afresh.
 */
export async function submitPractice(form: Locator, p: PracticeInput): Promise<void> {
  const startNew = form.getByRole('button', { name: 'Start a new practice' });
  await stepHeading(form).or(startNew).waitFor();
  if (await startNew.isVisible()) await startNew.click();
  await stepHeading(form).filter({ hasText: 'The practice' }).waitFor();

  await form.getByLabel('Title', { exact: true }).fill(p.title);
  await form.getByLabel('Summary', { exact: true }).fill(p.summary);
  await form.getByLabel('Description', { exact: true }).fill(p.description);
  await form.getByLabel('Language it is written in').selectOption(p.language);
  await next(form, 'Objectives and principles');

  for (const objective of p.objectives) await form.getByRole('checkbox', { name: objective, exact: true }).check();
  await form.getByRole('checkbox', { name: p.principle.label, exact: true }).check();
  await form.getByLabel(`How it meets “${p.principle.label}”`).fill(p.principle.justification);
  await next(form, 'Where and who');

  await addToList(form, 'f-countries', p.country);
  await form.getByLabel('Scope', { exact: true }).selectOption(p.scope);
  const implementer = form.getByRole('group', { name: 'Implementing organisation' });
  await implementer.getByLabel('Name', { exact: true }).fill(p.organisation.name);
  await implementer.getByLabel('Kind of organisation').selectOption(p.organisation.kind);
  if (p.focalPoint) {
    const focal = form.getByRole('group', { name: 'Focal point' });
    await focal.getByLabel('Name', { exact: true }).fill(p.focalPoint.name);
    await focal.getByLabel('Email address').fill(p.focalPoint.email);
  }
  await next(form, 'Implementation and results');

  await form.getByLabel('Start year').fill(String(p.startYear));
  await form.getByLabel('End year').fill(String(p.endYear));
  await form.getByLabel('Status', { exact: true }).selectOption(p.status);
  await form.getByLabel('Results', { exact: true }).fill(p.results);
  await next(form, 'Links and files');
  await next(form, 'Review and submit');

  // The last step sums up what was written before it is sent.
  await form.locator('[part~="review-section"]', { hasText: p.title }).waitFor();
  await sendForReview(form);
}

/** Submit for review (a first submission or an answer to the reviewers), then the thanks. */
export async function sendForReview(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Submit for review' }).click();
  await form.getByRole('heading', { name: 'Submitted for review' }).waitFor();
}
