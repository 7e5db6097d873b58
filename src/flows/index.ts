export * from "./build";
export * from "./flow";
export * from "./port";
export * from "./target";
