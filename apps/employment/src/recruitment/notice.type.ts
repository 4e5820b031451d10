import { Field, ObjectType } from 'type-graphql';
import type { Problem } from '@bt/domain';

@ObjectType({ description: 'Ett värde som ett meddelande nämner (datum, antal, namn), så att klienten kan skriva meddelandet på sitt språk.' })
export class NoticeParam {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

@ObjectType({ description: 'Ett meddelande från servern: en stabil kod, texten på svenska och de värden texten nämner.' })
export class Notice {
  @Field(() => String, { description: 'Stabil kod i versaler, t.ex. DEADLINE_NOT_3_TO_4_WEEKS_AFTER_ADVERT.' })
  code: string;

  @Field(() => String, { description: 'På svenska.' })
  message: string;

  @Field(() => [NoticeParam])
  params: NoticeParam[];
}

/** A rule's problem as a notice for clients: the rule id and the field stay on the server. */
export function notice(problem: Problem): Notice {
  const params = Object.entries(problem.params ?? {}).map(([name, value]) => Object.assign(new NoticeParam(), { name, value: String(value) }));
  return Object.assign(new Notice(), { code: problem.code, message: problem.message, params });
}
