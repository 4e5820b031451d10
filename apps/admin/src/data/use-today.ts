import { useEffect, useState } from 'react';
import { useGraphQL } from './use-graphql';

export const TODAY = `query { today }`;

let asked: Promise<string> | undefined;

/**
 * Today's date by the server's clock (YYYY-MM-DD), asked once per page load: default dates in forms
 * and the timeline's today marker follow the server, never the browser's clock. Undefined until known.
 */
export function useToday(): string | undefined {
  const graphql = useGraphQL();
  const [today, setToday] = useState<string>();
  useEffect(() => {
    asked ??= graphql<{ today: string }>(TODAY).then((data) => data.today);
    asked.then(setToday, () => (asked = undefined));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return today;
}
