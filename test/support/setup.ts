// Registers cdktf's jest matchers (toHaveResourceWithProperties, toBeValidTerraform, ...).
import { Testing } from "cdktf";
import type {} from "cdktf/lib/testing/adapters/jest"; // types for the matchers

Testing.setupJest();
