import { Permission } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import { EducationActivity } from './education-activity.entity';
import type { EducationContext } from '../education.context';

/** An activity by key: a programme activity for anyone in the programme, an individual one as its trainee is visible. */
export const resolveEducationActivityReference = guardReference(
  Permission.READ_PROGRAMME,
  async (reference: { id: string }, ctx: EducationContext): Promise<EducationActivity | null> => {
    const activity = await ctx.dataSource.getRepository(EducationActivity).findOneBy({ id: reference.id });
    if (activity?.traineeId) await assertTraineeVisible(ctx, activity.traineeId, 'Du får inte se den här BT-läkarens utbildningsaktiviteter.');
    return activity;
  },
);
