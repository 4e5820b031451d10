import { GraphQLError } from 'graphql';
import { GATEWAY_SECRET_HEADER, unauthenticated, unavailable, type Viewer } from '@bt/auth';

/** How long a verdict on a token holder holds: a removed person or a withdrawn role loses access within this. */
export const CURRENT_VIEWER_TTL_MS = 60_000;

/**
 * Whether a token's holder still exists with the token's roles, asked of employment (which owns Person
 * and Trainee) through its `viewer` query with the holder's own token, directly and with the gateway
 * secret. Every request to any subgraph passes the gateway, so the verdict here covers them all; it is
 * kept per holder (subject, roles, trainee) for at most `ttlMs`: one lookup per holder per minute, not
 * one per request or per subgraph. Employment not answering refuses the request (UNAVAILABLE): fails closed.
 */
export class CurrentViewers {
  private readonly verdicts = new Map<string, { until: number; verdict: Promise<GraphQLError | undefined> }>();

  constructor(
    private readonly employmentUrl: string,
    private readonly gatewaySecret: string,
    private readonly ttlMs = CURRENT_VIEWER_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when the holder is current; throws UNAUTHENTICATED (no longer) or UNAVAILABLE (cannot tell). */
  async confirm(token: string, viewer: Viewer): Promise<void> {
    if (viewer.service) return;
    const key = JSON.stringify([viewer.id, [...viewer.roles].sort(), viewer.traineeId ?? null]);
    const now = this.now();
    let entry = this.verdicts.get(key);
    if (!entry || entry.until <= now) {
      for (const [stale, { until }] of this.verdicts) if (until <= now) this.verdicts.delete(stale);
      entry = { until: now + this.ttlMs, verdict: this.ask(token, viewer) };
      this.verdicts.set(key, entry);
      // a failed lookup is not kept: the next request asks again
      entry.verdict.catch(() => this.verdicts.delete(key));
    }
    const refusal = await entry.verdict;
    if (refusal) throw refusal;
  }

  private async ask(token: string, viewer: Viewer): Promise<GraphQLError | undefined> {
    let body: { data?: { viewer?: { id?: string } | null } | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const response = await fetch(this.employmentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [GATEWAY_SECRET_HEADER]: this.gatewaySecret },
        body: JSON.stringify({ query: '{ viewer { id } }' }),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw unavailable('inloggning');
    }
    if (body.data?.viewer?.id === viewer.id) return undefined;
    const refusal = body.errors?.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
    if (refusal) return unauthenticated(refusal.message, 'ACCESS_CHANGED');
    throw unavailable('inloggning');
  }
}
