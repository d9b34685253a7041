// Commands grouped by capability, as `dossier --help` lists them. Add a command by adding its register
// function to its group here.
import type { Command } from 'commander';
import { registerExtract, registerIngest } from './ingest.ts';
import { registerImport, registerInit, registerStats } from './store.ts';
import { registerContradictions, registerReview, registerSources as registerSourceRatings, registerVerdict, registerVerify } from './verify.ts';
import { registerGaps, registerTimeline } from './measures.ts';
import { registerLists } from './lists.ts';
import { register as merge } from './merge.ts';
import { register as resolve } from './resolve.ts';
import { register as screen } from './screen.ts';
import { registerDemo } from './demo.ts';
import { registerServe } from './serve.ts';
import {
  registerClaims, registerEntity, registerGraph, registerMeasures, registerSearch, registerSources,
} from './explore.ts';

export type RegisterCommand = (program: Command) => Command;

export interface CommandGroup {
  title: string;
  commands: RegisterCommand[];
}

export const commandGroups: CommandGroup[] = [
  { title: 'Store:', commands: [registerInit, registerImport, registerStats] },
  { title: 'Documents:', commands: [registerIngest, registerExtract] },
  { title: 'Lists:', commands: [registerLists] },
  { title: 'Screening and entity resolution:', commands: [screen, resolve, merge] },
  { title: 'Server:', commands: [registerDemo, registerServe] },
  {
    title: 'Explore (search, entities, graph, claims, sources, measures):',
    commands: [registerSearch, registerEntity, registerGraph, registerClaims, registerSources, registerMeasures],
  },
  // After Explore: `sources rate|ratings|reliability` attach to the explore `sources` command.
  { title: 'Verification:', commands: [registerContradictions, registerVerdict, registerReview, registerSourceRatings, registerVerify] },
  { title: 'Accountability:', commands: [registerTimeline, registerGaps] },
];
