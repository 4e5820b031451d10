import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';
import { Application } from '../application/application.entity';
import { Person } from '../../person/person.entity';

/** REC-7: that an extract from the criminal records was shown, on which day and to whom. Never its content. */
@Entity('criminal_record_check')
@ObjectType({ description: 'REC-7: att ett utdrag ur belastningsregistret har visats, när och för vem; aldrig innehållet.' })
export class CriminalRecordCheck {
  @ForeignKey(() => Application)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Dagen då utdraget visades.' })
  shownOn: string;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36 })
  checkedById: string;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  recordedAt: Date;
}
