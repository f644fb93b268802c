/** Builders for tests only (not exported from the package). */
import { ActivitySchema, type Activity } from '../model/activity.ts';
import { at, nextId } from '../metrics/test-fixtures.ts';

type Kind = Activity['kind'];

/** An activity of `kind` logged at the ISO date `when`. */
export function activity(kind: Kind, when: string, extra: Partial<Activity> = {}): Activity {
  return ActivitySchema.parse({ id: nextId(), createdAt: at(when), updatedAt: at(when), kind, ...extra });
}
