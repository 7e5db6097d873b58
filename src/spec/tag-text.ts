// Tag keys and values: any text the clouds store, but no control characters (NUL, ESC, ...), which
// no tag needs and which terminals and files mangle. Tab and newline stay: providers accept them,
// and every sink writes them escaped.
import { z } from "zod";

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const NO_CONTROL = "tags may not contain control characters (NUL, ESC, ...); remove them";

export const tagKey = z.string().min(1, "a tag key may not be empty").max(127).refine((s) => !CONTROL.test(s), NO_CONTROL);
export const tagValue = z.string().max(255).refine((s) => !CONTROL.test(s), NO_CONTROL);
