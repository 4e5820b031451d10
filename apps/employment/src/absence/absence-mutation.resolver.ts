import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { AbsenceInput } from './absence.input';
import { applyForAbsence, decideAbsence, withdrawAbsence } from './absence.service';
import { importAbsences } from './absence-import.service';
import { ImportResult } from '../recruitment/application/import-result.type';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Absence)
export class AbsenceMutationResolver {
  @Authorized(Permission.IMPORT_ABSENCES)
  @Mutation(() => ImportResult, {
    description:
      'ABS-3: importerar frånvaro från lönesystemets (PA-portalens) CSV-export med kolumnerna personnummer, typ (semester, sjuk, vab, föräldraledig, tjänstledig, forskning, kurs, jourkomp), från, till, omfattning (%) och status (beviljad eller sökt). Rader med fel rapporteras med radnummer och sparas inte; en rad som redan importerats (samma BT-läkare, typ och datum) blir oförändrad. Beviljade rader registreras som beslutade i lönesystemet (IMPORTED). Bara HR. Loggas.',
  })
  importAbsences(@Arg('csv', () => String) csv: string, @Ctx() ctx: EmploymentContext): Promise<ImportResult> {
    return importAbsences(ctx, csv);
  }

  @Authorized(Permission.APPLY_ABSENCE)
  @Mutation(() => Absence, {
    description:
      'ABS-3, ABS-8, ABS-9, ABS-12: söker ledighet eller anmäler frånvaro: BT-läkaren för sig själv, HR eller administrativt stöd för en BT-läkares räkning. Sparas som ansökt (APPLIED) med vem som beslutar; varningar (t.ex. föräldraledighet sökt mindre än 3 månader före) kommer med i warnings. Loggas.',
  })
  applyForAbsence(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('input', () => AbsenceInput) input: AbsenceInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Absence> {
    return applyForAbsence(ctx, traineeId, input);
  }

  @Authorized(Permission.DECIDE_ABSENCE)
  @Mutation(() => Absence, {
    description:
      'ABS-3, ABS-9, ABS-12: beviljar en ansökan. Verksamhetschefen på enheten där BT-läkaren är placerad (första dagen, annars i dag); i vårdvalet registrerar HR/lön verksamhetschefens beslut; tjänstledighet, forskningsledighet och externa kurser bara AT/BT-chefen (biträdande: egen huvudort) med motivering (reason) och med effekten på tjänstgöringstiden bekräftad (confirmedDaysLater = projection.daysLater). Loggas.',
  })
  approveAbsence(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('reason', () => String, { nullable: true, description: 'Motivering; krävs för AT/BT-chefens individuella beviljande (ABS-9, ABS-12).' })
    reason: string | undefined,
    @Arg('confirmedDaysLater', () => Int, {
      nullable: true,
      description: 'ABS-12: för AT/BT-chefens beslut, projection.daysLater som visades före beslutet.',
    })
    confirmedDaysLater: number | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Absence> {
    return decideAbsence(ctx, { id, version, approve: true, reason, confirmedDaysLater });
  }

  @Authorized(Permission.DECIDE_ABSENCE)
  @Mutation(() => Absence, {
    description: 'ABS-3, ABS-9, ABS-12: avslår en ansökan med motivering (reason). Samma beslutsfattare som approveAbsence. Loggas.',
  })
  refuseAbsence(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('reason', () => String, { description: 'Varför ansökan avslås.' }) reason: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Absence> {
    return decideAbsence(ctx, { id, version, approve: false, reason });
  }

  @Authorized(Permission.APPLY_ABSENCE)
  @Mutation(() => Absence, {
    description: 'Återtar en ansökan, eller beviljad ledighet som inte har börjat: BT-läkaren själv, HR eller administrativt stöd. Loggas.',
  })
  withdrawAbsence(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Absence> {
    return withdrawAbsence(ctx, id, version);
  }
}
