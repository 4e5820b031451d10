import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { filterSizeProblems, MAX_PER_PAGE, nestedListProblems, pagingProblems, type FilterSizeDraft, type Problem } from '@bt/domain';
import { badUserInput } from './input-errors';
import { swedishSort } from './sql-text';

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

/** A column to order by; `text` columns sort the Swedish way, `swedishColumn` ones are stored so (see swedishSort). */
export interface SortKey {
  column: string;
  text?: boolean;
  swedishColumn?: boolean;
}

export interface Sorting {
  /** Per allowed sortField, the columns it orders by (later ones break ties), all in the asked order. */
  fields: Record<string, SortKey[]>;
  /** The order when no sortField is given (sortOrder does not apply to it). */
  byDefault: [SortKey, SortOrder][];
  /** A unique column, last (in the asked order, so that an index can serve both directions), so that rows never change places between pages. */
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
  order.push([{ column: sorting.unique }, args.sortField ? args.sortOrder : SortOrder.ASC]);
  return { offset: (args.page - 1) * args.perPage, limit: args.perPage, order };
}

/**
 * The first `first` rows of a list in its default order, for a list that is not a page (a root list such as
 * `people`, or a nested one): 1–NESTED_LIST_MAX (LIST_SIZE_OUT_OF_RANGE, as BAD_USER_INPUT, before anything
 * is read), so no answer grows with the region and the gateway prices the list by `first` (issue 9 item 3).
 */
export function firstRequest(first: number, sorting: Sorting): PageRequest {
  const problems = nestedListProblems(first);
  if (problems.length > 0) throw badUserInput(problems);
  return { offset: 0, limit: first, order: [...sorting.byDefault, [{ column: sorting.unique }, SortOrder.ASC]] };
}

/** The rows a `firstRequest` asks for: one statement. */
export function fetchFirst<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, request: PageRequest): Promise<T[]> {
  return ordered(query, request).limit(request.limit).getMany();
}

/** How a list counts its total: by default a COUNT statement each time; a list over a growing table may keep it (VersionedCache). */
export type CountTotal = (count: () => Promise<number>) => Promise<number>;

const countEachTime: CountTotal = (count) => count();

/** One page of a filtered query, ordered, with the total: two SQL statements at most, whatever the page size or data size. */
export async function fetchPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
  countTotal: CountTotal = countEachTime,
): Promise<Page<T>> {
  const [items, total] = await Promise.all([
    ordered(query.clone(), request).offset(request.offset).limit(request.limit).getMany(),
    countTotal(() => query.getCount()),
  ]);
  return { items, total };
}

function ordered<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, request: PageRequest): SelectQueryBuilder<T> {
  for (const [key, order] of request.order) {
    query.addOrderBy(key.text ? swedishSort(query, key.column, key.swedishColumn) : key.column, order);
  }
  return query;
}
