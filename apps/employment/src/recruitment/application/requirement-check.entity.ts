import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { FormalRequirement } from '@bt/domain';
import { Application } from './application.entity';
import { Person } from '../../person/person.entity';

/** REC-3: HR's check (stored once recorded; unchecked requirements are shown with every field but the requirement empty) of one formal requirement of an application, with its evidence, by whom and when. */
@Entity('requirement_check')
@ObjectType({ description: 'Kontroll av ett formellt krav (REC-3): uppfyllt eller inte, underlag, av vem och när. Okontrollerat: met är tomt.' })
export class RequirementCheck {
  @ForeignKey(() => Application, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  applicationId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  @Field(() => FormalRequirement)
  requirement: FormalRequirement;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { nullable: true })
  met: boolean | null;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String, { nullable: true, description: 'Underlaget, t.ex. "Legitimation kontrollerad i HOSP 2027-09-15".' })
  evidence: string | null;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36 })
  checkedById: string | null;

  @Column({ type: 'datetime' })
  @Field(() => Date, { nullable: true })
  checkedAt: Date | null;
}
