import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OfferState } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { Application } from '../application/application.entity';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { Site } from '../../site/site.entity';
import { Trainee } from '../../trainee/trainee.entity';

/** REC-7: an offer of a position at a site, with at most a week to answer; accepted, it employs the applicant (EMP-1). */
@Entity('offer')
@ObjectType({ description: 'Erbjudande om en BT-tjänst (REC-7) med högst en veckas betänketid.' })
export class Offer {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => RecruitmentRound)
  @Index('IDX_offer_round')
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  /** One offer per application. */
  @ForeignKey(() => Application)
  @Index('UQ_offer_application', { unique: true })
  @Column({ type: 'varchar', length: 36 })
  applicationId: string;

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Sista svarsdag.' })
  answerBy: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => OfferState)
  state: OfferState;

  @Column({ type: 'varchar', length: 36 })
  offeredById: string;

  @Column({ type: 'datetime' })
  offeredAt: Date;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  /** Who recorded the answer, or marked the offer expired. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  answeredById: string | null;

  /** The trainee employed when the offer was accepted. */
  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36, nullable: true })
  traineeId: string | null;
}
