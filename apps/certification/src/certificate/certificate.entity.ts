import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CertificateKind, CertificateStatus } from '@bt/domain';

/** CERT-1: one of the three certificates for the application to Socialstyrelsen. */
@Entity('certificate')
@ObjectType({ description: 'Intyg för ansökan om bevis om godkänd BT.' })
@Directive('@key(fields: "id")')
export class Certificate {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => CertificateKind)
  kind: CertificateKind;

  /** Derived from the signatures (CERT-4) and stored, so lists can filter by it. */
  @Column({ type: 'varchar', length: 10 })
  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Målbeskrivningen intyget avser, t.ex. HSLF-FS 2021:8.' })
  goalFrameworkVersion: string;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  createdAt: Date;
}
