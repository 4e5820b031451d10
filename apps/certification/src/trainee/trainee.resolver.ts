import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Trainee } from './trainee.type';
import { Certificate } from '../certificate/certificate.entity';
import { certificateLoaders } from '../certificate/certificate.loaders';
import type { CertificationContext } from '../certification.context';

/** Certification's field on Trainee; the trainee was checked against the caller's scope on reference. */
@Resolver(() => Trainee)
export class TraineeCertificationResolver {
  @FieldResolver(() => [Certificate], { description: 'BT-läkarens intyg (CERT-1).' })
  certificates(@Root() trainee: Trainee, @Ctx() ctx: CertificationContext): Promise<Certificate[]> {
    return certificateLoaders(ctx).certificatesByTrainee.load(trainee.id);
  }
}
