// `npm run bench -- extract`: extraction throughput (MB per CPU second) of Dossier's `extract` beside
// compromise and wink-nlp (wink-eng-lite-web-model) in the same run. All three read exactly the same text:
// the 17 annotated documents of eval/extraction, one document at a time (as ingest does), pass after pass
// (and Dossier's `extractMany` too, given a pass's documents in one call, in a fourth process)
// until each has spent its CPU budget. Each tool runs in a process of its own (bench/extract-tool.ts), so
// none pays for another's garbage or heap. One-off setup (building the gazetteer and compiling its matcher,
// loading wink's model, compromise's first call) is timed apart and left out of the throughput. So is a
// warm-up, the same for all three: each tool's first 3 CPU seconds of passes, reported in a column of its own.
// In them the JIT compiles the tool's hot code on background threads (for Dossier the first ~300 passes
// over the documents cost 1.5-7× a settled pass, about 1.6 CPU s in all); the throughput is the settled
// rate after that. The tools take turns, so a change in the machine's load falls on all.
import type { ChildProcess } from 'node:child_process';
import { startChild } from './child.ts';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './index.ts';
import type { ToolName, ToolReply } from './extract-tool.ts';
import { loadEvalDocs } from '../eval/extraction/documents.ts';

const TOOL = fileURLToPath(new URL('./extract-tool.ts', import.meta.url));

interface Run {
  mbps: number; // MB processed per CPU second
  mb: number;
  s: number; // CPU seconds
  wall: number;
  passes: number;
}

/** One tool's process: `turn(sliceS)` runs its passes for that many of its CPU seconds. */
class ToolProcess {
  passes = 0;
  s = 0; // CPU seconds so far
  wall = 0;
  private constructor(
    private readonly child: ChildProcess,
    readonly setupS: number,
    readonly detail: string,
  ) {}

  static async start(name: ToolName): Promise<ToolProcess> {
    const { child, ready } = await startChild<Extract<ToolReply, { ready: true }>>(TOOL, [name], `the ${name} bench process`, 'inherit');
    return new ToolProcess(child, ready.setupS, ready.detail);
  }

  async turn(sliceS: number): Promise<void> {
    const r = await new Promise<Extract<ToolReply, { passes: number }>>((resolve) => {
      this.child.once('message', (m) => resolve(m as Extract<ToolReply, { passes: number }>));
      this.child.send({ turn: sliceS });
    });
    this.passes += r.passes;
    this.s += r.s;
    this.wall += r.wall;
  }

  stop(): void {
    this.child.send({ done: true });
  }
}

/** The budgets, in CPU seconds of each tool's process: its warm-up, then the measured passes. */
const WARM_UP_S = 3;
const MEASURE_S = 10;

/**
 * Throughput per core: bytes (UTF-8) over the CPU time each tool's process spent (user + system, all its
 * threads, so garbage-collector threads count too). On a shared machine wall-clock time also counts other
 * processes' turns; CPU time does not, but it still moves with the load (caches are shared), so the tools
 * take turns: round after round, each runs whole passes over the documents for about `sliceS` CPU seconds,
 * while the others wait, until each has spent `budgetS`. All of them then see the same load, and the ratios
 * between them hold.
 */
async function throughputs(bytes: number, tools: ToolProcess[], budgetS: number, sliceS = 0.25): Promise<Run[]> {
  const before = tools.map((t) => ({ passes: t.passes, s: t.s, wall: t.wall }));
  const spent = (i: number) => tools[i]!.s - before[i]!.s;
  while (tools.some((_, i) => spent(i) < budgetS))
    for (const [i, t] of tools.entries()) if (spent(i) < budgetS) await t.turn(sliceS);
  return tools.map((t, i) => {
    const passes = t.passes - before[i]!.passes;
    const s = spent(i);
    return { mbps: (bytes * passes) / 1e6 / s, mb: (bytes * passes) / 1e6, s, wall: t.wall - before[i]!.wall, passes };
  });
}

export async function run(): Promise<BenchSection> {
  const docs = loadEvalDocs().map((d) => d.body);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  // one at a time, so that each setup is timed on a machine no busier than the others'
  const tools: ToolProcess[] = [];
  let warm: Run[];
  let runs: Run[];
  try {
    for (const name of ['dossier', 'compromise', 'wink', 'dossier-many'] as const) tools.push(await ToolProcess.start(name));
    warm = await throughputs(bytes, tools, WARM_UP_S);
    runs = await throughputs(bytes, tools, MEASURE_S);
  } finally {
    for (const t of tools) t.stop();
  }
  const [ours, comp, wk, many] = [runs[0]!, runs[1]!, runs[2]!, runs[3]!];
  const row = (name: string, r: Run, w: Run, setupS: number) => [
    name,
    r.mbps.toFixed(2),
    `${w.mbps.toFixed(2)} (${w.passes} passes)`,
    `${r.mb.toFixed(2)} (${r.passes} passes)`,
    r.s.toFixed(1),
    r.wall.toFixed(1),
    (setupS * 1000).toFixed(0),
    (ours.mbps / r.mbps).toFixed(1) + '×',
  ];
  const ratio = ours.mbps / comp.mbps;
  return {
    title: `Extraction throughput (one core; the 17 eval documents, ${(bytes / 1e3).toFixed(1)} kB, the same text for all)`,
    headers: ['extractor', 'MB/s (per CPU second)', `MB/s in the warm-up (first ${WARM_UP_S} CPU s)`, 'MB processed', 'CPU s', 'wall s', 'setup CPU ms', 'ours ÷ this'],
    rows: [
      row('dossier extract (mentions, dates, claims, demands)', ours, warm[0]!, tools[0]!.setupS),
      row('compromise (people/places/organizations)', comp, warm[1]!, tools[1]!.setupS),
      row('wink-nlp + wink-eng-lite-web-model (entities)', wk, warm[2]!, tools[2]!.setupS),
      row('dossier extractMany (the same, the 17 documents in one call)', many, warm[3]!, tools[3]!.setupS),
    ],
    notes: [
      `goal: ≥ 20 MB/s and ≥ 100× compromise — ${ours.mbps >= 20 && ratio >= 100 ? 'met' : 'NOT met'} (${ours.mbps.toFixed(1)} MB/s settled, ${ratio.toFixed(0)}× compromise; ${warm[0]!.mbps.toFixed(1)} MB/s in the warm-up)`,
      `extractMany (each stage over the documents in turn; output identical to extract's): ${many.mbps.toFixed(1)} MB/s, ${(many.mbps / comp.mbps).toFixed(0)}× compromise, ${(many.mbps / ours.mbps).toFixed(2)}× extract one document at a time`,
      `setup, not in MB/s: dossier ${tools[0]!.detail}; ${tools[1]!.detail}; ${tools[2]!.detail}`,
      `each tool runs in a process of its own (bench/extract-tool.ts); the tools take turns (whole passes, ~0.25 CPU s a turn, the others waiting) until each has spent ${WARM_UP_S} CPU s warming up (its own column, not in MB/s), then ${MEASURE_S} CPU s measured; CPU time counts all of the tool's process's threads (the JIT's and the garbage collector's too)`,
    ],
  };
}
