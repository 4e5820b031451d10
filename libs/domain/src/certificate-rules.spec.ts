import { certificateStatus, requiredSignatures, CertificateKind, CertificateStatus, SignerCapacity } from './certificate-rules';

describe('certificate signatures', () => {
  it('CERT-2: the goals certificate is signed by the main supervisor alone', () => {
    expect(requiredSignatures(CertificateKind.GOALS)).toEqual([SignerCapacity.MAIN_SUPERVISOR]);
    expect(certificateStatus(CertificateKind.GOALS, [SignerCapacity.MAIN_SUPERVISOR])).toBe(CertificateStatus.SIGNED);
  });

  it('CERT-3: the completed-service certificate needs the (deputy) director', () => {
    expect(certificateStatus(CertificateKind.COMPLETED_SERVICE, [SignerCapacity.MAIN_SUPERVISOR])).toBe(CertificateStatus.DRAFT);
    expect(certificateStatus(CertificateKind.COMPLETED_SERVICE, [SignerCapacity.HEAD_OF_PROGRAMME])).toBe(CertificateStatus.SIGNED);
  });

  it('CERT-4: basic competence is valid only with both the main supervisor and the external assessor', () => {
    expect(certificateStatus(CertificateKind.BASIC_COMPETENCE, [SignerCapacity.MAIN_SUPERVISOR])).toBe(CertificateStatus.DRAFT);
    expect(certificateStatus(CertificateKind.BASIC_COMPETENCE, [SignerCapacity.EXTERNAL_ASSESSOR])).toBe(CertificateStatus.DRAFT);
    expect(certificateStatus(CertificateKind.BASIC_COMPETENCE, [SignerCapacity.EXTERNAL_ASSESSOR, SignerCapacity.MAIN_SUPERVISOR])).toBe(
      CertificateStatus.SIGNED,
    );
  });
});
