import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/** ABS-2: the head of unit's or clinical supervisor's judgement of whether a placement's absence is acceptable. A new judgement adds a row. */
@Entity('placement_absence_judgement')
@Index('IDX_placement_absence_judgement_trainee', ['traineeId'])
@ObjectType({
  description:
    'ABS-2: verksamhetschefens eller klinikhandledarens bedömning av om frånvaron under en placering är godtagbar. En ny bedömning läggs till; den senaste gäller.',
})
export class PlacementAbsenceJudgement {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** A placement of education (the read model's read_placement.id). */
  @Column({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Placeringen (utbildningsdelens id).' })
  placementId: string;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Om frånvaron under placeringen är godtagbar för att nå kompetenskraven där.' })
  acceptable: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 36 })
  judgedById: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Den som bedömde.' })
  judgedByName: string;

  /** HEAD_OF_UNIT or CLINICAL_SUPERVISOR (a Role). */
  @Column({ type: 'varchar', length: 30 })
  @Field(() => String, { description: 'I vilken egenskap: HEAD_OF_UNIT (verksamhetschef) eller CLINICAL_SUPERVISOR (klinisk handledare).' })
  judgedAs: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När bedömningen registrerades (UTC).' })
  judgedAt: Date;
}
