import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { InterviewSlot } from './interview-slot.entity';
import { SylfAttendance } from './sylf-attendance.entity';
import { Application } from '../application/application.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { EmploymentContext } from '../../employment.context';

/** REC-6, REC-10 on an application: its interview and SYLF's attendance. */
@Resolver(() => Application)
export class ApplicationInterviewResolver {
  @FieldResolver(() => InterviewSlot, { nullable: true, description: 'Den bokade intervjutiden, om den sökande är kallad.' })
  interview(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<InterviewSlot | undefined> {
    return recruitmentLoaders(ctx).slotByApplication.load(application.id);
  }

  @FieldResolver(() => SylfAttendance, { nullable: true, description: 'REC-10: om en SYLF-representant deltar vid intervjun.' })
  sylfAttendance(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<SylfAttendance | undefined> {
    return recruitmentLoaders(ctx).sylfByApplication.load(application.id);
  }
}
