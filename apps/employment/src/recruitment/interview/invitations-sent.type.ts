import { Field, ObjectType } from 'type-graphql';
import { Application } from '../application/application.entity';

@ObjectType({ description: 'REC-6: registrerade kallelser till intervju, och varningar när de gick ut senare än riktlinjen.' })
export class InvitationsSent {
  @Field(() => [Application], { description: 'Ansökningarna vars kallelse registrerades.' })
  applications: Application[];

  @Field(() => [String], { description: 'REC-6: t.ex. att kallelserna gick ut senare än en vecka efter sista ansökningsdag; stoppar inget.' })
  warnings: string[];
}
