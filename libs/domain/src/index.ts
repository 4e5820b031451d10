export * from './iso-date';
export * from './personal-identity-number';
export * from './goals';
export * from './organisation';
export * from './placement-schedule';
export * from './cohort';
export * from './certificate-rules';
export * from './goal-framework';
