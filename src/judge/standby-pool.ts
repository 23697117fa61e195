// One warm standby sandbox behind the one in use. A run's sandbox is never reused (user
// code may have tampered with its globals), so the next run takes the standby, which was
// already booted — and already given tfjs if the last run needed it.
import type { SandboxHandle } from "./runner";

export function createStandbyPool(spawn: () => SandboxHandle) {
  let standby: SandboxHandle | null = null;
  let lastPrepare: [boolean, string] | null = null;

  const spawnStandby = () => {
    standby = spawn();
    if (lastPrepare?.[0]) standby.prepare(...lastPrepare).catch(() => {});
  };

  return {
    async start(): Promise<SandboxHandle> {
      const handle = standby ?? spawn();
      spawnStandby();
      return {
        ...handle,
        prepare(needsTf, backend) {
          lastPrepare = [needsTf, backend];
          return handle.prepare(needsTf, backend);
        },
      };
    },
    /** Boots the standby ahead of the first run, without using one up. */
    warm(): void {
      if (!standby) spawnStandby();
    },
    dispose(): void {
      standby?.terminate();
      standby = null;
    },
  };
}
