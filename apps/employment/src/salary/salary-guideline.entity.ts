import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique, VersionColumn } from 'typeorm';

/** EMP-2: the central guideline for salaries in one calendar year, a monthly range in öre. */
@Entity('salary_guideline')
@Unique('UQ_02405b2a6dd07f6091d58e23bb8', ['year'])
@ObjectType({ description: 'EMP-2: central riktlinje för BT-läkarnas månadslön ett kalenderår, i öre (4200000 = 42 000 kr).' })
export class SalaryGuideline {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked when the year's guideline is replaced and raised by each write; stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, {
    description: 'Versionen som lästes; skickas med när årets riktlinje ersätts. Har någon annan ändrat den under tiden nekas ändringen (CONFLICT).',
  })
  version: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Kalenderåret riktlinjen gäller; en lön jämförs med riktlinjen för året i sitt validFrom.' })
  year: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Lägsta månadslön i öre.' })
  minMonthlyOre: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Högsta månadslön i öre.' })
  maxMonthlyOre: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;
}
