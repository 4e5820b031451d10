import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { EducationActivityKind } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/**
 * EDU-4, EDU-5, EDU-6: an education activity of the programme: the introduction, the weekly AT/BT
 * teaching, a primary-care seminar, a course or self-study. Planned for a site's trainees (all of
 * them, or one cohort's) or for one trainee; attendance is recorded per trainee.
 */
@Entity('education_activity')
@Index('IDX_education_activity_site_date', ['siteId', 'date'])
@Index('IDX_education_activity_trainee', ['traineeId'])
@ObjectType({ description: 'EDU-4, EDU-6: en utbildningsaktivitet (introduktion, AT/BT-undervisning, seminarium, kurs, självstudier).' })
@Directive('@key(fields: "id")')
export class EducationActivity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => EducationActivityKind)
  kind: EducationActivityKind;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  title: string;

  /** The main site whose programme holds it (for one trainee: the trainee's). */
  @Column({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Huvudorten vars program aktiviteten hör till.' })
  siteId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'Kullen aktiviteten är för; tom: alla BT-läkare på huvudorten (eller en enskild BT-läkare).' })
  cohortId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  traineeId: string | null;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  date: string;

  @Column({ type: 'varchar', length: 5 })
  @Field(() => String, { description: 'Starttid, TT:MM (svensk tid).' })
  startTime: string;

  @Column({ type: 'varchar', length: 5 })
  @Field(() => String, { description: 'Sluttid, TT:MM (svensk tid).' })
  endTime: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'varchar', length: 36 })
  createdById: string;
}
