import type { DataSource } from 'typeorm';
import { loadManyBy, loadOneBy } from '@bt/subgraph';
import { Certificate } from './certificate/certificate.entity';
import { CertificateSignature } from './certificate/certificate-signature.entity';

export function createCertificationLoaders(dataSource: DataSource) {
  return {
    certificate: loadOneBy(dataSource, Certificate, 'id'),
    certificatesByTrainee: loadManyBy(dataSource, Certificate, 'traineeId', { kind: 'ASC' }),
    signaturesByCertificate: loadManyBy(dataSource, CertificateSignature, 'certificateId', { signedAt: 'ASC' }),
  };
}

export type CertificationLoaders = ReturnType<typeof createCertificationLoaders>;
