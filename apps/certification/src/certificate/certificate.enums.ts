import { registerEnumType } from 'type-graphql';
import { CertificateKind, CertificateStatus, SignerCapacity } from '@bt/domain';

registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description: 'Intyg om delmål (GOALS), fullgjord bastjänstgöring (COMPLETED_SERVICE), uppnådd baskompetens (BASIC_COMPETENCE).',
});
registerEnumType(CertificateStatus, { name: 'CertificateStatus', description: 'Utkast eller signerat (alla nödvändiga underskrifter finns).' });
registerEnumType(SignerCapacity, { name: 'SignerCapacity', description: 'I vilken egenskap intyget signerats.' });
