import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { SylfRequestedBy } from '@bt/domain';
import { SylfAttendance } from './sylf-attendance.entity';
import { recordSylfAttendance } from './interview.service';
import { Application } from '../application/application.entity';
import { Person } from '../../person/person.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => SylfAttendance)
export class SylfAttendanceResolver {
  @Authorized(Permission.RECORD_SYLF)
  @Mutation(() => Application, {
    description:
      'REC-10: registrerar att en SYLF-representant deltar vid den sökandes intervju, på den sökandes önskan (APPLICANT) eller på SYLFs initiativ (SYLF), som kräver den sökandes samtycke.',
  })
  recordSylfAttendance(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('requestedBy', () => SylfRequestedBy) requestedBy: SylfRequestedBy,
    @Arg('applicantConsent', () => Boolean) applicantConsent: boolean,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return recordSylfAttendance(ctx.dataSource, ctx, applicationId, requestedBy, applicantConsent);
  }

  @FieldResolver(() => Person, { description: 'Vem som registrerade det.' })
  recordedBy(@Root() attendance: SylfAttendance, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(attendance.recordedById);
  }
}
