// Commands grouped by capability, as `dossier --help` lists them. Add a command by adding its register
// function to its group here.
import type { Command } from 'commander';
import { register as merge } from './merge.ts';
import { register as resolve } from './resolve.ts';
import { register as screen } from './screen.ts';

export type RegisterCommand = (program: Command) => Command;

export interface CommandGroup {
  title: string;
  commands: RegisterCommand[];
}

export const commandGroups: CommandGroup[] = [{ title: 'Screening and entity resolution:', commands: [screen, resolve, merge] }];
