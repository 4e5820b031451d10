import { registerEnumType } from 'type-graphql';
import { Role } from '@bt/auth';
import { DirectorOfStudiesScope, EmploymentForm, RegionPart, SiteCode, UnitKind } from '@bt/domain';

registerEnumType(Role, { name: 'Role', description: 'Roll enligt ordlistan (DOMAIN.md).' });
registerEnumType(SiteCode, { name: 'SiteCode', description: 'Huvudort.' });
registerEnumType(UnitKind, { name: 'UnitKind', description: 'Typ av enhet (ORG-3).' });
registerEnumType(RegionPart, { name: 'RegionPart', description: 'Del av regionen för primärvård (EDU-2).' });
registerEnumType(EmploymentForm, {
  name: 'EmploymentForm',
  description: 'Fristående BT-anställning (SEPARATE) eller BT inom ST-anställning (INTEGRATED), EMP-1.',
});
registerEnumType(DirectorOfStudiesScope, { name: 'DirectorOfStudiesScope', description: 'Studierektorns ansvarsområde (ORG-2).' });
