import { Field, ID, ObjectType, Directive } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '@bt/auth';
import { DirectorOfStudiesScope } from '@bt/domain';

/** A member of staff with one or more roles from the glossary (ORG-2). */
@Entity('person')
@ObjectType({ description: 'Personal: chefer, studierektorer, handledare, HR, administrativt stöd, bedömare.' })
@Directive('@key(fields: "id")')
export class Person {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 60, unique: true })
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

  @Column({ type: 'varchar', length: 36, nullable: true })
  siteId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  @Field(() => DirectorOfStudiesScope, { nullable: true })
  directorOfStudiesScope: DirectorOfStudiesScope | null;
}
