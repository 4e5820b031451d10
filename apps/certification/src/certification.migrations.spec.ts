import { describeMigrations } from '@bt/testing';
import { certificationDatabase } from './certification.database';

describeMigrations(certificationDatabase, {
  migrations: ['CertificationInitial1763800000000', 'EngineNeutralSchema1766000000000'],
  tables: ['certificate', 'certificate_signature'],
});
