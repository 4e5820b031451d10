import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Placement } from './placement.entity';
import { PersonReference, personReference, UnitReference, unitReference } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.type';

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => UnitReference)
  unit(@Root() placement: Placement): UnitReference {
    return unitReference(placement.unitId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'Klinisk handledare under placeringen.' })
  clinicalSupervisor(@Root() placement: Placement): PersonReference | null {
    return personReference(placement.clinicalSupervisorId);
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() placement: Placement): Trainee {
    return Object.assign(new Trainee(), { id: placement.traineeId });
  }
}
