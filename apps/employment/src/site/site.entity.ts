import { Field, ID, ObjectType, Directive } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SiteCode } from '@bt/domain';

/** ORG-1: a main site (huvudplacering), Växjö or Ljungby. */
@Entity('site')
@ObjectType({ description: 'Huvudort (huvudplacering), t.ex. Växjö eller Ljungby.' })
@Directive('@key(fields: "id")')
export class Site {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  @Field(() => SiteCode)
  code: SiteCode;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  name: string;
}
