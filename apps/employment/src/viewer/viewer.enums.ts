import { registerEnumType } from 'type-graphql';
import { Permission, PermissionScope } from '@bt/auth';

/** A Swedish description of every permission (a new permission does not compile until it has one). */
const PERMISSION_DESCRIPTIONS: Record<Permission, { description: string }> = {
  READ_ORGANISATION: { description: 'Se huvudorter, enheter, en person och målen.' },
  READ_STAFF: { description: 'Se personallistor.' },
  EDIT_ORGANISATION: { description: 'Ändra enheter och personal.' },
  GRANT_PRIVILEGED_ROLES: { description: 'Ge och ta bort ledningsroller, HR-samordnare och administrativt stöd (bara AT/BT-chefen).' },
  READ_AUDIT: { description: 'Se granskningsloggen: vem som läst eller ändrat vad, inloggningar och nekade försök.' },
  RECORD_SIGN_IN: { description: 'Logga en inloggning i granskningsloggen (bara gatewayens tjänsteidentitet).' },
  PUBLISH_GOAL_FRAMEWORK: { description: 'Publicera en målbeskrivning.' },
  READ_PROGRAMME: { description: 'Se kullar och startsidans översikt per huvudort.' },
  EDIT_COHORTS: { description: 'Lägga upp, ändra och ta bort kullar.' },
  READ_TRAINEES: { description: 'Se BT-läkare och det som hör till dem, inom sin omfattning.' },
  READ_PORTFOLIO: { description: 'Se portföljen: kompetensprofilen med nivåer och anteckningar (inte HR eller administrativt stöd).' },
  EDIT_EMPLOYMENT: { description: 'Ändra en BT-läkares anställning.' },
  READ_IDENTITY_NUMBER: { description: 'Se personnummer i klartext (loggas).' },
  READ_SALARY: { description: 'Se löner och lönespann.' },
  SET_SALARY: { description: 'Sätta en BT-läkares lön.' },
  SET_SALARY_GUIDELINE: { description: 'Sätta ett års lönespann.' },
  READ_RECRUITMENT: { description: 'Se rekryteringsomgångar och ansökningar.' },
  MANAGE_ROUNDS: { description: 'Driva rekryteringsprocessen: lägga upp, ändra och flytta omgångar och sätta rekryteringsgruppen.' },
  DECIDE_RECRUITMENT: {
    description: 'Besluta i rekryteringen: bedömningsmallen, en andra omgång för samma BT-start, sena ansökningar och att öppna inlämnade bedömningar.',
  },
  HANDLE_APPLICATIONS: { description: 'Hantera ansökningar: import, urval (formella krav), meriter, intervjutider, kallelser och belastningsregister.' },
  RECORD_SYLF: { description: 'Registrera SYLF:s närvaro vid intervjuer.' },
  SCORE_APPLICATIONS: { description: 'Poängsätta ansökningar som ledamot i intervjupanelen.' },
  READ_RANKING: { description: 'Se rangordningen och reservlistan.' },
  MAKE_OFFER: { description: 'Lämna erbjudanden om anställning.' },
  ANSWER_OFFER: { description: 'Registrera svar på ett erbjudande, eller att det gått ut.' },
  READ_SUPERVISED_TRAINEES: { description: 'Se de BT-läkare man handleder.' },
  READ_CHANGE_FEED: {
    description:
      'Läsa utbildningsdelens ändringar av placeringar och handledare och anställningsdelens ändringar av anställningar (bara andra delgrafers tjänsteidentiteter).',
  },
  EDIT_SUPERVISOR_REGISTER: { description: 'Registrera handledares legitimation, specialitet, handledarutbildning och erfarenhet.' },
  ASSIGN_SUPERVISORS: {
    description: 'Utse huvudansvarig handledare och kliniska handledare (fristående BT: AT/BT-organisationen; integrerad BT: verksamhetschefen).',
  },
  READ_SUPERVISION_FACTS: { description: 'Läsa det som behövs för att pröva en handledare (bara utbildningsdelens tjänsteidentitet).' },
  PLAN_TRAINING: { description: 'Planera BT: utkast ur regionens mall, placeringar, planerad semester och fastställd plan.' },
  RECORD_CHECKPOINTS: {
    description: 'Registrera huvudhandledarens kontrollpunkter A, B och C och handledaravstämningar (den egna BT-läkarens huvudhandledare).',
  },
  MANAGE_ACCESS: { description: 'Bocka av behörigheter före och under BT: journalbehörighet, passerkort och administrativ flytt före varje placering.' },
  READ_ABSENCES: { description: 'Se frånvaro och tjänstgöringstid (sjukfrånvaro och VAB som "Frånvaro" utan behörighet till hälsouppgifter).' },
  IMPORT_ABSENCES: { description: 'Importera frånvaro från lönesystemets (PA-portalens) export; beviljade rader registreras som beslutade där (HR).' },
  APPLY_ABSENCE: { description: 'Söka ledighet och anmäla frånvaro: BT-läkaren för sig själv, HR och administrativt stöd för en BT-läkares räkning.' },
  DECIDE_ABSENCE: {
    description:
      'Bevilja eller avslå ledighet: verksamhetschefen på den aktuella enheten, HR/lön för verksamhetschefer i vårdvalet, AT/BT-chefen för tjänstledighet, forskning och externa kurser.',
  },
  READ_SICK_LEAVE: { description: 'Se typ, anteckningar och motiveringar för sjukfrånvaro och VAB samt uppföljningen av sjukfrånvaro (loggas).' },
  JUDGE_PLACEMENT_ABSENCE: { description: 'Bedöma om frånvaron under en placering är godtagbar (verksamhetschef och klinisk handledare).' },
  DECIDE_REHABILITATION: { description: 'Besluta om rehabiliteringsarbete och registrera rehabiliteringsplanen (AT/BT-chef, biträdande för egen huvudort).' },
  READ_WORKING_TIME: {
    description:
      'Se extra timmar (ATL-tid), flextid och jourkompensation: HR och AT/BT-chefen alla, biträdande AT/BT-chef den egna huvudorten, verksamhetschefen de BT-läkare som är placerade på enheten i dag, BT-läkaren sig själv.',
  },
  RECORD_WORKING_TIME: { description: 'Registrera extra timmar per månad, flexsaldo och jourkompensation per placering, och stämma av ett kvartal (HR).' },
  PLAN_EXTRA_HOURS: { description: 'Se listan över BT-läkare över ATL-gränserna efter ett kvartal och registrera planen med var och en.' },
  SET_ON_CALL_SPLIT: { description: 'Ställa in hur jourkompensationen delas mellan utbetalning och ledighet, för regionen eller en huvudort.' },
  READ_WORKPLACE_MEETINGS: { description: 'Se arbetsplatsträffarna (APT) per huvudort och termin; BT-läkaren sin egen huvudorts och sin egen närvaro.' },
  PLAN_WORKPLACE_MEETINGS: { description: 'Planera arbetsplatsträffar (APT) och registrera närvaro.' },
  RECORD_EXIT_CONVERSATION: { description: 'Boka avslutningssamtalet efter BT och registrera det som genomfört.' },
  ANSWER_BT_EVALUATION: { description: 'Besvara och skicka in sin egen utvärdering av BT.' },
  READ_BT_EVALUATION_SUMMARY: { description: 'Se den anonyma sammanställningen av en kulls utvärderingar av BT (från tre svar).' },
};

registerEnumType(Permission, {
  name: 'Permission',
  description: 'Vad en roll får göra, enligt behörighetstabellen (libs/auth). Klienter visar menyer och knappar efter den.',
  valuesConfig: PERMISSION_DESCRIPTIONS,
});

registerEnumType(PermissionScope, {
  name: 'PermissionScope',
  description: 'Hur långt en behörighet räcker.',
  valuesConfig: {
    ALL: { description: 'Alla rader.' },
    OWN_SITE: { description: 'Bara den egna huvudortens rader (biträdande AT/BT-chefens arbetsgivaransvar).' },
    OWN_ROWS: { description: 'Bara de egna raderna: de BT-läkare man handleder, sig själv, de omgångar man sitter i panelen för.' },
  },
});
