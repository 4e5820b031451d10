import type { ApolloServerPlugin } from '@apollo/server';
import { FORBIDDEN } from '@bt/auth';
import type { EmploymentContext } from '../employment.context';

/** At most the length of audit_event.entityId. */
const MAX_ID = 36;

/**
 * Audits every refused attempt (FORBIDDEN) in employment, where the sensitive data lives (salaries,
 * identity numbers, rankings, roles, the audit trail itself): who was refused which operation field
 * (`Query`/`Mutation` and the field's path), with the refusal's code as the new value, in the request's
 * own audit batch. Written even though the request fails, before the answer is sent.
 */
export const auditRefusals: ApolloServerPlugin<EmploymentContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operation }) {
        const refusals = errors.filter((error) => error.extensions?.code === FORBIDDEN && error.path);
        if (refusals.length === 0) return;
        const operationType = operation?.operation === 'mutation' ? 'Mutation' : 'Query';
        await Promise.all(
          refusals.map((error) => {
            const field = error.path!.filter((part) => typeof part === 'string').join('.');
            const [refusal] = (error.extensions.problems as { code?: string }[] | undefined) ?? [];
            return contextValue.audit.record('REFUSED', operationType, field.slice(0, MAX_ID), refusal?.code);
          }),
        );
      },
    };
  },
};
