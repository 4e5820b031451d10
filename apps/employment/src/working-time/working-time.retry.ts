import { isUniqueViolation } from '@bt/database';

/**
 * Runs `work` again once when it lost a race for a unique key (two HR clicks on the same month, the
 * nightly check and HR's reconciliation flagging the same trainee): the second try reads the row the
 * other wrote and replaces or skips it, as if the two had come one after the other.
 */
export async function onceMoreOnUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}
