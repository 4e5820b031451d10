import { registerEnumType } from 'type-graphql';
import { PlacementKind } from '@bt/domain';

/** EDU-1, ABS-4: what a period of a block schedule is: a placement of its kind, or planned vacation. */
export const BlockPeriodKind = { ...PlacementKind, VACATION: 'VACATION' } as const;
export type BlockPeriodKind = (typeof BlockPeriodKind)[keyof typeof BlockPeriodKind];

/** EDU-5: a trainee's training plan as the block schedule shows it. */
export enum BlockPlanStatus {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
}

registerEnumType(BlockPeriodKind, {
  name: 'BlockPeriodKind',
  description: 'EDU-1, ABS-4: en period i blockschemat: en placering av sin typ, eller planerad semester (VACATION).',
});
registerEnumType(BlockPlanStatus, {
  name: 'BlockPlanStatus',
  description: 'EDU-5: utbildningsplanens läge i blockschemat.',
  valuesConfig: {
    NONE: { description: 'Ingen plan (eller inte känd än: läsmodellen byggs om).' },
    DRAFT: { description: 'Utkast.' },
    CONFIRMED: { description: 'Fastställd.' },
  },
});
