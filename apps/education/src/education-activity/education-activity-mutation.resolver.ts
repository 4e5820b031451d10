import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { EducationActivity } from './education-activity.entity';
import { AttendanceInput, EducationActivityAudienceInput, EducationActivityInput } from './education-activity.input';
import { SavedEducationActivity } from './education-activity.type';
import { activityWarnings } from './activity-warning.type';
import { deleteEducationActivity, planEducationActivity, recordAttendance, updateEducationActivity, type SavedActivity } from './education-activity.service';
import type { EducationContext } from '../education.context';

const saved = ({ activity, warnings }: SavedActivity): SavedEducationActivity => ({ activity, warnings: activityWarnings(warnings) });

@Resolver()
export class EducationActivityMutationResolver {
  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => SavedEducationActivity, {
    description:
      'EDU-4, EDU-6: planera en utbildningsaktivitet för en huvudorts BT-läkare (alla eller en kull) eller för en enskild BT-läkare, kopplad till delmålen den tjänar. Avvikelser från programmet sparas med varningar. ORG-1: biträdande AT/BT-chefen bara på sin egen huvudort.',
  })
  async planEducationActivity(
    @Arg('audience', () => EducationActivityAudienceInput) audience: EducationActivityAudienceInput,
    @Arg('input', () => EducationActivityInput) input: EducationActivityInput,
    @Ctx() ctx: EducationContext,
  ): Promise<SavedEducationActivity> {
    return saved(await planEducationActivity(ctx, { ...audience }, { ...input }));
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => SavedEducationActivity, { description: 'EDU-4, EDU-6: ändra en aktivitets innehåll (inte vilka den är för).' })
  async updateEducationActivity(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => EducationActivityInput) input: EducationActivityInput,
    @Ctx() ctx: EducationContext,
  ): Promise<SavedEducationActivity> {
    return saved(await updateEducationActivity(ctx, id, version, { ...input }));
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => ID, { description: 'Ta bort en planerad aktivitet; nekas när närvaro redan är registrerad.' })
  deleteEducationActivity(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Ctx() ctx: EducationContext,
  ): Promise<string> {
    return deleteEducationActivity(ctx, id, version);
  }

  @Authorized(Permission.PLAN_TRAINING)
  @Mutation(() => EducationActivity, {
    description:
      'EDU-6: registrera eller ändra närvaro (1–200 BT-läkare åt gången); bara BT-läkare som aktiviteten är för (huvudorten, kullen eller den enskilda).',
  })
  recordAttendance(
    @Arg('activityId', () => ID) activityId: string,
    @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[],
    @Ctx() ctx: EducationContext,
  ): Promise<EducationActivity> {
    return recordAttendance(
      ctx,
      activityId,
      entries.map((entry) => ({ ...entry })),
    );
  }
}
