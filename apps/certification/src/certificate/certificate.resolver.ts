import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonReference, personReference } from '@bt/subgraph';
import { Certificate } from './certificate.entity';
import { CertificateSignature } from './certificate-signature.entity';
import { certificateLoaders } from './certificate.loaders';
import { Trainee } from '../trainee/trainee.type';
import type { CertificationContext } from '../certification.context';

@Resolver(() => Certificate)
export class CertificateResolver {
  @FieldResolver(() => [CertificateSignature], { description: 'Underskrifter i tidsordning.' })
  signatures(@Root() certificate: Certificate, @Ctx() ctx: CertificationContext): Promise<CertificateSignature[]> {
    return certificateLoaders(ctx).signaturesByCertificate.load(certificate.id);
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() certificate: Certificate): Trainee {
    return Object.assign(new Trainee(), { id: certificate.traineeId });
  }
}

@Resolver(() => CertificateSignature)
export class CertificateSignatureResolver {
  @FieldResolver(() => PersonReference, { description: 'Den som signerade.' })
  signer(@Root() signature: CertificateSignature): PersonReference | null {
    return personReference(signature.signerId);
  }
}
