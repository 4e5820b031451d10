import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn, VersionColumn } from 'typeorm';
import { SpecialistStatus, Specialty } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { Person } from './person.entity';

/** EDU-7, ORG-2: a person's entry in the supervisor register, one per person (keyed by the person's id). */
@Entity('supervisor_qualification')
@ObjectType({ description: 'Handledarregistret: legitimation, specialitet, handledarutbildning och erfarenhet (krav på handledare).' })
export class SupervisorQualification {
  /** The person's id. */
  @ForeignKey(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Legitimerad läkare.' })
  licensed: boolean;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => SpecialistStatus, { nullable: true, description: 'Specialist eller ST-läkare; tomt om ingetdera.' })
  specialistStatus: SpecialistStatus | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => Specialty, { nullable: true })
  specialty: Specialty | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Handledarutbildningen, t.ex. "LEK-kurs".' })
  supervisorTrainingCourse: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Dagen handledarutbildningen avslutades; tomt om ingen.' })
  supervisorTrainingDate: string | null;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Års erfarenhet av läkartjänst i relevant verksamhet.' })
  yearsOfExperience: number | null;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När posten senast ändrades (UTC).' })
  changedAt: Date;

  @ForeignKey(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @Column({ type: 'varchar', length: 36 })
  changedById: string;
}
