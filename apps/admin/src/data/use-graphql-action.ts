import { useRef, useState } from 'react';
import { useNotify, useRefresh, type HttpError } from 'react-admin';
import { useGraphQL } from './use-graphql';
import { refusalBeyondInputs } from './graphql-error';
import { useProblemText } from './use-problem-text';

/**
 * Runs a workflow operation on the shown record: busy state, the server's refusal in the chosen
 * language, then refresh. A refusal is said once, where the user is: each problem at the input it
 * names (`fieldError`), the rest as `refusal` in the dialog when `showsRefusal` (the caller shows it),
 * else in a toast; no toast repeats what an input or the dialog says. What was typed stays as it was
 * on a refusal; `failure` lets the page react to it (e.g. read the record again after a CONFLICT).
 */
export function useGraphQLAction({ showsRefusal = false }: { showsRefusal?: boolean } = {}) {
  const graphql = useGraphQL();
  const notify = useNotify();
  const refresh = useRefresh();
  const problemText = useProblemText();
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState<Record<string, unknown>>({});
  const [refusal, setRefusal] = useState<string>();
  // the inputs this render shows a refusal at: those fieldError is asked for (the caller's and its children's)
  const inputs = useRef(new Set<string>());
  inputs.current = new Set();
  const run = async <T,>(document: string, variables: Record<string, unknown>, success?: (result: T) => void, failure?: (error: HttpError) => void) => {
    setBusy(true);
    try {
      const result = await graphql<T>(document, variables);
      setInvalid({});
      setRefusal(undefined);
      success?.(result);
      refresh();
    } catch (error) {
      const refused = error as HttpError;
      const elsewhere = refusalBeyondInputs(refused, (source) => inputs.current.has(source), problemText);
      setInvalid(refused.body?.errors ?? {});
      setRefusal(elsewhere);
      if (elsewhere && !showsRefusal) notify(elsewhere, { type: 'error', multiLine: true, autoHideDuration: 10000 });
      failure?.(refused);
    } finally {
      setBusy(false);
    }
  };
  /** Props for the input of an operation's argument: marked with the server's message when a refusal names it. */
  const fieldError = (argument: string) => {
    inputs.current.add(argument);
    const message = invalid[argument];
    return typeof message === 'string' ? { error: true, helperText: message } : {};
  };
  return { run, busy, fieldError, refusal };
}
