// The parts of a synthesized stack (cdk.tf.json) the checker reads.
export type TfBlocks = Record<string, Record<string, Record<string, unknown>>>;

export interface TfJson {
  readonly resource?: TfBlocks;
  readonly data?: TfBlocks;
  readonly output?: Record<string, { readonly value?: unknown; readonly description?: string }>;
  readonly variable?: Record<string, { readonly default?: unknown }>;
}
