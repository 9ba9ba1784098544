import type { Me } from '../../shared/auth';
import { listPeople, type Person } from '../../shared/officials';

/** Everyone of the government by id, for names; empty when no directory is available. */
export type Directory = Map<string, Person>;

export async function loadDirectory(me: Me): Promise<Directory> {
  try {
    return new Map((await listPeople(me)).map((p) => [p.id, p]));
  } catch (error) {
    // Names are a nicety here: without them the user ids are shown.
    console.warn('직원 목록을 불러오지 못했습니다', error);
    return new Map();
  }
}
