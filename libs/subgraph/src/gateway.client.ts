import { GraphQLError } from 'graphql';
import { unavailable, FORBIDDEN, UNAUTHENTICATED, type ServiceTokens } from '@bt/auth';
import type { EducationTraineeCriteria } from '@bt/domain';

/** How long a subgraph waits for the gateway before giving up on a call onward. */
const TIMEOUT_MS = 15_000;

/** Answers from the other side that are refusals of this request, passed on as what they are. */
const REFUSALS: readonly string[] = [FORBIDDEN, UNAUTHENTICATED, 'BAD_USER_INPUT'];

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: unknown } }[];
}

/**
 * Asks other subgraphs, through the gateway, for what a rule of this subgraph needs. It calls as this
 * subgraph's service identity (a short-lived token of its own, README "Tjänsteidentitet mellan
 * delgrafer"), which may read only the fields meant for it, and names whose row scope it asks about. A
 * subgraph never reads another subgraph's tables (ARCHITECTURE.md, Federation).
 *
 * A gateway or subgraph that cannot be reached, times out or fails is UNAVAILABLE, never FORBIDDEN; a
 * refusal from the other side (FORBIDDEN, UNAUTHENTICATED, BAD_USER_INPUT) stays what it is.
 */
export class GatewayClient {
  constructor(
    private readonly gatewayUrl: string,
    private readonly identity: ServiceTokens,
  ) {}

  /** The trainees `supervisorId` supervises, as main or clinical supervisor (education knows): that person's row scope. */
  async supervisedTraineeIds(supervisorId: string): Promise<string[]> {
    const data = await this.query<{ supervisedTraineeIds: string[] }>(
      'query ($supervisorId: ID!) { supervisedTraineeIds(supervisorId: $supervisorId) }',
      { supervisorId },
      'handledare och placeringar',
    );
    return data.supervisedTraineeIds;
  }

  /**
   * For each filter, the ids of all trainees that education finds for it, in one request; the caller
   * narrows them to its own row scope.
   */
  async educationTraineeIds(filters: readonly EducationTraineeCriteria[]): Promise<string[][]> {
    if (filters.length === 0) return [];
    const variables = Object.fromEntries(filters.map((filter, index) => [`f${index}`, filter]));
    const document = `query (${filters.map((_, i) => `$f${i}: EducationTraineeFilter!`).join(', ')}) {
      ${filters.map((_, i) => `r${i}: educationTraineeIds(filter: $f${i})`).join('\n')}
    }`;
    const data = await this.query<Record<string, string[]>>(document, variables, 'BT-läkarnas placeringar och handledare');
    return filters.map((_, index) => data[`r${index}`]);
  }

  private async query<T>(document: string, variables: Record<string, unknown>, about: string): Promise<T> {
    let body: GraphQLAnswer<T>;
    try {
      const response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.identity.token()}` },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      body = (await response.json()) as GraphQLAnswer<T>;
    } catch (error) {
      console.warn(`[gateway ${this.identity.service}] ${about}: ${(error as Error).message}`);
      throw unavailable(about);
    }
    const refusal = body.errors?.find((error) => REFUSALS.includes(error.extensions?.code ?? ''));
    if (refusal) {
      throw new GraphQLError(`Kunde inte avgöra ${about}: ${refusal.message}`, { extensions: { ...refusal.extensions } });
    }
    if (!body.data || body.errors?.length) {
      console.warn(`[gateway ${this.identity.service}] ${about}: ${body.errors?.[0]?.message ?? 'inget svar'}`);
      throw unavailable(about);
    }
    return body.data;
  }
}
