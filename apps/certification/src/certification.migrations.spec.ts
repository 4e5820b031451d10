import { describeMigrations } from '@bt/testing';
import { certificationDatabase } from './certification.database';

describeMigrations(certificationDatabase, {
  migrations: [
    'CertificationInitial1763800000000',
    'EngineNeutralSchema1766000000000',
    'EducationReadModel1768000000000',
    'BlockScheduleReadModel1768525000000',
  ],
  tables: [
    'certificate',
    'certificate_signature',
    'read_main_supervision',
    'read_model_cursor',
    'read_placement',
    'read_planned_vacation',
    'read_training_plan',
  ],
});
