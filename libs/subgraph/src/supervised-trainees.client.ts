import { forbidden } from '@bt/auth';

/**
 * Asks the education subgraph, through the gateway and with the caller's own token, which trainees
 * the caller supervises. Employment never reads education's tables (ARCHITECTURE.md, Federation).
 */
export class SupervisedTraineesClient {
  constructor(private readonly gatewayUrl: string) {}

  async supervisedTraineeIds(token: string): Promise<string[]> {
    let response: Response;
    try {
      response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ supervisedTraineeIds }' }),
      });
    } catch (error) {
      throw new Error(`Kunde inte fråga gatewayen (${this.gatewayUrl}) om handledda BT-läkare: ${(error as Error).message}`);
    }
    const body = (await response.json()) as { data?: { supervisedTraineeIds?: string[] }; errors?: { message: string }[] };
    if (!body.data?.supervisedTraineeIds) {
      throw forbidden(`Kunde inte avgöra vilka BT-läkare du handleder: ${body.errors?.[0]?.message ?? response.status}`);
    }
    return body.data.supervisedTraineeIds;
  }
}
