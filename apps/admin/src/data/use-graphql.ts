import { useDataProvider } from 'react-admin';
import type { BtDataProvider } from './data-provider';

/** Runs one of the graph's workflow operations with the signed-in user's token; errors are readable HttpErrors. */
export function useGraphQL() {
  const dataProvider = useDataProvider<BtDataProvider>();
  return <T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>) => dataProvider.graphql<T>(document, variables);
}
