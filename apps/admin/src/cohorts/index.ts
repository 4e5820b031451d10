export { CohortList } from './cohort-list';
export { CohortShow } from './cohort-show';
export { CohortEdit } from './cohort-edit';
export { CohortCreate } from './cohort-create';
