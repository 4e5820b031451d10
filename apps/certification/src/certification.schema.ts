import './certification.enums';
import { buildFederatedSchema } from '@bt/subgraph';
import { TraineeCertificationResolver } from './trainee/trainee.resolver';
import { CertificateResolver, CertificateSignatureResolver } from './certificate/certificate.resolver';
import { Trainee } from './trainee/trainee.type';
import { Certificate } from './certificate/certificate.entity';
import { resolveTraineeReference } from './trainee/trainee.reference';
import { resolveCertificateReference } from './certificate/certificate.reference';

export function buildCertificationSchema() {
  return buildFederatedSchema(
    {
      resolvers: [TraineeCertificationResolver, CertificateResolver, CertificateSignatureResolver],
      // entities reached only through _entities, never from Query
      orphanedTypes: [Trainee, Certificate],
    },
    {
      Trainee: { __resolveReference: resolveTraineeReference },
      Certificate: { __resolveReference: resolveCertificateReference },
    },
  );
}
