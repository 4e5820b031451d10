import { useState } from 'react';
import { useNotify, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';

/**
 * A change of the plan or its supervisors from a dialog: on success the dialog closes and the page
 * reads the trainee again; a refusal is said once, at the input it names or else in the dialog
 * (`error`), beside what was typed — never also in a toast; a stale version (someone else changed the
 * plan, CONFLICT) reads the plan again and says so, `staleKey` naming how.
 */
export function usePlanAction(staleKey = 'plan.stale') {
  const { run, busy, fieldError, refusal } = useGraphQLAction({ showsRefusal: true });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [stale, setStale] = useState(false);
  const act = <T>(document: string, variables: Record<string, unknown>, done: (result: T) => void, successKey?: string) =>
    run<T>(
      document,
      variables,
      (result) => {
        setStale(false);
        if (successKey) notify(successKey, { type: 'success' });
        done(result);
      },
      (failure: HttpError) => {
        setStale(failure.status === 409);
        if (failure.status === 409) refresh();
      },
    );
  return { act, busy, fieldError, error: stale ? translate(staleKey) : refusal };
}
