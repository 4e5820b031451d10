import { GraphQLError } from 'graphql';
import type { EducationTraineeCriteria } from '@bt/domain';

/** How long a subgraph waits for the gateway before giving up on a call onward. */
const TIMEOUT_MS = 15_000;

/**
 * Asks other subgraphs, through the gateway and with the caller's own token (so their authorisation
 * and row scope apply), for what this subgraph needs. A subgraph never reads another subgraph's
 * tables (ARCHITECTURE.md, Federation).
 */
export class GatewayClient {
  constructor(private readonly gatewayUrl: string) {}

  /** Which trainees the caller supervises (education knows). */
  async supervisedTraineeIds(token: string): Promise<string[]> {
    const data = await this.query<{ supervisedTraineeIds: string[] }>(token, '{ supervisedTraineeIds }', {}, 'vilka BT-läkare du handleder');
    return data.supervisedTraineeIds;
  }

  /**
   * For each filter, the ids of the trainees (within the caller's scope) that education finds for it:
   * all filters in one request.
   */
  async educationTraineeIds(token: string, filters: readonly EducationTraineeCriteria[]): Promise<string[][]> {
    if (filters.length === 0) return [];
    const variables = Object.fromEntries(filters.map((filter, index) => [`f${index}`, filter]));
    const document = `query (${filters.map((_, i) => `$f${i}: EducationTraineeFilter!`).join(', ')}) {
      ${filters.map((_, i) => `r${i}: educationTraineeIds(filter: $f${i})`).join('\n')}
    }`;
    const data = await this.query<Record<string, string[]>>(token, document, variables, 'BT-läkarnas placeringar och handledare');
    return filters.map((_, index) => data[`r${index}`]);
  }

  private async query<T>(token: string, document: string, variables: Record<string, unknown>, about: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`Kunde inte fråga gatewayen (${this.gatewayUrl}) om ${about}: ${(error as Error).message}`);
    }
    const body = (await response.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    if (!body.data || body.errors?.length) {
      const [first] = body.errors ?? [];
      throw new GraphQLError(`Kunde inte avgöra ${about}: ${first?.message ?? `HTTP ${response.status}`}`, {
        extensions: { code: first?.extensions?.code ?? 'FORBIDDEN' },
      });
    }
    return body.data;
  }
}
