// Drives <mnh-review-panel> as a curator (the board, assigning reviewers) and as a reviewer (the queue, a verdict).
import type { Locator } from 'playwright-core';

export type Verdict = 'Approve' | 'Request changes' | 'Reject';

/** The seven criteria by their labels in the form, each with a comment (empty ones are left empty). */
export type CriteriaComments = Partial<Record<
  'Applied' | 'Relevant to the objectives' | 'Coherent with the guiding principles' | 'Innovative' | 'Replicable' | 'Cross-cutting' | 'Timely',
  string
>>;

/** A suggested reviewer on the curator's desk, by name. */
export const suggestion = (panel: Locator, name: string) => panel.locator('[part~="suggestion"]', { hasText: name });
/** An assigned reviewer on the curator's desk, by name. */
export const assignment = (panel: Locator, name: string) => panel.locator('[part~="assignment"]', { hasText: name });

/** Opens a submission from the board or the queue by its title, and waits for its page. */
export async function openSubmission(panel: Locator, title: string): Promise<void> {
  await panel.getByRole('button', { name: title, exact: true }).click();
  await panel.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

/** Assigns a suggested reviewer, and waits until the panel lists them among the reviewers. */
export async function assignReviewer(panel: Locator, name: string): Promise<void> {
  await suggestion(panel, name).getByRole('button', { name: /^Assign/ }).click();
  await assignment(panel, name).waitFor();
}

/**
 * Gives a verdict on the submission open in the reviewer's desk: the verdict, a comment on the
 * criteria given, the overall comment, then Send and the confirmation. Resolves once the panel
 * shows the review as sent.
 */
export async function giveVerdict(panel: Locator, verdict: Verdict, criteria: CriteriaComments, comment: string): Promise<void> {
  const form = panel.locator('[part~="review-form"]');
  await form.getByRole('radio', { name: verdict, exact: true }).check();
  for (const [label, text] of Object.entries(criteria)) await form.getByLabel(label, { exact: true }).fill(text);
  await form.getByLabel('Overall comment').fill(comment);
  await form.getByRole('button', { name: 'Send review' }).click();
  await panel.locator('dialog[open] button[value="send"]').click();
  await panel.locator('[part~="others"]').waitFor();
}
