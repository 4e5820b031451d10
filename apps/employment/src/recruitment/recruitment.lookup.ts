import type { DataSource } from 'typeorm';
import { missingReferences } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { RecruitmentRound } from './round/recruitment-round.entity';
import { Application } from './application/application.entity';
import { inRoundScope, loadRoundScope } from './round/round-scope';

/**
 * The round an operation names, in the actor's round scope (REC-9). One that does not exist and one
 * outside the scope get the same answer, BAD_USER_INPUT NOT_FOUND naming the field: a mutation is no
 * way to find out which ids exist.
 */
export async function requireRound(dataSource: DataSource, actor: Actor, roundId: string, field = 'roundId'): Promise<RecruitmentRound> {
  const round = await dataSource.getRepository(RecruitmentRound).findOneBy({ id: roundId });
  const visible = round && inRoundScope(await loadRoundScope(dataSource, actor.viewer), round.id) ? round : null;
  if (!visible) throw badUserInput(missingReferences([['Rekryteringsomgången', field, roundId, visible]]));
  return visible;
}

/** The application an operation names and its round, in the actor's round scope; missing or out of scope alike: NOT_FOUND naming the field. */
export async function requireApplication(
  dataSource: DataSource,
  actor: Actor,
  applicationId: string,
  field = 'applicationId',
): Promise<{ application: Application; round: RecruitmentRound }> {
  const application = await dataSource.getRepository(Application).findOneBy({ id: applicationId });
  const round = application && (await dataSource.getRepository(RecruitmentRound).findOneBy({ id: application.roundId }));
  const visible = round && inRoundScope(await loadRoundScope(dataSource, actor.viewer), round.id) ? application : null;
  if (!visible || !round) throw badUserInput(missingReferences([['Ansökan', field, applicationId, visible]]));
  return { application: visible, round };
}
