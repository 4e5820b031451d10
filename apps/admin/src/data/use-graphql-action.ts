import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { useGraphQL } from './use-graphql';

/** Runs a workflow operation on the shown record: busy state, the server's message on refusal, then refresh. */
export function useGraphQLAction() {
  const graphql = useGraphQL();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async <T,>(document: string, variables: Record<string, unknown>, success?: (result: T) => void) => {
    setBusy(true);
    try {
      const result = await graphql<T>(document, variables);
      success?.(result);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true, autoHideDuration: 10000 });
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
