import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PlacementKind } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/** A period of service (placering) at a unit, with its clinical supervisor. */
@Entity('placement')
@ObjectType({ description: 'Placering (tjänstgöringsperiod) på en enhet.' })
@Directive('@key(fields: "id")')
@Index('IDX_placement_unit_start', ['unitId', 'startDate'])
export class Placement {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => PlacementKind)
  kind: PlacementKind;

  @Index('IDX_placement_start')
  @Column({ type: 'date' })
  @Field(() => DateScalar)
  startDate: string;

  /** Inclusive last day. */
  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Sista dag (inklusive).' })
  endDate: string;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  clinicalSupervisorId: string | null;
}
