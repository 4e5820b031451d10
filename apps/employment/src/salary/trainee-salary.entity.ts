import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';
import { Person } from '../person/person.entity';
import { Trainee } from '../trainee/trainee.entity';

/**
 * EMP-2: one negotiated salary of a trainee, from a day on. A change adds a row and never overwrites
 * one, so the table is also the record of every change: who decided it and when, the new amount and
 * (in `previousMonthlyOre`) the amount in force on `validFrom` before it.
 */
@Entity('trainee_salary')
@Index('IDX_trainee_salary_trainee', ['traineeId', 'validFrom'])
@ObjectType({
  description: 'EMP-2: en förhandlad månadslön för en BT-läkare från ett visst datum. Syns bara för AT/BT-chef, biträdande AT/BT-chef och HR-samordnare.',
})
export class TraineeSalary {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Månadslön i öre (4500000 = 45 000 kr).' })
  monthlyOre: number;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Lönen gäller från och med detta datum (tills en lön med senare validFrom tar över).' })
  validFrom: string;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36 })
  decidedById: string;

  /** Milliseconds kept, so two decisions for the same day are told apart. */
  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När lönen beslutades (UTC).' })
  decidedAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  /** The change record's old amount: the salary in force on validFrom before this decision (none for the first). */
  @Column({ type: 'int', nullable: true })
  previousMonthlyOre: number | null;
}
