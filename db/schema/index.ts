export * from "./geography";
export * from "./users";
export * from "./partnerships";
export * from "./exchanges";
export * from "./evaluations";
export * from "./audit";
export * from "./meta";
export * from "./saved-views";
