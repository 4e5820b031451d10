import type { DatabaseDefinition } from '@bt/database';
import { Certificate } from './certificate/certificate.entity';
import { CertificateSignature } from './certificate/certificate-signature.entity';
import { CertificationInitial1763800000000 } from './migrations/1763800000000-certification-initial';

export const certificationDatabase: DatabaseDefinition = {
  subgraph: 'certification',
  entities: [Certificate, CertificateSignature],
  migrations: [CertificationInitial1763800000000],
};
