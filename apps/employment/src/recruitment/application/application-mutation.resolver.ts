import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Not } from 'typeorm';
import { Role } from '@bt/auth';
import {
  ApplicationState,
  applicationChangeProblems,
  applicationProblems,
  eligibility,
  FormalRequirement,
  missingReferences,
  normalizedPersonalIdentityNumber,
  requirementChangeProblems,
  stateAfterRequirements,
  textProblems,
  type ApplicationDraft,
} from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Application } from './application.entity';
import { RequirementCheck } from './requirement-check.entity';
import { ApplicationInput } from './application.input';
import { ImportResult } from './import-result.type';
import { applicationColumns, meritsOf } from './application-columns';
import { importApplicationCsv } from './application-import';
import { InterviewSlot } from '../interview/interview-slot.entity';
import { recruitmentRequest, requireApplication, requireRound } from '../recruitment-request';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => Application)
export class ApplicationMutationResolver {
  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => ImportResult, {
    description:
      'REC-1: importerar jobbportalens CSV-export (semikolonseparerad, UTF-8, rubrikrad först; se tools/recruitment-import/README.md). Rader med fel rapporteras med radnummer och sparas inte; samma fil två gånger ger inga dubbletter.',
  })
  async importApplications(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('csv', () => String) csv: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ImportResult> {
    await requireRound(ctx, roundId);
    return importApplicationCsv(ctx.dataSource, roundId, csv, { today: ctx.today });
  }

  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => Application, { description: 'Ändrar en ansökans uppgifter och meriter (REC-5).' })
  async updateApplication(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    const application = await requireApplication(ctx, id, 'id');
    const [round, site] = await Promise.all([recruitmentRequest(ctx).loaders.round.load(application.roundId), ctx.loaders.site.load(input.preferredSiteId)]);
    const draft: ApplicationDraft = {
      ...input,
      externalId: application.externalId,
      receivedAt: application.receivedAt,
      personalIdentityNumber: input.personalIdentityNumber ?? application.personalIdentityNumber,
      merits: input.merits ?? meritsOf(application),
    };
    const problems = [
      ...missingReferences([['Huvudorten', 'preferredSiteId', input.preferredSiteId, site]]),
      ...applicationChangeProblems(round!.state, application.state),
      ...applicationProblems(draft, ctx.today),
    ];
    const personalIdentityNumber = normalizedPersonalIdentityNumber(draft.personalIdentityNumber, ctx.today);
    const repository = ctx.dataSource.getRepository(Application);
    if (personalIdentityNumber && (await repository.existsBy({ roundId: application.roundId, personalIdentityNumber, id: Not(id) }))) {
      problems.push('Personnumret (personalIdentityNumber) finns redan i en annan ansökan i omgången.');
    }
    if (problems.length > 0 || !personalIdentityNumber) throw badUserInput(problems);
    const columns = applicationColumns(draft, personalIdentityNumber);
    await repository.update({ id }, columns);
    return Object.assign(new Application(), { ...application, ...columns });
  }

  @Authorized(Role.DIRECTOR, Role.HR_COORDINATOR)
  @Mutation(() => Application, {
    description:
      'REC-3: registrerar om ett formellt krav är uppfyllt, med underlag (vem och när sparas). Alla tre uppfyllda ger ELIGIBLE; något som inte är uppfyllt ger INELIGIBLE (ansökan finns kvar med skälen men rangordnas inte, och en bokad intervjutid frigörs).',
  })
  async recordRequirement(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('requirement', () => FormalRequirement) requirement: FormalRequirement,
    @Arg('met', () => Boolean) met: boolean,
    @Arg('evidence', () => String) evidence: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    const application = await requireApplication(ctx, applicationId);
    const round = await recruitmentRequest(ctx).loaders.round.load(application.roundId);
    const problems = [
      ...requirementChangeProblems(round!.state, application.state),
      ...textProblems('Underlaget (evidence)', evidence, { required: true, maxLength: 500 }),
    ];
    if (problems.length > 0) throw badUserInput(problems);
    const state = await ctx.dataSource.transaction(async (manager) => {
      await manager.upsert(
        RequirementCheck,
        { applicationId, requirement, met, evidence: evidence.trim(), checkedById: ctx.viewer.id, checkedAt: new Date() },
        ['applicationId', 'requirement'],
      );
      const checks = await manager.findBy(RequirementCheck, { applicationId });
      const next = stateAfterRequirements(application.state, eligibility(checks));
      if (next !== application.state) await manager.update(Application, { id: applicationId }, { state: next });
      // REC-6: an applicant found ineligible is no longer invited; the interview slot is freed
      if (next === ApplicationState.INELIGIBLE) await manager.update(InterviewSlot, { applicationId }, { applicationId: null });
      return next;
    });
    return Object.assign(new Application(), { ...application, state });
  }
}
