export { certificationDatabase } from './certification.database';
export { buildCertificationSchema } from './certification.schema';
export { startCertificationServer, CERTIFICATION_PORT } from './certification.server';
export { Certificate } from './certificate/certificate.entity';
export { CertificateSignature } from './certificate/certificate-signature.entity';
