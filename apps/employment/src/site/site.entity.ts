import { Field, ID, ObjectType, Directive } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import { SiteCode } from '@bt/domain';

/** ORG-1: a main site (huvudplacering), Växjö or Ljungby. */
@Entity('site')
@Unique('UQ_56cf02fa98a3b4129ee1b886a93', ['code'])
@ObjectType({ description: 'Huvudort (huvudplacering), t.ex. Växjö eller Ljungby.' })
@Directive('@key(fields: "id")')
export class Site {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => SiteCode)
  code: SiteCode;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  name: string;
}
