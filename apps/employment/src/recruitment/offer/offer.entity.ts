import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OfferState } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/** REC-7: an offer of a position at a site, with at most a week to answer; accepted, it employs the applicant (EMP-1). */
@Entity('offer')
@ObjectType({ description: 'Erbjudande om en BT-tjänst (REC-7) med högst en veckas betänketid.' })
export class Offer {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Index('IDX_offer_round')
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  /** One offer per application. */
  @Index('UQ_offer_application', { unique: true })
  @Column({ type: 'varchar', length: 36 })
  applicationId: string;

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
  @Column({ type: 'varchar', length: 36, nullable: true })
  traineeId: string | null;
}
