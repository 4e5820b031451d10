import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { DateScalar } from '@bt/subgraph';
import { Person } from '../person/person.entity';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';
import { ExitConversation } from './exit-conversation.entity';
import { assertExitConversationReaches, bookExitConversation, recordExitConversationHeld } from './exit-conversation.service';
import { workingLifeLoaders } from './working-life.loaders';

@Resolver(() => ExitConversation)
export class ExitConversationResolver {
  @Authorized(Permission.RECORD_EXIT_CONVERSATION)
  @Mutation(() => ExitConversation, {
    description:
      'EMP-6: boka (eller flytta) avslutningssamtalet med BT-läkaren efter BT. AT/BT-chefen alla, biträdande AT/BT-chef den egna huvudorten (ORG-1). Loggas i audit_event.',
  })
  bookExitConversation(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('bookedFor', () => DateScalar) bookedFor: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ExitConversation> {
    return bookExitConversation(ctx.dataSource, ctx, traineeId, bookedFor);
  }

  @Authorized(Permission.RECORD_EXIT_CONVERSATION)
  @Mutation(() => ExitConversation, {
    description:
      'EMP-6: registrera avslutningssamtalet som genomfört (dag, den som höll det, anteckningar). Nekas tills BT-läkaren har skickat in sin utvärdering av BT; därefter slutgiltigt. AT/BT-chefen alla, biträdande AT/BT-chef den egna huvudorten (ORG-1). Loggas i audit_event.',
  })
  recordExitConversationHeld(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('heldOn', () => DateScalar) heldOn: string,
    @Arg('notes', () => String, { nullable: true }) notes: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<ExitConversation> {
    return recordExitConversationHeld(ctx.dataSource, ctx, traineeId, heldOn, notes);
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() conversation: ExitConversation, @Ctx() { loaders }: EmploymentContext): Promise<Trainee | undefined> {
    return loaders.trainee.load(conversation.traineeId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Den som höll samtalet ((biträdande) AT/BT-chef).' })
  async heldBy(@Root() conversation: ExitConversation, @Ctx() { loaders }: EmploymentContext): Promise<Person | null> {
    return conversation.heldById ? ((await loaders.person.load(conversation.heldById)) ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'EMP-6: om samtalet är registrerat som genomfört.' })
  held(@Root() conversation: ExitConversation): boolean {
    return conversation.heldOn !== null;
  }
}

/** Trainee.exitConversationHeld, Trainee.btEvaluationSubmitted and Trainee.exitConversation (EMP-6). */
@Resolver(() => Trainee)
export class TraineeWorkingLifeResolver {
  @FieldResolver(() => Boolean, {
    description: 'EMP-6: om avslutningssamtalet efter BT är registrerat som genomfört (där intyget om fullgjord BT undertecknas).',
  })
  async exitConversationHeld(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<boolean> {
    return Boolean((await workingLifeLoaders(ctx).exitConversationByTrainee.load(trainee.id))?.heldOn);
  }

  @FieldResolver(() => Boolean, { description: 'EMP-6: om BT-läkaren har skickat in sin utvärdering av BT (bara det; svaren ser bara BT-läkaren själv).' })
  async btEvaluationSubmitted(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<boolean> {
    return Boolean((await workingLifeLoaders(ctx).evaluationStatusByTrainee.load(trainee.id))?.submittedAt);
  }

  @Authorized(Permission.RECORD_EXIT_CONVERSATION, Permission.ANSWER_BT_EVALUATION)
  @FieldResolver(() => ExitConversation, {
    nullable: true,
    description:
      'EMP-6: avslutningssamtalet med anteckningar, null innan det bokats. BT-läkaren själv och (biträdande) AT/BT-chefen för huvudorten; varje läsning loggas i audit_event.',
  })
  async exitConversation(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<ExitConversation | null> {
    assertExitConversationReaches(ctx, trainee);
    const conversation = await workingLifeLoaders(ctx).exitConversationByTrainee.load(trainee.id);
    if (!conversation) return null;
    await ctx.audit.record('READ_EXIT_CONVERSATION', 'Trainee', trainee.id);
    return conversation;
  }
}
