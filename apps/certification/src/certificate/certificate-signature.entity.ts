import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { SignerCapacity } from '@bt/domain';
import { Certificate } from './certificate.entity';

/** A signature on a certificate: who signed, in what capacity, when. Signatures are never changed. */
@Entity('certificate_signature')
@Unique(['certificateId', 'capacity'])
@ObjectType({ description: 'Underskrift på ett intyg.' })
export class CertificateSignature {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => Certificate)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  certificateId: string;

  @Column({ type: 'varchar', length: 36 })
  signerId: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => SignerCapacity)
  capacity: SignerCapacity;

  @Column({ type: 'datetime' })
  @Field(() => Date, { description: 'När intyget signerades (UTC).' })
  signedAt: Date;
}
