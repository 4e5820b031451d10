import { registerEnumType } from 'type-graphql';
import { PlacementKind } from '@bt/domain';

registerEnumType(PlacementKind, { name: 'PlacementKind', description: 'Typ av placering (EDU-1).' });
