import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited event: who read or changed what (sensitive data, roles, applications), who signed in,
 * who was refused, when, and from which request and client address. Rows are only ever added: the
 * graph has no mutation that changes or deletes one.
 */
@Entity('audit_event')
@ObjectType({ description: 'En händelse i granskningsloggen: vem som gjorde vad, när, i vilken begäran och varifrån. Kan inte ändras.' })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'datetime' })
  @Field(() => Date, { description: 'När (UTC).' })
  occurredAt: Date;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  @Field(() => String, { description: 'Personens id (eller tjänstens, för en tjänsteidentitet).' })
  actorId: string;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String)
  actorUsername: string;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String, { description: 'Vad som hände, t.ex. CHANGE_ROLES, READ_TRAINEE_SALARY, SIGN_IN, REFUSED.' })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String, { description: 'Vad det gällde: Person, Trainee, Application, RecruitmentRound, eller den nekade operationen.' })
  entityType: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  @Field(() => String)
  entityId: string;

  /** A change's value before and after (e.g. the roles), never sensitive data itself. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Värdet före en ändring (t.ex. rollerna).' })
  oldValue: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Värdet efter en ändring.' })
  newValue: string | null;

  /** The gateway's request id (`x-request-id`); none for a scheduled job or a command. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Begärans id (x-request-id), samma i gatewayens svar.' })
  requestId: string | null;

  /** The client's address as the gateway saw it. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  @Field(() => String, { nullable: true, description: 'Klientens adress som gatewayen såg den.' })
  clientAddress: string | null;
}
