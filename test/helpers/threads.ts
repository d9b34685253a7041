// The threads of this process by scheduling priority (Linux only: /proc/self/task/<tid>/stat, field 19).
import { readdirSync, readFileSync } from 'node:fs';

/** The ids of this process's threads whose nice value is `nice`. */
export function threadsAtNice(nice: number): string[] {
  return readdirSync('/proc/self/task').filter((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) === nice; // fields from the 3rd on
    } catch {
      return false; // the thread ended meanwhile
    }
  });
}
