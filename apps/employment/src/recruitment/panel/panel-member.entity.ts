import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { PanelCapacity, RecruitmentStage } from '@bt/domain';
import { Person } from '../../person/person.entity';
import { RecruitmentRound } from '../round/recruitment-round.entity';

/** REC-9: a person on a round's recruitment panel, for one stage, representing HR, management or the directors of studies. */
@Entity('panel_member')
@Index('UQ_panel_member_seat', ['roundId', 'personId', 'stage', 'capacity'], { unique: true })
@ObjectType({ description: 'Ledamot i rekryteringsgruppen för ett steg (REC-9).' })
export class PanelMember {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => RecruitmentRound)
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  @ForeignKey(() => Person)
  @Index('IDX_panel_member_person')
  @Column({ type: 'varchar', length: 36 })
  personId: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => RecruitmentStage)
  stage: RecruitmentStage;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => PanelCapacity)
  capacity: PanelCapacity;
}
