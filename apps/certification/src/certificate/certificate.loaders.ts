import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { Certificate } from './certificate.entity';
import { CertificateSignature } from './certificate-signature.entity';
import type { CertificationContext } from '../certification.context';

/** Certificates by id and by trainee, signatures by certificate: one statement per kind of key and request. */
export const certificateLoaders = perRequest(({ dataSource }: CertificationContext) => ({
  certificate: loadOneBy(dataSource, Certificate, 'id'),
  certificatesByTrainee: loadManyBy(dataSource, Certificate, 'traineeId', { kind: 'ASC' }),
  signaturesByCertificate: loadManyBy(dataSource, CertificateSignature, 'certificateId', { signedAt: 'ASC' }),
}));
