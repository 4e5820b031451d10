import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { filterSizeProblems, MAX_PER_PAGE, pagingProblems, type FilterSizeDraft, type Problem } from '@bt/domain';
import { badUserInput } from './input-errors';
import { swedishText } from './sql-text';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortOrder, { name: 'SortOrder', description: 'Stigande (ASC) eller fallande (DESC) ordning.' });

/** Paging and sorting of a list, as react-admin asks for it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Sida, från 1.' })
  page: number;

  @Field(() => Int, { defaultValue: 25, description: `Rader per sida, 1–${MAX_PER_PAGE}.` })
  perPage: number;

  @Field(() => String, { nullable: true, description: 'Fältet att sortera på (se listans beskrivning); utan: listans standardordning.' })
  sortField?: string | null;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
  sortOrder: SortOrder;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** The GraphQL type of one page of `itemType`: extend it as `@ObjectType() class CohortPage extends PageOf(Cohort) {}`. */
export function PageOf<T extends object>(itemType: ClassType<T>) {
  @ObjectType() // never emitted itself: only its named subclasses are reachable
  abstract class PageType implements Page<T> {
    @Field(() => [itemType], { description: 'Raderna på sidan.' })
    items: T[];

    @Field(() => Int, { description: 'Antal rader som matchar filtret, på alla sidor.' })
    total: number;
  }
  return PageType;
}

/** A column to order by; `text` columns sort the Swedish way. */
export interface SortKey {
  column: string;
  text?: boolean;
}

export interface Sorting {
  /** Per allowed sortField, the columns it orders by (later ones break ties), all in the asked order. */
  fields: Record<string, SortKey[]>;
  /** The order when no sortField is given (sortOrder does not apply to it). */
  byDefault: [SortKey, SortOrder][];
  /** A unique column, last, so that rows never change places between pages. */
  unique: string;
}

export interface PageRequest {
  offset: number;
  limit: number;
  order: [SortKey, SortOrder][];
}

/**
 * Checks page, perPage and sortField, the size of the filter's search text and id list
 * (filterSizeProblems), with the list's own `filterProblems`, and decides the order: BAD_USER_INPUT
 * naming every problem, before anything is read.
 */
export function pageRequest(args: PageArgs & { filter?: object | null }, sorting: Sorting, filterProblems: Problem[] = []): PageRequest {
  // every list's filter is size-checked; one without a search text or id list has nothing to check
  const problems = [
    ...pagingProblems(args, Object.keys(sorting.fields)),
    ...filterSizeProblems(args.filter as FilterSizeDraft | null | undefined),
    ...filterProblems,
  ];
  if (problems.length > 0) throw badUserInput(problems);
  const order: [SortKey, SortOrder][] = args.sortField ? sorting.fields[args.sortField].map((key) => [key, args.sortOrder]) : [...sorting.byDefault];
  order.push([{ column: sorting.unique }, SortOrder.ASC]);
  return { offset: (args.page - 1) * args.perPage, limit: args.perPage, order };
}

/** One page of a filtered query, ordered, with the total: two SQL statements, whatever the page size or data size. */
export async function fetchPage<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, request: PageRequest): Promise<Page<T>> {
  for (const [key, order] of request.order) {
    query.addOrderBy(key.text ? swedishText(query, key.column) : key.column, order);
  }
  const [items, total] = await query.offset(request.offset).limit(request.limit).getManyAndCount();
  return { items, total };
}
