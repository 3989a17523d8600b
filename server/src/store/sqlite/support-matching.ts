// The reads behind support-request suggestions: experts and published practices that share something with a request.
import type { ExpertCandidate, PracticeCandidate, SupportRequestRepository } from '../support-types.js';
import { prepared, type Db } from './connection.js';

/** Requests an expert is still working on (or may soon be): what "availability" counts. */
const OPEN_STATES = "('under-assessment', 'matched', 'in-progress')";

interface ExpertRow {
  id: string;
  name: string;
  title: string;
  organisation: string;
  objectives: string;
  regions: string;
  languages: string;
  open: number;
}

interface PracticeRow {
  id: string;
  slug: string;
  title: string;
  objectives: string;
  regions: string;
  text_rank: number | null;
}

type Matching = Pick<SupportRequestRepository, 'expertCandidates' | 'practiceCandidates'>;

export function supportMatching(db: Db): Matching {
  return {
    async expertCandidates({ objectives, region }, limit) {
      // A shared objective or region makes a candidate; languages only rank them (nearly every expert speaks English).
      const rows = prepared(
        db,
        `WITH hits AS (
           SELECT expert FROM expert_objective WHERE objective IN (SELECT value FROM json_each(@objectives))
           UNION SELECT expert FROM expert_region WHERE region = @region
         )
         SELECT e.id, e.name, e.title, e.organisation_name AS organisation, e.objectives, e.regions, e.languages,
           (SELECT count(*) FROM support_assignment a JOIN support_request r ON r.id = a.request_id
             WHERE a.expert_id = e.id AND r.state IN ${OPEN_STATES}) AS open
         FROM hits h JOIN expert e ON e.rowid = h.expert
         LIMIT @limit`,
      ).all({ objectives: JSON.stringify(objectives), region, limit }) as ExpertRow[];
      return rows.map(
        (row): ExpertCandidate => ({
          id: row.id,
          name: row.name,
          title: row.title,
          organisation: row.organisation,
          objectives: JSON.parse(row.objectives) as number[],
          regions: JSON.parse(row.regions) as string[],
          languages: JSON.parse(row.languages) as string[],
          openAssignments: row.open,
        }),
      );
    },
    async practiceCandidates({ objectives, region, text }, limit) {
      // The junction and FTS tables hold published practices only (migration 1), so no state check is needed.
      const rows = prepared(
        db,
        `WITH ranked AS (
           SELECT rowid AS practice, bm25(practice_fts) AS text_rank FROM practice_fts WHERE @text IS NOT NULL AND practice_fts MATCH @text
           ORDER BY text_rank LIMIT @limit
         ), hits AS (
           SELECT practice FROM ranked
           UNION SELECT practice FROM practice_objective WHERE objective IN (SELECT value FROM json_each(@objectives))
           UNION SELECT practice FROM practice_region WHERE region = @region
         )
         SELECT p.id, p.slug, p.title, p.objectives, p.regions, (SELECT text_rank FROM ranked r WHERE r.practice = h.practice) AS text_rank
         FROM hits h JOIN practice p ON p.rowid = h.practice
         LIMIT @limit * 4`,
      ).all({ objectives: JSON.stringify(objectives), region, text, limit }) as PracticeRow[];
      return rows.map(
        (row): PracticeCandidate => ({
          id: row.id,
          slug: row.slug,
          title: row.title,
          objectives: JSON.parse(row.objectives) as number[],
          regions: JSON.parse(row.regions) as string[],
          textRank: row.text_rank,
        }),
      );
    },
  };
}
