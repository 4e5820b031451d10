import { TRAINEE_READERS } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import type { Certificate } from './certificate.entity';
import type { CertificationContext } from '../certification.context';

export const resolveCertificateReference = guardReference(
  TRAINEE_READERS,
  async (reference: { id: string }, ctx: CertificationContext): Promise<Certificate | undefined> => {
    const certificate = await ctx.loaders.certificate.load(reference.id);
    if (certificate) await assertTraineeVisible(ctx, certificate.traineeId, 'Du får inte se det här intyget.');
    return certificate;
  },
);
