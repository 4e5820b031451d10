import type { DataSource } from 'typeorm';
import { isClientAddress, type Actor } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';
import { auditEvent } from './audit-log';

export enum SignInMethod {
  DEV = 'DEV',
  OIDC = 'OIDC',
}

export interface SignIn {
  personId: string;
  username: string;
  method: SignInMethod;
  clientAddress?: string | null;
}

/**
 * A sign-in as the gateway reports it (only its service identity may): the person who signed in is the
 * event's actor, with the gateway's request id and the client's address (when it is one).
 */
export async function recordSignIn(dataSource: DataSource, { requestId }: Actor, signIn: SignIn): Promise<void> {
  const viewer = { id: signIn.personId.slice(0, 36), username: signIn.username.slice(0, 60), name: signIn.username, roles: [] };
  const clientAddress = signIn.clientAddress && isClientAddress(signIn.clientAddress) ? signIn.clientAddress : undefined;
  await dataSource
    .getRepository(AuditEvent)
    .insert(auditEvent({ viewer, requestId, clientAddress }, 'SIGN_IN', 'Person', viewer.id, new Date(), { newValue: signIn.method }));
}
