import './certificate.enums';
import type { SubgraphModule } from '@bt/subgraph';
import { Certificate } from './certificate.entity';
import { CertificateSignature } from './certificate-signature.entity';
import { CertificateResolver, CertificateSignatureResolver } from './certificate.resolver';
import { resolveCertificateReference } from './certificate.reference';
import { EngineNeutralSchema1766000000000 } from '../migrations/1766000000000-engine-neutral-schema';

/** Certificates (CERT-1–CERT-4) and their signatures, read on Trainee.certificates. */
export const certificateModule: SubgraphModule = {
  resolvers: [CertificateResolver, CertificateSignatureResolver],
  entities: [Certificate, CertificateSignature],
  migrations: [EngineNeutralSchema1766000000000],
  // reached only through Trainee and _entities, never from Query
  orphanedTypes: [Certificate],
  references: { Certificate: { __resolveReference: resolveCertificateReference } },
};
