// One warm standby sandbox behind the one in use. A run's sandbox is never reused (user
// code may have tampered with its globals), so the next run takes the standby, which was
// already booted — and already given tfjs if the last run needed it. A standby is booted
// with the last run's memory budget; a run with another budget boots its own.
import type { SandboxHandle } from "./runner";
import { DEFAULT_MEMORY_LIMIT_MB } from "./types";

export function createStandbyPool(spawn: (memoryLimitMb: number) => SandboxHandle) {
  let standby: { handle: SandboxHandle; memoryLimitMb: number } | null = null;
  let lastPrepare: [boolean, string] | null = null;

  const spawnStandby = (memoryLimitMb: number) => {
    const handle = spawn(memoryLimitMb);
    standby = { handle, memoryLimitMb };
    if (lastPrepare?.[0]) handle.prepare(...lastPrepare).catch(() => {});
  };

  return {
    /** `nextStandby: false` when no run will follow this one (a process about to exit): boots none behind it. */
    async start(memoryLimitMb: number = DEFAULT_MEMORY_LIMIT_MB, nextStandby = true): Promise<SandboxHandle> {
      let handle: SandboxHandle;
      if (standby && standby.memoryLimitMb === memoryLimitMb) handle = standby.handle;
      else {
        standby?.handle.terminate();
        handle = spawn(memoryLimitMb);
      }
      standby = null;
      if (nextStandby) spawnStandby(memoryLimitMb);
      return {
        ...handle,
        prepare(needsTf, backend) {
          lastPrepare = [needsTf, backend];
          return handle.prepare(needsTf, backend);
        },
      };
    },
    /** Boots the standby ahead of the first run, without using one up. */
    warm(memoryLimitMb: number = DEFAULT_MEMORY_LIMIT_MB): void {
      if (!standby) spawnStandby(memoryLimitMb);
    },
    dispose(): void {
      standby?.handle.terminate();
      standby = null;
    },
  };
}
