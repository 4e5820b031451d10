import { Permission } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import { certificateLoaders } from './certificate.loaders';
import type { Certificate } from './certificate.entity';
import type { CertificationContext } from '../certification.context';

/** `_entities` for Certificate: a certificate belongs to its trainee (CERT-1), so the trainee's row scope decides. */
export const resolveCertificateReference = guardReference(
  Permission.READ_TRAINEES,
  async (reference: { id: string }, ctx: CertificationContext): Promise<Certificate | undefined> => {
    const certificate = await certificateLoaders(ctx).certificate.load(reference.id);
    if (certificate) await assertTraineeVisible(ctx, certificate.traineeId, 'Du får inte se det här intyget.');
    return certificate;
  },
);
