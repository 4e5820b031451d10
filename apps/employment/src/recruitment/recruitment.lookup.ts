import type { DataSource } from 'typeorm';
import { missingReferences } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { RecruitmentRound } from './round/recruitment-round.entity';
import { Application } from './application/application.entity';
import { assertInRoundScope, loadRoundScope } from './round/round-scope';

/** The round an operation names, in the actor's round scope; BAD_USER_INPUT naming the field when it does not exist. */
export async function requireRound(dataSource: DataSource, actor: Actor, roundId: string, field = 'roundId'): Promise<RecruitmentRound> {
  const round = await dataSource.getRepository(RecruitmentRound).findOneBy({ id: roundId });
  if (!round) throw badUserInput(missingReferences([['Rekryteringsomgången', field, roundId, round]]));
  assertInRoundScope(await loadRoundScope(dataSource, actor.viewer), round.id);
  return round;
}

/** The application an operation names and its round, in the actor's round scope; BAD_USER_INPUT naming the field when it does not exist. */
export async function requireApplication(
  dataSource: DataSource,
  actor: Actor,
  applicationId: string,
  field = 'applicationId',
): Promise<{ application: Application; round: RecruitmentRound }> {
  const application = await dataSource.getRepository(Application).findOneBy({ id: applicationId });
  if (!application) throw badUserInput(missingReferences([['Ansökan', field, applicationId, application]]));
  const round = await requireRound(dataSource, actor, application.roundId);
  return { application, round };
}
