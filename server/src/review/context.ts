// Reads what the review rules decide on: the roster of reviewers and a submission's parties, assignments and reviews.
import type { AssignmentRecord, OrganisationRecord, PersonRecord, ReviewRecord, Store, SubmissionRecord } from '../store/types.js';
import type { Reviewer, ReviewerRef, Seat, SubmissionParties } from './types.js';

/** Organisations by id, read once per request: a roster shares a handful of them. */
function organisationCache(store: Store): (id: string | null) => Promise<OrganisationRecord | null> {
  const known = new Map<string, Promise<OrganisationRecord | null>>();
  return (id) => {
    if (id === null) return Promise.resolve(null);
    let found = known.get(id);
    if (!found) known.set(id, (found = store.organisations.get(id)));
    return found;
  };
}

export function reviewerRef(person: PersonRecord, organisation: OrganisationRecord | null): ReviewerRef {
  return {
    id: person.id,
    name: person.name,
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, kind: organisation.kind, unEntity: organisation.unEntity }
      : null,
  };
}

export class ReviewReader {
  private readonly organisation: (id: string | null) => Promise<OrganisationRecord | null>;
  private readonly people = new Map<string, Promise<PersonRecord | null>>();

  constructor(private readonly store: Store) {
    this.organisation = organisationCache(store);
  }

  person(id: string): Promise<PersonRecord | null> {
    let found = this.people.get(id);
    if (!found) this.people.set(id, (found = this.store.people.get(id)));
    return found;
  }

  async ref(personId: string): Promise<ReviewerRef> {
    const person = await this.person(personId);
    if (!person) return { id: personId, name: 'Unknown reviewer', organisation: null };
    return reviewerRef(person, await this.organisation(person.organisationId));
  }

  /** The person as a reviewer, or null when they are not on the roster (no `reviewer` role). */
  async reviewer(personId: string): Promise<Reviewer | null> {
    const person = await this.person(personId);
    if (!person || !(await this.store.people.roles(personId)).includes('reviewer')) return null;
    return this.asReviewer(person);
  }

  /** Everyone holding the reviewer role. */
  async roster(): Promise<Reviewer[]> {
    const people = await this.store.people.withRole('reviewer');
    return Promise.all(people.map((person) => this.asReviewer(person)));
  }

  private async asReviewer(person: PersonRecord): Promise<Reviewer> {
    const organisation = await this.organisation(person.organisationId);
    const profile = await this.store.people.reviewerProfile(person.id);
    return {
      ref: reviewerRef(person, organisation),
      email: person.email,
      organisationId: person.organisationId,
      unEntity: organisation?.unEntity ?? false,
      expertise: profile?.expertise ?? { objectives: [], themes: [] },
      languages: profile?.languages ?? [],
      conflictOrganisationIds: profile?.conflictOrganisationIds ?? [],
    };
  }

  /** The submitter's organisation and the implementer named in the content (matched to a known organisation by name, any case). */
  async parties(submission: SubmissionRecord): Promise<SubmissionParties> {
    const owner = await this.person(submission.ownerId);
    // A resource's publisher stands where a practice's implementer does.
    const content = submission.content;
    const implementerName = (content.kind === 'resource' ? content.publisher : content.organisation)?.name ?? null;
    const implementer = implementerName ? await this.store.organisations.findByName(implementerName.trim()) : null;
    return {
      ownerId: submission.ownerId,
      ownerOrganisationId: owner?.organisationId ?? null,
      implementerOrganisationId: implementer?.id ?? null,
      implementerName,
    };
  }

  /** The seat an active assignment holds: whether its reviewer works for a UN entity. */
  async seat(assignment: AssignmentRecord): Promise<Seat> {
    const ref = await this.ref(assignment.reviewerId);
    return { unEntity: ref.organisation?.unEntity ?? false, extra: assignment.extra };
  }
}

/** A submission's review state: its assignments (active ones apart) and every review, all rounds. */
export interface ReviewState {
  submission: SubmissionRecord;
  assignments: AssignmentRecord[];
  active: AssignmentRecord[];
  reviews: ReviewRecord[];
  /** This round's reviews. */
  current: ReviewRecord[];
}

export async function reviewState(store: Store, submission: SubmissionRecord): Promise<ReviewState> {
  const [assignments, reviews] = await Promise.all([store.assignments.forSubmission(submission.id), store.reviews.forSubmission(submission.id)]);
  return {
    submission,
    assignments,
    active: assignments.filter((a) => a.state === 'active'),
    reviews,
    current: reviews.filter((r) => r.round === submission.round),
  };
}
