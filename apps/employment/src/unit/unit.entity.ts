import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn, VersionColumn } from 'typeorm';
import { RegionPart, UnitKind } from '@bt/domain';
import { Person } from '../person/person.entity';
import { Site } from '../site/site.entity';

/** ORG-3: a clinic, unit or vårdcentral that trainees pass. */
@Entity('unit')
@ObjectType({ description: 'Klinik, enhet eller vårdcentral.' })
@Directive('@key(fields: "id")')
export class Unit {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked on every write from a form and raised by each write (TypeORM's version column); stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'varchar', length: 150 })
  @Field(() => String)
  name: string;

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => UnitKind)
  kind: UnitKind;

  /** Only for primary care: east or west of the region (EDU-2). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  @Field(() => RegionPart, { nullable: true })
  regionPart: RegionPart | null;

  /** ABS-3: a vårdcentral in private primary care (vårdval): the head's leave decisions are registered by HR/payroll. */
  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, {
    description: 'ABS-3: vårdcentral i vårdvalet (privat primärvård): verksamhetschefens beslut om ledighet rapporteras och registreras av HR/lön.',
  })
  privatePrimaryCare: boolean;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36, nullable: true })
  headOfUnitId: string | null;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36, nullable: true })
  btLeadId: string | null;
}
