// The Hub's submission checklist, applied when a draft is submitted: each unmet item names its field.
import type { FieldError } from '../http/problem.js';
import type { SubmissionContent } from '../store/types.js';

/** A justification shorter than this says nothing about how the principle is met. */
export const MIN_JUSTIFICATION = 20;

const READY_STATUSES = new Set(['completed', 'mostly-completed']);

function missing(field: string, message: string): FieldError {
  return { field, in: 'body', message };
}

function blank(text: string | null | undefined): boolean {
  return (text ?? '').trim() === '';
}

/**
 * Every checklist item the draft fails, as field errors with JSON pointers into the content.
 * `submitterOrganisation` is the submitter's own organisation name: when it is not the
 * implementer's (or the submitter has none), the practice is submitted on someone else's behalf
 * and needs a focal point of the implementer. `attachedFiles` counts the submission's files: one
 * can stand in for a resource's address.
 */
export function checklistProblems(content: SubmissionContent, submitterOrganisation: string | null, attachedFiles = 0): FieldError[] {
  if (content.kind === 'resource') return resourceProblems(content, attachedFiles);
  const errors: FieldError[] = [];
  if (blank(content.title)) errors.push(missing('/title', 'is required to submit'));
  if (blank(content.summary)) errors.push(missing('/summary', 'is required to submit'));
  if (blank(content.description)) errors.push(missing('/description', 'is required to submit'));
  if (!content.objectives?.length) errors.push(missing('/objectives', 'must name at least one GCM objective'));

  const claims = content.principles ?? [];
  if (claims.length === 0) errors.push(missing('/principles', 'must assess the practice against at least one guiding principle'));
  const seen = new Set<string>();
  claims.forEach((claim, i) => {
    if (seen.has(claim.principle)) errors.push(missing(`/principles/${i}/principle`, 'is claimed twice'));
    seen.add(claim.principle);
    if (claim.justification.trim().length < MIN_JUSTIFICATION) {
      errors.push(missing(`/principles/${i}/justification`, `must say in at least ${MIN_JUSTIFICATION} characters how the principle is met`));
    }
  });

  const implementation = content.implementation;
  if (!implementation) {
    errors.push(missing('/implementation', 'is required to submit: start year, end year and status'));
  } else {
    const { startYear, endYear, status } = implementation;
    if (startYear === undefined) errors.push(missing('/implementation/startYear', 'is required to submit'));
    if (status === undefined) errors.push(missing('/implementation/status', 'is required to submit'));
    else if (!READY_STATUSES.has(status)) errors.push(missing('/implementation/status', 'must be completed or mostly-completed'));
    // Only a practice still running (mostly completed) may leave the end open.
    if ((endYear === undefined || endYear === null) && status !== 'mostly-completed') {
      errors.push(missing('/implementation/endYear', 'is required unless the practice is still running'));
    }
    if (typeof endYear === 'number' && startYear !== undefined && endYear < startYear) {
      errors.push(missing('/implementation/endYear', 'must not be before the start year'));
    }
  }

  const implementer = content.organisation;
  if (!implementer) errors.push(missing('/organisation', 'the implementing organisation is required to submit'));
  const onBehalf = !implementer || normalise(implementer.name) !== normalise(submitterOrganisation ?? '');
  if (onBehalf && !content.focalPoint) {
    errors.push(missing('/focalPoint', "is required when submitting on another organisation's behalf: a focal point of the implementer"));
  }
  return errors;
}

/**
 * A resource of the tools and library is found by its title, summary, type, objectives and
 * language, and must lead somewhere: its address, or an attached file the hub then serves.
 */
function resourceProblems(content: SubmissionContent, attachedFiles: number): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(content.title)) errors.push(missing('/title', 'is required to submit'));
  if (blank(content.summary)) errors.push(missing('/summary', 'is required to submit'));
  if (!content.resourceType) errors.push(missing('/resourceType', 'is required to submit: what kind of resource it is'));
  if (!content.objectives?.length) errors.push(missing('/objectives', 'must name at least one GCM objective'));
  if (!content.publisher) errors.push(missing('/publisher', 'the publishing organisation is required to submit'));
  if (blank(content.url) && attachedFiles === 0) errors.push(missing('/url', 'is required to submit, unless a file of the resource is attached'));
  if (!content.language) errors.push(missing('/language', 'is required to submit: the language of the title and summary'));
  return errors;
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
