import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'En rad i importfilen som inte sparades, och varför.' })
export class ImportError {
  @Field(() => Int, { description: 'Radnummer i filen; rubrikraden är rad 1.' })
  line: number;

  @Field(() => String, { description: 'Vad som är fel på raden, på svenska.' })
  reason: string;

  @Field(() => [String], { description: 'En stabil felkod per problem på raden, t.ex. PERSONAL_IDENTITY_NUMBER_INVALID.' })
  codes: string[];
}

@ObjectType({ description: 'Resultatet av en import: nya ansökningar, oförändrade (redan importerade) och rader med fel.' })
export class ImportResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Rader som redan fanns med samma uppgifter (samma ansökningsnummer i omgången).' })
  unchanged: number;

  @Field(() => [ImportError])
  errors: ImportError[];
}
