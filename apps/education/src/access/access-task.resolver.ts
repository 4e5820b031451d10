import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { ACCESS_TASK_RULES } from '@bt/domain';
import { DateScalar, PersonReference, personReference, UnitReference, unitReference, type Page } from '@bt/subgraph';
import { AccessTask } from './access-task.entity';
import { AccessTaskPage, AccessTasksDueArgs } from './access-task.args';
import { accessTaskLoaders } from './access-task.loaders';
import { accessTasksDue, completeAccessTask } from './access-task.service';
import { Placement } from '../placement/placement.entity';
import { placementLoaders } from '../placement/placement.loaders';
import { Trainee } from '../trainee/trainee.type';
import { TrainingPlan } from '../training-plan/training-plan.entity';
import type { EducationContext } from '../education.context';

@Resolver(() => AccessTask)
export class AccessTaskResolver {
  @Authorized(Permission.MANAGE_ACCESS)
  @Query(() => AccessTaskPage, {
    description:
      'ACC-1–ACC-3: det som ska göras för en huvudorts BT-läkare inom withinDays dagar (och det som är försenat), i ordning efter sista dag, en sida i taget. sortField: dueDate.',
  })
  accessTasksDue(@Args(() => AccessTasksDueArgs) args: AccessTasksDueArgs, @Ctx() ctx: EducationContext): Promise<Page<AccessTask>> {
    return accessTasksDue(ctx.dataSource, ctx, args);
  }

  @Authorized(Permission.MANAGE_ACCESS)
  @Mutation(() => AccessTask, {
    description: 'ACC-1–ACC-3: bocka av en uppgift som gjord (en gång, senast i dag, så länge planen behöver den); vem och när sparas.',
  })
  completeAccessTask(
    @Arg('id', () => ID) id: string,
    @Arg('doneOn', () => DateScalar, { description: 'Dagen uppgiften gjordes.' }) doneOn: string,
    @Ctx() ctx: EducationContext,
  ): Promise<AccessTask> {
    return completeAccessTask(ctx.dataSource, ctx, id, doneOn);
  }

  @FieldResolver(() => String, { description: 'Regelns id: ACC-1, ACC-2 eller ACC-3.' })
  rule(@Root() task: AccessTask): string {
    return ACCESS_TASK_RULES[task.kind];
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() task: AccessTask): Trainee {
    return Object.assign(new Trainee(), { id: task.traineeId });
  }

  @FieldResolver(() => UnitReference, { description: 'Enheten uppgiften gäller.' })
  unit(@Root() task: AccessTask): UnitReference {
    return unitReference(task.unitId);
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'Placeringen (ACC-3); tom om den inte längre finns.' })
  async placement(@Root() task: AccessTask, @Ctx() ctx: EducationContext): Promise<Placement | null> {
    return task.placementId ? ((await placementLoaders(ctx).placement.load(task.placementId)) ?? null) : null;
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Den som bockade av.' })
  doneBy(@Root() task: AccessTask): PersonReference | null {
    return personReference(task.doneById);
  }
}

/** ACC-1–ACC-3: the plan's access tasks (the plan itself was checked against the caller's scope). */
@Resolver(() => TrainingPlan)
export class TrainingPlanAccessResolver {
  @FieldResolver(() => [AccessTask], {
    description:
      'ACC-1–ACC-3: uppgifterna som planen ger, i ordning efter sista dag: journalbehörighet och passerkort per enhet, administrativ flytt före varje placering; avbockade uppgifter som planen inte längre behöver står kvar med needed: false.',
  })
  accessTasks(@Root() plan: TrainingPlan, @Ctx() ctx: EducationContext): Promise<AccessTask[]> {
    return accessTaskLoaders(ctx).tasksByTrainee.load(plan.traineeId);
  }
}
