import { useState } from 'react';
import { useNotify, useRefresh, type HttpError } from 'react-admin';
import { useGraphQL } from './use-graphql';

/**
 * Runs a workflow operation on the shown record: busy state, the server's refusal in the chosen
 * language (and at the input it names), then refresh. What was typed stays as it was on a refusal;
 * `failure` lets the page react to it (e.g. read the record again after a CONFLICT).
 */
export function useGraphQLAction() {
  const graphql = useGraphQL();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState<Record<string, unknown>>({});
  const run = async <T,>(document: string, variables: Record<string, unknown>, success?: (result: T) => void, failure?: (error: HttpError) => void) => {
    setBusy(true);
    try {
      const result = await graphql<T>(document, variables);
      setInvalid({});
      success?.(result);
      refresh();
    } catch (error) {
      setInvalid((error as HttpError).body?.errors ?? {});
      notify((error as Error).message, { type: 'error', multiLine: true, autoHideDuration: 10000 });
      failure?.(error as HttpError);
    } finally {
      setBusy(false);
    }
  };
  /** Props for the input of an operation's argument: marked with the server's message when a refusal names it. */
  const fieldError = (argument: string) => {
    const message = invalid[argument];
    return typeof message === 'string' ? { error: true, helperText: message } : {};
  };
  return { run, busy, fieldError };
}
