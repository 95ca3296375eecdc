// Sort direction shared by every orderBy input.
import { registerEnumType } from "type-graphql";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction. Rows without a value for the sort field come last either way.",
  valuesConfig: {
    ASC: { description: "Smallest first (A to Z, oldest, least)." },
    DESC: { description: "Largest first (Z to A, newest, most)." },
  },
});
