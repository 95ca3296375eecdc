// The security module's public face: the access policy, the request guard and the operation
// limits, as the server and the mutations use them.
export * from "./access.js";
export * from "./guard.js";
export * from "./limits.js";
export * from "./editors-only.js";
