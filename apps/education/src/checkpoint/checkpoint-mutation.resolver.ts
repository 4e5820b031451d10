import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { CheckpointCompletion } from './checkpoint-completion.entity';
import { SupervisorHandover } from './supervisor-handover.entity';
import { CheckpointCompletionInput, HandoverInput } from './checkpoint.input';
import { completeCheckpoint, recordHandover } from './checkpoint.service';
import type { EducationContext } from '../education.context';

const WHO = 'BT-läkarens huvudansvariga handledare, studierektorerna eller AT/BT-chefen (biträdande chefen för sin huvudort).';

@Resolver()
export class CheckpointMutationResolver {
  @Authorized(Permission.RECORD_CHECKPOINTS)
  @Mutation(() => CheckpointCompletion, {
    description: `EDU-8: registrera en hållen kontrollpunkt (A, B för en placering, C) med avbockade punkter och anteckning. ${WHO} En registrering ändras aldrig: en rättelse anger den registrering den rättar (corrects); annars nekas försöket och loggas.`,
  })
  completeCheckpoint(
    @Arg('input', () => CheckpointCompletionInput) input: CheckpointCompletionInput,
    @Ctx() ctx: EducationContext,
  ): Promise<CheckpointCompletion> {
    return completeCheckpoint(ctx, input);
  }

  @Authorized(Permission.RECORD_CHECKPOINTS)
  @Mutation(() => SupervisorHandover, {
    description: `EDU-8: registrera en handledaravstämning vid byte av placering; deltagare är huvudhandledaren och placeringarnas kliniska handledare. ${WHO}`,
  })
  recordHandover(@Arg('input', () => HandoverInput) input: HandoverInput, @Ctx() ctx: EducationContext): Promise<SupervisorHandover> {
    return recordHandover(ctx, input);
  }
}
