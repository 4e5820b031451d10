import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@bt/auth';
import { SylfRequestedBy, sylfAttendanceProblems } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { SylfAttendance } from './sylf-attendance.entity';
import { Application } from '../application/application.entity';
import { recruitmentRequest, requireApplication } from '../recruitment-request';
import { Person } from '../../person/person.entity';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => SylfAttendance)
export class SylfAttendanceResolver {
  @Authorized(Role.HR_COORDINATOR)
  @Mutation(() => Application, {
    description:
      'REC-10: registrerar att en SYLF-representant deltar vid den sökandes intervju, på den sökandes önskan (APPLICANT) eller på SYLFs initiativ (SYLF), som kräver den sökandes samtycke.',
  })
  async recordSylfAttendance(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('requestedBy', () => SylfRequestedBy) requestedBy: SylfRequestedBy,
    @Arg('applicantConsent', () => Boolean) applicantConsent: boolean,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    const application = await requireApplication(ctx, applicationId);
    const slot = await recruitmentRequest(ctx).loaders.slotByApplication.load(applicationId);
    const problems = sylfAttendanceProblems(requestedBy, applicantConsent, slot !== undefined);
    if (problems.length > 0) throw badUserInput(problems);
    await ctx.dataSource
      .getRepository(SylfAttendance)
      .upsert({ applicationId, requestedBy, applicantConsent, recordedById: ctx.viewer.id, recordedAt: new Date() }, ['applicationId']);
    return application;
  }

  @FieldResolver(() => Person, { description: 'Vem som registrerade det.' })
  recordedBy(@Root() attendance: SylfAttendance, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(attendance.recordedById);
  }
}
