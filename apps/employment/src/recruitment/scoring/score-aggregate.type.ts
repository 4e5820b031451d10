import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { CriterionAggregateValue, ScoreAggregateValue } from '@bt/domain';
import { RubricCriterion } from '../round/rubric-criterion.entity';

@ObjectType({ description: 'Ett kriteriums poäng från de inlämnade bedömningarna: medelvärdet, aldrig en enskild ledamots poäng.' })
export class CriterionAggregate implements Omit<CriterionAggregateValue, 'criterionId'> {
  @Field(() => RubricCriterion)
  criterion: RubricCriterion;

  @Field(() => Float, { nullable: true, description: 'Medelvärde, två decimaler.' })
  mean: number | null;

  @Field(() => Int, { description: 'Antal ledamöter som satt poäng på kriteriet.' })
  count: number;
}

@ObjectType({
  description:
    'REC-4: rekryteringsgruppens samlade bedömning från de inlämnade bedömningarna. Varje ledamots viktade poäng är Σ vikt × poäng / Σ vikt; weightedMean är medelvärdet av dem och spread deras standardavvikelse (populationens), båda med två decimaler.',
})
export class ScoreAggregate implements Omit<ScoreAggregateValue, 'perCriterion'> {
  @Field(() => Float, { nullable: true })
  weightedMean: number | null;

  @Field(() => Float, { nullable: true, description: 'Standardavvikelsen mellan ledamöternas viktade poäng; tom med färre än två ledamöter.' })
  spread: number | null;

  @Field(() => Int, { description: 'Antal ledamöter vars inlämnade bedömning ingår.' })
  scoreCount: number;

  @Field(() => [CriterionAggregate])
  perCriterion: CriterionAggregate[];
}

/** The GraphQL aggregate of a domain aggregate, with each criterion in place of its id. */
export function scoreAggregate(value: ScoreAggregateValue, rubric: readonly RubricCriterion[]): ScoreAggregate {
  return Object.assign(new ScoreAggregate(), {
    ...value,
    perCriterion: value.perCriterion.map(({ criterionId, ...figures }) =>
      Object.assign(new CriterionAggregate(), { ...figures, criterion: rubric.find((criterion) => criterion.id === criterionId)! }),
    ),
  });
}
