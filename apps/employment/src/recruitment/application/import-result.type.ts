import { Field, Int, ObjectType } from 'type-graphql';
import type { LineProblem } from '@bt/domain';
import { Notice, notice } from '../notice.type';

@ObjectType({ description: 'En rad i importfilen som inte sparades, och varför; eller (bland varningarna) en rad som sparades men bör kontrolleras.' })
export class ImportError {
  @Field(() => Int, { description: 'Radnummer i filen; rubrikraden är rad 1.' })
  line: number;

  @Field(() => String, { description: 'Vad som är fel på raden, på svenska.' })
  reason: string;

  @Field(() => [String], { description: 'En stabil felkod per problem på raden, t.ex. PERSONAL_IDENTITY_NUMBER_INVALID.' })
  codes: string[];

  @Field(() => [Notice], { description: 'Radens problem med kod, svensk text och de värden texten nämner, så att klienten kan skriva dem på sitt språk.' })
  notices: Notice[];
}

@ObjectType({ description: 'Resultatet av en import: nya ansökningar, oförändrade (redan importerade) och rader med fel.' })
export class ImportResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Rader som redan fanns med samma uppgifter (samma ansökningsnummer i omgången).' })
  unchanged: number;

  @Field(() => [ImportError])
  errors: ImportError[];

  @Field(() => [ImportError], {
    description:
      'REC-1: sparade rader att kontrollera: ansökan kom in efter sista ansökningsdag (markeras som sen, utanför urvalet) eller är daterad långt före annonsen.',
  })
  warnings: ImportError[];
}

/** Lines of an import file as the result reports them, in file order: reason, codes and notices per line (every import). */
export function reportedLines(lines: readonly LineProblem[]): ImportError[] {
  return [...lines]
    .sort((a, b) => a.line - b.line)
    .map(({ line, reason, problems }) => ({ line, reason, codes: problems.map((item) => item.code), notices: problems.map(notice) }));
}
