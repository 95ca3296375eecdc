// The most items a plain list under a parent holds (a company's deals, a deal's sources):
// the LIMIT of every such query (listPerParent), and the largest `first` a plain list
// field accepts, which src/api/common/list-bound.ts states to clients as LIST_BOUND.max.
// Past it, the field's connection pages through the rest.
export const LIST_MAX = 100;
