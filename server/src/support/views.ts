// Support requests, messages and assignments as the API shows them: people by name only, never by email.
import type { components } from '@mnh/contract';
import type { Store } from '../store/types.js';
import type { SupportAssignmentRecord, SupportMessageRecord, SupportRequestRecord } from '../store/support-types.js';

type Schemas = components['schemas'];
type Person = Schemas['SupportPerson'];

/** Looks people and experts up once per response. */
export class SupportReader {
  private readonly people = new Map<string, Promise<Person>>();
  private readonly experts = new Map<string, Promise<Person>>();
  constructor(private readonly store: Store) {}

  person(id: string): Promise<Person> {
    let found = this.people.get(id);
    if (!found) {
      found = this.store.people.get(id).then((p) => ({ id, name: p?.name ?? 'A former member' }));
      this.people.set(id, found);
    }
    return found;
  }

  expert(id: string): Promise<Person> {
    let found = this.experts.get(id);
    if (!found) {
      found = this.store.experts.get(id).then((e) => ({ id, name: e?.name ?? 'A former expert' }));
      this.experts.set(id, found);
    }
    return found;
  }

  async request(record: SupportRequestRecord): Promise<Schemas['SupportRequest']> {
    const [requester, history, assignments] = await Promise.all([
      this.person(record.requesterId),
      this.store.supportRequests.history(record.id),
      this.store.supportRequests.assignments(record.id),
    ]);
    return {
      id: record.id,
      state: record.state,
      requester,
      ...record.content,
      agreement: record.agreement,
      declineReason: record.declineReason,
      experts: await Promise.all(assignments.map((a) => this.expert(a.expertId))),
      history,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  async message(record: SupportMessageRecord): Promise<Schemas['SupportMessage']> {
    return { id: record.id, author: await this.person(record.authorId), side: record.side, text: record.text, createdAt: record.createdAt };
  }

  async assignment(record: SupportAssignmentRecord): Promise<Schemas['SupportAssignment']> {
    return {
      id: record.id,
      expert: await this.expert(record.expertId),
      note: record.note,
      assignedBy: await this.person(record.assignedBy),
      assignedAt: record.assignedAt,
    };
  }
}
