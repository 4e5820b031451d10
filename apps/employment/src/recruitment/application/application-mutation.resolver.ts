import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { FormalRequirement } from '@bt/domain';
import { Application } from './application.entity';
import { ApplicationInput } from './application.input';
import { ImportResult } from './import-result.type';
import { importApplications } from './application-import.service';
import { admitLateApplication, recordRequirement, updateApplication } from './application.service';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => Application)
export class ApplicationMutationResolver {
  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => ImportResult, {
    description:
      'REC-1: importerar jobbportalens CSV-export (semikolonseparerad, UTF-8, rubrikrad först; se tools/recruitment-import/README.md). Rader med fel rapporteras med radnummer och sparas inte; samma fil två gånger ger inga dubbletter.',
  })
  importApplications(@Arg('roundId', () => ID) roundId: string, @Arg('csv', () => String) csv: string, @Ctx() ctx: EmploymentContext): Promise<ImportResult> {
    return importApplications(ctx.dataSource, ctx, roundId, csv);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => Application, { description: 'Ändrar en ansökans uppgifter och meriter (REC-5).' })
  updateApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return updateApplication(ctx.dataSource, ctx, id, version, input);
  }

  @Authorized(Permission.HANDLE_APPLICATIONS)
  @Mutation(() => Application, {
    description:
      'REC-3: registrerar om ett formellt krav är uppfyllt, med underlag (vem och när sparas). Alla tre uppfyllda ger ELIGIBLE; något som inte är uppfyllt ger INELIGIBLE (ansökan finns kvar med skälen men rangordnas inte, och en bokad intervjutid frigörs).',
  })
  recordRequirement(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('requirement', () => FormalRequirement) requirement: FormalRequirement,
    @Arg('met', () => Boolean) met: boolean,
    @Arg('evidence', () => String) evidence: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return recordRequirement(ctx.dataSource, ctx, applicationId, { requirement, met, evidence });
  }

  @Authorized(Permission.DECIDE_RECRUITMENT)
  @Mutation(() => Application, {
    description:
      'REC-1: tar med en ansökan som kom in efter sista ansökningsdag i urvalet, med ett skäl (när, av vem och varför sparas och loggas). Utan det hålls den sena ansökan utanför urvalet.',
  })
  admitLateApplication(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return admitLateApplication(ctx.dataSource, ctx, applicationId, reason);
  }
}
