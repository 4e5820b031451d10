import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import { TraineeEmploymentInput } from './trainee-employment.input';
import { createTrainee, updateTraineeEmployment } from './trainee.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Trainee)
export class TraineeMutationResolver {
  @Authorized(Permission.EDIT_EMPLOYMENT)
  @Mutation(() => Trainee, {
    description:
      'EMP-1: anställer en BT-läkare direkt, utan erbjudande (t.ex. integrerad BT inom en ST-anställning). ORG-1 som vid ändrad anställning. Loggas i audit_event; utbildningsdelen gör ett utkast till utbildningsplan ur regionens mall (EDU-5).',
  })
  createTrainee(@Arg('input', () => TraineeEmploymentInput) input: TraineeEmploymentInput, @Ctx() ctx: EmploymentContext): Promise<Trainee> {
    return createTrainee(ctx.dataSource, ctx, input);
  }

  @Authorized(Permission.EDIT_EMPLOYMENT)
  @Mutation(() => Trainee, {
    description:
      'Ändrar en BT-läkares anställning. ORG-1: AT/BT-chefen och HR för alla huvudorter, biträdande AT/BT-chefen bara för sin egen. Varje ändring loggas i audit_event (vem, vilken BT-läkare, när; aldrig personnumret).',
  })
  updateTraineeEmployment(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => TraineeEmploymentInput) input: TraineeEmploymentInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Trainee> {
    return updateTraineeEmployment(ctx.dataSource, ctx, id, version, input);
  }
}
