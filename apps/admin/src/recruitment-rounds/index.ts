export { RoundList } from './round-list';
export { RoundShow } from './round-show';
export { RoundCreate } from './round-create';
export { RoundEdit } from './round-edit';
