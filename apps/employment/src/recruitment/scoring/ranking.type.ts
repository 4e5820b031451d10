import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Application } from '../application/application.entity';
import { Notice } from '../notice.type';

@ObjectType({ description: 'En ansökan på sin plats i rangordningen (REC-4) eller reservlistan (REC-8).' })
export class RankedApplication {
  @Field(() => Int, { description: 'Plats: 1 är högst rankad (i reservlistan: nästa att erbjudas).' })
  rank: number;

  @Field(() => Application)
  application: Application;

  @Field(() => Float, { description: 'Viktat medelvärde av de inlämnade bedömningarna, två decimaler.' })
  weightedMean: number;

  /** The preferred site, resolved by RankedApplicationResolver. */
  siteId: string;
}

@ObjectType({ description: 'REC-4: omgångens rangordning och regeln vid lika poäng.' })
export class Ranking {
  @Field(() => [RankedApplication])
  items: RankedApplication[];

  @Field(() => String, { description: 'Hur lika viktat medelvärde avgörs, på svenska.' })
  tieBreak: string;

  @Field(() => Notice, { description: 'Samma regel som tieBreak, med kod och värden så att klienten kan skriva den på sitt språk.' })
  tieBreakNotice: Notice;
}
