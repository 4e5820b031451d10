import { Field, ObjectType } from 'type-graphql';
import { EducationActivity } from './education-activity.entity';
import { ActivityWarning } from './activity-warning.type';

@ObjectType({ description: 'Den sparade aktiviteten och varningarna (det som avviker från programmet).' })
export class SavedEducationActivity {
  @Field(() => EducationActivity)
  activity: EducationActivity;

  @Field(() => [ActivityWarning])
  warnings: ActivityWarning[];
}
