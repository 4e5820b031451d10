import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Not } from 'typeorm';
import { Role } from '@bt/auth';
import { missingReferences, normalizedPersonalIdentityNumber, traineeEmploymentProblems } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import { TraineeEmploymentInput } from './trainee-employment.input';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Trainee)
export class TraineeMutationResolver {
  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => Trainee, {
    description: 'Ändrar en BT-läkares anställning. Varje ändring loggas i audit_event (vem, vilken BT-läkare, när; aldrig personnumret).',
  })
  async updateTraineeEmployment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TraineeEmploymentInput) input: TraineeEmploymentInput,
    @Ctx() { dataSource, loaders, viewer, today }: EmploymentContext,
  ): Promise<Trainee> {
    const [trainee, site, cohort] = await Promise.all([loaders.trainee.load(id), loaders.site.load(input.siteId), loaders.cohort.load(input.cohortId)]);
    const problems = [
      ...missingReferences([['BT-läkaren', 'id', id, trainee], ['Huvudorten', 'siteId', input.siteId, site], ['Kullen', 'cohortId', input.cohortId, cohort]]),
      ...traineeEmploymentProblems(input, { today, siteId: input.siteId, cohortSiteId: cohort?.siteId }),
    ];
    const personalIdentityNumber = normalizedPersonalIdentityNumber(input.personalIdentityNumber, today);
    if (personalIdentityNumber && (await dataSource.getRepository(Trainee).existsBy({ personalIdentityNumber, id: Not(id) }))) {
      problems.push('Personnumret (personalIdentityNumber) tillhör en annan BT-läkare.');
    }
    if (problems.length > 0 || !personalIdentityNumber) throw badUserInput(problems);
    const changes = {
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      personalIdentityNumber,
      siteId: input.siteId,
      cohortId: input.cohortId,
      employmentStart: input.employmentStart,
      employmentEnd: input.employmentEnd,
      employmentForm: input.employmentForm,
    };
    await dataSource.transaction(async (manager) => {
      await manager.update(Trainee, { id }, changes);
      await manager.insert(AuditEvent, auditEvent(viewer, 'UPDATE_TRAINEE_EMPLOYMENT', 'Trainee', id));
    });
    return Object.assign(new Trainee(), { ...trainee, ...changes });
  }
}
