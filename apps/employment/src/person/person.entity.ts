import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn, Unique, VersionColumn } from 'typeorm';
import { Role } from '@bt/auth';
import { DirectorOfStudiesScope } from '@bt/domain';
import { Site } from '../site/site.entity';

/** A member of staff with one or more roles from the glossary (ORG-2). */
@Entity('person')
@Unique('UQ_e4475bde6806df5ab6999b47e5b', ['username'])
@ObjectType({ description: 'Personal: chefer, studierektorer, handledare, HR, administrativt stöd, bedömare.' })
@Directive('@key(fields: "id")')
export class Person {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked on every write from a form and raised by each write (TypeORM's version column); stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String)
  username: string;

  @Column({ type: 'varchar', length: 150 })
  @Field(() => String)
  name: string;

  @Column({ type: 'varchar', length: 150, nullable: true })
  @Field(() => String, { nullable: true, description: 'Titel, t.ex. "Specialist i allmänmedicin".' })
  title: string | null;

  @Column({ type: 'simple-array' })
  @Field(() => [Role])
  roles: Role[];

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36, nullable: true })
  siteId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  @Field(() => DirectorOfStudiesScope, { nullable: true })
  directorOfStudiesScope: DirectorOfStudiesScope | null;
}
