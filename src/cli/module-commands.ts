// verify, diagram and audit over generated modules read from disk (--modules DIR), with the spec's
// values as the module inputs. Same reports and exit codes as over synthesized stacks.
import { auditJson, auditMarkdown, failsStrict } from "../audit/audit-report";
import type { ClusterAudit } from "../audit/audit-stacks";
import { auditStack } from "../audit/audit-stack";
import { loadSpecFile } from "../spec/load";
import { diagramForTerraformJson } from "../verify/diagram";
import { verifyJson, verifyMarkdown } from "../verify/verify-report";
import { verifyStack } from "../verify/verify-stacks";
import { parity } from "../verify/parity";
import { parityJson, parityMarkdown } from "../verify/parity-report";
import { stackName } from "../verify/cluster-context";
import { SpecError } from "../spec/errors";
import { errorLines } from "./fail";
import { VerifyError } from "../verify/errors";
import { ModuleDoc, readModuleDocs } from "./module-docs";
import { EXIT_CHECK_FAILED } from "./verify-commands";

async function modulesOf(spec: string, dir: string): Promise<ModuleDoc[]> {
  return readModuleDocs(loadSpecFile(spec), dir);
}

export async function verifyModules(o: { spec: string; modules: string; json?: boolean }): Promise<number> {
  const reports = (await modulesOf(o.spec, o.modules)).map((m) => verifyStack(m.cluster, m.target, m.doc, { inputs: m.inputs, name: m.name }));
  process.stdout.write(o.json ? `${JSON.stringify(verifyJson(reports), null, 2)}\n` : verifyMarkdown(reports));
  return reports.every((r) => r.passed) ? 0 : EXIT_CHECK_FAILED;
}

export async function parityModules(o: { spec: string; modules: string; json?: boolean }): Promise<number> {
  const docs = await modulesOf(o.spec, o.modules);
  const tables = [...new Set(docs.map((m) => m.cluster))].map((cluster) => {
    const mine = docs.filter((m) => m.cluster === cluster);
    const byStack = Object.fromEntries(mine.map((m) => [stackName(cluster, m.target), m.doc]));
    return parity(cluster, byStack, (target) => mine.find((m) => stackName(cluster, m.target) === stackName(cluster, target))?.inputs ?? {});
  });
  process.stdout.write(o.json ? `${JSON.stringify(parityJson(tables), null, 2)}\n` : parityMarkdown(tables));
  return 0;
}

export async function diagramModules(o: { spec: string; modules: string }): Promise<number> {
  const docs = await modulesOf(o.spec, o.modules);
  const text = docs.map((m) => `## ${m.name}\n\n\`\`\`mermaid\n${diagramForTerraformJson(m.doc, { inputs: m.inputs, cluster: m.cluster, target: m.target, name: m.name })}\`\`\`\n`);
  process.stdout.write(text.join("\n"));
  return 0;
}

export async function auditModules(o: { spec: string; modules: string; json?: boolean; strict?: boolean }): Promise<number> {
  const docs = await modulesOf(o.spec, o.modules);
  const audits: ClusterAudit[] = [...new Set(docs.map((m) => m.cluster))].map((cluster) => ({
    cluster: cluster.name,
    stacks: docs
      .filter((m) => m.cluster === cluster)
      .map((m) => auditStack(m.doc, { cluster, target: m.target, suppressions: cluster.audit.suppressions, inputs: m.inputs, name: m.name })),
    unusedSuppressions: [],
  }));
  process.stdout.write(o.json ? `${JSON.stringify(auditJson(audits), null, 2)}\n` : auditMarkdown(audits));
  const failing = audits.some((c) => c.stacks.some((a) => a.findings.some(failsStrict)));
  return o.strict && failing ? EXIT_CHECK_FAILED : 0;
}

/** Async twin of runCommand: bad input (spec or module files) is one line and exit 1. */
export async function runAsync(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (e) {
    if (!(e instanceof SpecError) && !(e instanceof VerifyError)) throw e;
    process.stderr.write(e instanceof SpecError ? errorLines(e) : `error: ${e.message}\n`);
    process.exitCode = 1;
  }
}
