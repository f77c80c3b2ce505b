// The three services' types under one import; generated/ is written by `uv run eco clients`.
// e.g. type Organisation = api.components["schemas"]["OrganisationRead"];
//      type Agenda = matchmaking.operations["get_agenda"]["responses"][200];
export type * as api from "./generated/api";
export type * as matchmaking from "./generated/matchmaking";
export type * as scoring from "./generated/scoring";
