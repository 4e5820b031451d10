import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PlacementKind, SiteCode } from '@bt/domain';

/**
 * EDU-1, ABS-4: the region's template of the plan for trainees of a main site, as configuration (loaded
 * for Kronoberg by tools/seed): the summer vacation's first ISO week and its length in weeks.
 */
@Entity('training_plan_template')
export class TrainingPlanTemplate {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  siteCode: SiteCode;

  @Column({ type: 'integer' })
  summerVacationStartWeek: number;

  @Column({ type: 'integer' })
  summerVacationWeeks: number;
}

/** EDU-1, EDU-2: one placement of a site's template, in order: its kind, months and the unit it is at. */
@Entity('training_plan_template_placement')
export class TrainingPlanTemplatePlacement {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  siteCode: SiteCode;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 30 })
  kind: PlacementKind;

  @Column({ type: 'integer' })
  months: number;

  @Column({ type: 'varchar', length: 36 })
  unitId: string;
}
