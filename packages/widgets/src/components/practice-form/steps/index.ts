// The six steps of <mnh-practice-form>, loaded once the form is first shown (a signed-out visit never needs them).
import type { TemplateResult } from 'lit';
import type { FormView } from '../fields.js';
import { objectivesStep, practiceStep } from './about.js';
import { filesStep } from './files.js';
import { implementationStep } from './implementation.js';
import { reviewStep } from './review.js';
import { whereStep } from './where.js';

export type { FormView } from '../fields.js';

export const steps: readonly ((view: FormView) => TemplateResult)[] = [
  practiceStep,
  objectivesStep,
  whereStep,
  implementationStep,
  filesStep,
  reviewStep,
];
