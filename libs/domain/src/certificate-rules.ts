/** CERT-1: the three certificates attached to the application to Socialstyrelsen. */
export enum CertificateKind {
  GOALS = 'GOALS',
  COMPLETED_SERVICE = 'COMPLETED_SERVICE',
  BASIC_COMPETENCE = 'BASIC_COMPETENCE',
}

export enum CertificateStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
}

/** In what capacity someone signs a certificate. */
export enum SignerCapacity {
  MAIN_SUPERVISOR = 'MAIN_SUPERVISOR',
  /** The Director or, for Ljungby, the deputy director, as head of the responsible unit. */
  HEAD_OF_PROGRAMME = 'HEAD_OF_PROGRAMME',
  EXTERNAL_ASSESSOR = 'EXTERNAL_ASSESSOR',
}

/**
 * CERT-2: the goals certificate is issued by the main supervisor.
 * CERT-3: the completed-service certificate is signed by the (deputy) director.
 * CERT-4: the basic-competence certificate is valid only when both the main supervisor and the
 * external assessor have signed it.
 */
export function requiredSignatures(kind: CertificateKind): SignerCapacity[] {
  switch (kind) {
    case CertificateKind.GOALS:
      return [SignerCapacity.MAIN_SUPERVISOR];
    case CertificateKind.COMPLETED_SERVICE:
      return [SignerCapacity.HEAD_OF_PROGRAMME];
    case CertificateKind.BASIC_COMPETENCE:
      return [SignerCapacity.MAIN_SUPERVISOR, SignerCapacity.EXTERNAL_ASSESSOR];
  }
}

/** A certificate is SIGNED once every required capacity has signed; until then it is a DRAFT. */
export function certificateStatus(kind: CertificateKind, signedCapacities: readonly SignerCapacity[]): CertificateStatus {
  return requiredSignatures(kind).every((capacity) => signedCapacities.includes(capacity)) ? CertificateStatus.SIGNED : CertificateStatus.DRAFT;
}
