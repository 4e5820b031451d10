import { useState } from 'react';
import { useNotify, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';

/**
 * A change of the plan or its supervisors from a dialog: on success the dialog closes and the page
 * reads the trainee again; a refusal stays in the dialog beside what was typed; a stale version
 * (someone else changed the plan, CONFLICT) reads the plan again and says so, `staleKey` naming how.
 */
export function usePlanAction(staleKey = 'plan.stale') {
  const { run, busy, fieldError } = useGraphQLAction();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string>();
  const act = <T>(document: string, variables: Record<string, unknown>, done: (result: T) => void, successKey?: string) =>
    run<T>(
      document,
      variables,
      (result) => {
        setError(undefined);
        if (successKey) notify(successKey, { type: 'success' });
        done(result);
      },
      (failure: HttpError) => {
        if (failure.status === 409) {
          setError(translate(staleKey));
          refresh();
        } else setError(failure.message);
      },
    );
  return { act, busy, fieldError, error, clearError: () => setError(undefined) };
}
