import { api, ApiError } from './api';
import type { Me } from './auth';

/** `Position` of a user account, as the API names it. */
export type Position = 'Officer' | 'TeamLead' | 'DivisionHead' | 'BureauDirector' | 'DeputyHead' | 'Head' | 'None';

/** A person of the signed-in user's government. */
export interface Person {
  id: string;
  name: string;
  tenantId: string;
  roles: string[];
  position: Position | string;
}

const positionNames: Record<string, string> = {
  Officer: '주무관',
  TeamLead: '팀장',
  DivisionHead: '과장',
  BureauDirector: '국장',
  DeputyHead: '부단체장',
  Head: '단체장',
};

/** Authority in an approval line, lowest first (the workflow's ApprovalRank). */
const positionRanks: Record<string, number> = {
  Officer: 0,
  TeamLead: 10,
  DivisionHead: 20,
  BureauDirector: 30,
  DeputyHead: 40,
  Head: 50,
};

export function positionName(position: string): string {
  return positionNames[position] ?? '직위 없음';
}

export function positionRank(position: string): number {
  return positionRanks[position] ?? 0;
}

let people: Promise<Person[]> | null = null;

/**
 * Everyone of the signed-in user's government, by id.
 *
 * TODO(directory): there is no production user directory endpoint yet, so this reads the
 * local demo issuer's `GET /api/dev/users` (local mode only; 404 elsewhere, which yields an
 * empty list). A tenant-scoped directory endpoint replaces it later; callers only see
 * `Person`, so only this function changes.
 */
export async function listPeople(me: Me): Promise<Person[]> {
  people ??= api<Person[]>('/api/dev/users', { auth: false }).then(
    (all) => all.filter((p) => p.tenantId === me.tenantId),
    (error: unknown) => {
      people = null;
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    },
  );
  return people;
}

/**
 * The officials who can be put on an approval line: the user's government's people with
 * the 결재권자 (Approver) role, highest position last as a line runs. Built on
 * `listPeople`, so it too moves to the directory endpoint when that exists.
 */
export async function listOfficials(me: Me): Promise<Person[]> {
  const all = await listPeople(me);
  return all
    .filter((p) => p.roles.includes('Approver'))
    .sort((a, b) => positionRank(a.position) - positionRank(b.position) || a.name.localeCompare(b.name, 'ko'));
}

/** "윤팀장 (팀장)" for someone in the directory, the bare user id for someone not in it. */
export function personLabel(person: Person | undefined, userId: string): string {
  return person ? `${person.name} (${positionName(person.position)})` : userId;
}
