export { PersonList } from './person-list';
export { PersonShow } from './person-show';
export { PersonEdit } from './person-edit';
