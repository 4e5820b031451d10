import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { missingReferences, panelMemberProblems, panelRemovalProblems, type PanelCapacity, type RecruitmentStage } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { PanelMember } from './panel-member.entity';
import { requireRound } from '../recruitment.lookup';
import { Person } from '../../person/person.entity';

export interface PanelSeatDraft {
  personId: string;
  stage: RecruitmentStage;
  capacity: PanelCapacity;
}

/** REC-9: seats a person on a stage of the round's panel, representing HR, management or the directors of studies. */
export async function addPanelMember(dataSource: DataSource, actor: Actor, roundId: string, seat: PanelSeatDraft): Promise<PanelMember> {
  const round = await requireRound(dataSource, actor, roundId);
  const { personId, stage, capacity } = seat;
  const [person, alreadySeated] = await Promise.all([
    dataSource.getRepository(Person).findOneBy({ id: personId }),
    dataSource.getRepository(PanelMember).existsBy({ roundId, personId, stage, capacity }),
  ]);
  const problems = [
    ...missingReferences([['Personen', 'personId', personId, person]]),
    ...panelMemberProblems({ stage, capacity }, { state: round.state, personRoles: person?.roles, alreadySeated }),
  ];
  if (problems.length > 0) throw badUserInput(problems);
  const member = Object.assign(new PanelMember(), { id: randomUUID(), roundId, personId, stage, capacity });
  await dataSource.getRepository(PanelMember).insert(member);
  return member;
}

/** Removes a panel member; REC-9: during interviews and offers only when every stage still has HR, management and a director of studies. */
export async function removePanelMember(dataSource: DataSource, actor: Actor, id: string): Promise<PanelMember> {
  const repository = dataSource.getRepository(PanelMember);
  const member = await repository.findOneBy({ id });
  if (!member) throw badUserInput(missingReferences([['Ledamoten', 'id', id, member]]));
  const round = await requireRound(dataSource, actor, member.roundId);
  const remaining = (await repository.findBy({ roundId: round.id })).filter((seat) => seat.id !== id);
  const problems = panelRemovalProblems(round.state, remaining);
  if (problems.length > 0) throw badUserInput(problems);
  await repository.delete({ id });
  return member;
}
