// The cdktf release whose output format the JSON renderer matches (its files name it). Reads the
// package's manifest only: loading cdktf itself is what the JSON renderer avoids.
export const CDKTF_VERSION: string = (require("cdktf/package.json") as { version: string }).version;
