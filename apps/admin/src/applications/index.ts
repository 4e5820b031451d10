export { ApplicationList } from './application-list';
export { ApplicationShow } from './application-show';
export { ApplicationEdit } from './application-edit';
